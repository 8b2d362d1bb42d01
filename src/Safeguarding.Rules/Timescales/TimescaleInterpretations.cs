using System.Collections.Generic;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>The readings of ambiguous timescale text (the inventory's AT- traps), each with its alternatives.</summary>
public static class TimescaleInterpretations
{
    internal const string SummaryBox = "box 'Summary: how to notify a serious incident, rapid review, and local child safeguarding practice review' (after paragraph 428)";
    internal const string BoxCpPlan = "box 'The child protection plan' (after paragraph 256)";
    internal const string BoxReview = "box 'Child protection review conference' (after paragraph 256)";
    internal const string BoxDiscontinuing = "box 'Discontinuing the child protection plan' (after paragraph 256)";

    /// <summary>AT-04: whose awareness starts the serious incident notification clock.</summary>
    public static Interpretation IncidentAwareness { get; } = new(
        "at-04-incident-awareness",
        "Serious incident notification: whose awareness starts the clock",
        "The earliest date on which any of the three safeguarding partners became aware of the incident (paragraph 372, 'safeguarding partners becoming aware'). This is the conservative reading: no partner's knowledge is ignored.",
        new[]
        {
            new InterpretationAlternative("local-authority", "The local authority's awareness (the summary box). An earlier awareness by a partner not named in the timeline may have been the local authority's: the report then settles only what both starts agree on.", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 372", "Notifications are to be submitted within five working days of safeguarding partners becoming aware of the incident."),
            Citation.WorkingTogether2026("paragraph 385", "Serious incident notification – submitted to Panel (and by extension to the DfE and Ofsted) within 5 working days of becoming aware of the incident."),
            Citation.WorkingTogether2026(SummaryBox, "Notifications should be sent within five working days of the local authority becoming aware of the incident."),
        },
        "earliest-safeguarding-partner");

    /// <summary>AT-06: which event ends the LCSPR six-month clock.</summary>
    public static Interpretation LcsprEnd { get; } = new(
        "at-06-lcspr-end",
        "LCSPR: what must happen within six months",
        "The report is completed and published within six months of the decision to initiate the review (paragraph 408): the strictest of the three wordings, so that a review completed but not published in time is still reported.",
        new[]
        {
            new InterpretationAlternative("completed", "The review is completed (paragraph 385).", offered: true),
            new InterpretationAlternative("submitted", "The review is submitted (the summary box).", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 385", "Local Child Safeguarding Practice Review (if deemed appropriate) should be completed within 6 months from the date of the decision to initiate the review."),
            Citation.WorkingTogether2026("paragraph 408", "Depending on the nature and complexity of the case, the report should be completed and published as soon as possible and no later than six months from the date of the decision to initiate a LCSPR."),
            Citation.WorkingTogether2026(SummaryBox, "Local Child Safeguarding Practice Reviews should be submitted within 6 months from the date of the decision to initiate a LCSPR."),
        },
        "completed-and-published");

    /// <summary>AT-10: what the six-month review intervals run from.</summary>
    public static Interpretation ReviewAnchor { get; } = new(
        "at-10-review-anchor",
        "Child protection reviews: what each six-month interval runs from",
        "Each later review is due no more than six months after the previous review conference as held ('thereafter at maximum intervals of six months'). The first review is due three months after the initial conference. Month ends follow convention within-n-months.",
        new[]
        {
            new InterpretationAlternative("previous-due-date", "From the previous review's due date, so that a late review does not push later reviews back.", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026(BoxCpPlan, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months for as long as the child remains subject of a child protection plan"),
            Citation.WorkingTogether2026(BoxReview, "determine when the review conference should be held within three months of the initial conference, and thereafter at maximum intervals of six months"),
        },
        "previous-review");

    /// <summary>AT-11: an event on a non-working day.</summary>
    public static Interpretation NonWorkingDayStart { get; } = new(
        "at-11-non-working-day-start",
        "A working-day clock started on a non-working day",
        "The day of the event is day 0 whatever it is; if it is not a working day, the next working day is day 1 (a referral on a Saturday is decided by the end of Monday, or Tuesday when Monday is a bank holiday).",
        new[]
        {
            new InterpretationAlternative("next-working-day-is-day-zero", "The clock starts on the next working day, which is day 0: one working day later.", offered: true),
        },
        new[]
        {
            CountingConventions.WorkingDay.Citations[0],
            Citation.WorkingTogether2026("paragraph 167", "Within one working day of a referral being received"),
        },
        "next-working-day-is-day-one");

    /// <summary>DL-08: "convene" a transfer-in conference within 15 working days.</summary>
    public static Interpretation ConveneMeansHeld { get; } = new(
        "dl-08-convene-means-held",
        "Transfer-in conference: 'convene' within 15 working days",
        "The conference is held within 15 working days of the receiving authority being notified of the move: the timeline records the conference's date. The initial conference's own limit says 'take place'; reading 'convene' as held keeps the two limits alike and is the stricter reading.",
        new[]
        {
            new InterpretationAlternative("convene-means-called", "The conference is called (arranged) within 15 working days and may be held later: a transfer-in-conference-convened event meets the limit.", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026(BoxDiscontinuing, "In such cases, the receiving local authority should convene a child protection conference within 15 working days of being notified of the move."),
        },
        "convene-means-held");

    /// <summary>DL-04: which strategy discussion starts the initial child protection conference clock.</summary>
    public static Interpretation IcpcStrategyDiscussion { get; } = new(
        "dl-04-which-strategy-discussion",
        "Initial child protection conference: which strategy discussion starts the clock",
        "With one strategy discussion, that one. With more than one, the one marked as having initiated section 47 enquiries; if none or several are marked, the report says which fact is missing rather than guess. Only discussions on or before the conference count.",
        System.Array.Empty<InterpretationAlternative>(),
        new[]
        {
            Citation.WorkingTogether2026("box 'Outcome of section 47 enquiries' (after paragraph 256)", "The initial child protection conference should take place within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held."),
        });

    /// <summary>AT-08: the 45-working-day assessment limit is one clock from the referral.</summary>
    public static Interpretation OneAssessmentClock { get; } = new(
        "at-08-one-assessment-clock",
        "The 45-working-day assessment limit: one clock from the referral",
        "One clock runs from each referral into local authority children's social care, for an assessment under section 17 and under section 47 alike: a strategy discussion, or the start of section 47 enquiries, does not restart it. For section 47 enquiries on a case already open, the text gives no referral date to count from: the timeline must record the referral that opened the case, and the report counts from it.",
        new[]
        {
            new InterpretationAlternative("restart-at-section-47", "A section 47 assessment on a case already open has 45 working days of its own from the strategy discussion that initiated the enquiries. Not offered: the three places the text states the limit all count 'from the point of referral', and none names a strategy discussion as a start; the report would count from a date the text does not give."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 169", "The maximum timeframe for the assessment to conclude, such that it is possible to reach a decision on next steps, should be no longer than 45 working days from the point of referral."),
            Citation.WorkingTogether2026(TimescaleText.StrategyBox, "The timescale for the assessment to reach a decision on next steps should be based upon the needs of the individual child, consistent with the local protocol and no longer than **45 working days** from the point of referral into local authority children's social care."),
            Citation.WorkingTogether2026(TimescaleText.StrategyBox, "A strategy discussion can take place following a referral or at any other time, including during the assessment process and when new information is received on an already open case."),
        },
        "one-clock-from-referral");

    /// <summary>AT-15: when the one working day to inform the designated officer starts.</summary>
    public static Interpretation DesignatedOfficerClockStart { get; } = new(
        "at-15-lado-clock-start",
        "Informing the designated officer: when the one working day starts",
        "At the earlier of the allegation coming to the employer's attention and its being made directly to the police: reports of one allegation made before the designated officer is informed count as one, and the earliest starts the clock. The sentence is passive and does not state its start; this is an inference from 'all allegations that come to an employer's attention or that are made directly to the police'.",
        new[]
        {
            new InterpretationAlternative("each-report", "Each report starts its own clock: the employer's attention one, the report to the police another. Not offered: informing the designated officer closes both, so the earliest report's clock is late exactly when the default's is; the alternative would only add a second, met entry for the same allegation."),
            new InterpretationAlternative("employer-attention-only", "Only the employer's attention starts the clock, an allegation made to the police counting from when it reaches the employer. Not offered: the sentence names allegations 'made directly to the police' in terms."),
        },
        new[]
        {
            Passages.DesignatedOfficerInformed,
            Passages.DesignatedOfficerInformedEnd,
        },
        "earliest-report");

    /// <summary>Every timescale interpretation.</summary>
    public static IReadOnlyList<Interpretation> All { get; } = ReadOnlyLists.Of(new[]
    {
        NonWorkingDayStart,
        OneAssessmentClock,
        DesignatedOfficerClockStart,
        IcpcStrategyDiscussion,
        ReviewAnchor,
        ConveneMeansHeld,
        IncidentAwareness,
        LcsprEnd,
    });
}
