using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// Every quantified time limit in Working Together 2026 that a case, review or child death process runs against
/// (DL-01 to DL-22), and the urgency rules that carry no number (DL-40 to DL-63). Ids are the inventory's.
/// </summary>
public static class TimescaleCatalog
{
    private const string OutcomeBox = "box 'Outcome of section 47 enquiries' (after paragraph 256)";
    private const string AssessmentBox = "box 'Assessment, support and planning for children under the Children Act 1989' (after paragraph 241)";
    private const string StrategyBox = "box 'Strategy discussion' (after paragraph 256)";
    private const string ImmediateBox = "box 'Immediate protection' (after paragraph 256)";
    private const string ChildDeathBox = "box 'Specific responsibilities of relevant bodies in relation to child deaths' (after paragraph 442)";

    /// <summary>DL-01..DL-22, in id order.</summary>
    public static IReadOnlyList<TimescaleRule> Timescales { get; } = BuildTimescales();

    /// <summary>DL-40..DL-63, in id order.</summary>
    public static IReadOnlyList<UrgencyRule> Urgencies { get; } = BuildUrgencies();

    /// <summary>Finds a timescale rule by id (DL-04), case-insensitive.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No timescale rule has that id.</exception>
    public static TimescaleRule Get(string id) =>
        Timescales.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No timescale rule '{id}'.", nameof(id));

    private static Citation W(string location, string quote) => Citation.WorkingTogether2026(location, quote);

    private static CaseEventType[] E(params CaseEventType[] types) => types;

    private static TimescaleObligation[] One(Force force, params CaseEventType[] end) => new[] { new TimescaleObligation(string.Empty, end, force) };

    private static TimescaleRule[] BuildTimescales()
    {
        var referral = W("paragraph 167", "Within one working day of a referral being received, local authority children's social care should acknowledge receipt to the referrer and a social work qualified practice supervisor or manager should decide next steps and the type of response required.");
        var wd = new[] { TimescaleInterpretations.NonWorkingDayStart };
        return new[]
        {
            new TimescaleRule("DL-01", "referral-acknowledgement", "Acknowledge a referral to the referrer", Force.Should, 1, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "A referral is received by local authority children's social care.",
                EndDescription = "Receipt is acknowledged to the referrer.",
                DutyHolder = "Local authority children's social care",
                StartEvents = E(ReferralReceived),
                Obligations = One(Force.Should, ReferralAcknowledged),
                Citations = new[] { referral },
                Interpretations = wd,
            },
            new TimescaleRule("DL-02", "referral-decision", "Decide next steps and the type of response to a referral", Force.Should, 1, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "A referral is received by local authority children's social care.",
                EndDescription = "A social work qualified practice supervisor or manager decides next steps and the type of response required.",
                DutyHolder = "A social work qualified practice supervisor or manager",
                StartEvents = E(ReferralReceived),
                Obligations = One(Force.Should, ReferralDecisionMade),
                Citations = new[] { referral },
                Interpretations = wd,
            },
            new TimescaleRule("DL-03", "assessment-max-duration", "Conclude the assessment within 45 working days of referral", Force.Should, 45, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "The point of referral into local authority children's social care.",
                EndDescription = "The assessment concludes, such that it is possible to reach a decision on next steps.",
                DutyHolder = "The lead practitioner",
                StartEvents = E(ReferralReceived),
                Obligations = One(Force.Should, AssessmentConcluded),
                BreachHandling = "The assessment may exceed 45 working days, but the lead practitioner should record the reasons for exceeding the time limit.",
                Citations = new[]
                {
                    W("paragraph 169", "The maximum timeframe for the assessment to conclude, such that it is possible to reach a decision on next steps, should be no longer than 45 working days from the point of referral."),
                    W("paragraph 169", "If, in discussion with a child and their family and other practitioners, an assessment exceeds 45 working days, the lead practitioner should record the reasons for exceeding the time limit."),
                    W(StrategyBox, "The timescale for the assessment to reach a decision on next steps should be based upon the needs of the individual child, consistent with the local protocol and no longer than **45 working days** from the point of referral into local authority children's social care."),
                },
                Interpretations = wd,
                Note = "One clock from each referral; a strategy discussion or section 47 enquiries do not restart it. For section 47 enquiries on a case already open, the text gives no referral date to count from (a limit the report cannot resolve: record the referral that opened the enquiry).",
            },
            new TimescaleRule("DL-04", "icpc-timing", "Hold the initial child protection conference within 15 working days of the strategy discussion", Force.Should, 15, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.InitialConference,
                StartDescription = "The strategy discussion (with more than one, the one at which section 47 enquiries were initiated).",
                EndDescription = "The initial child protection conference takes place.",
                DutyHolder = "The lead practitioner (convenes the conference)",
                Condition = "Section 47 enquiries substantiate concerns and the child is judged to be suffering or likely to suffer significant harm (a timeline shows this with a section-47-concerns-substantiated event or the conference itself).",
                StartEvents = E(StrategyDiscussion),
                Obligations = One(Force.Should, InitialChildProtectionConference),
                Citations = new[]
                {
                    W(OutcomeBox, "The initial child protection conference should take place within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held."),
                    W(OutcomeBox, "Where concerns of significant harm are substantiated, and the child is judged to be suffering or likely to suffer significant harm:"),
                    W(OutcomeBox, "The timing of this conference should depend on the urgency of the case and respond to the needs of the child and the nature and severity of the harm they may be facing."),
                },
                Interpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.IcpcStrategyDiscussion },
            },
            new TimescaleRule("DL-05", "core-group-first-meeting", "First core group meeting within 10 working days of the initial conference", Force.Should, 10, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.CoreGroup,
                StartDescription = "The initial child protection conference.",
                EndDescription = "The core group meets.",
                DutyHolder = "The core group (the lead practitioner leads core group activity)",
                Condition = "The child is the subject of a child protection plan.",
                StartEvents = E(InitialChildProtectionConference),
                Obligations = One(Force.Should, CoreGroupMeeting),
                Citations = new[] { W(TimescaleInterpretations.BoxCpPlan, "meet within 10 working days from the initial child protection conference if the child is the subject of a child protection plan") },
                Interpretations = wd,
            },
            new TimescaleRule("DL-06", "first-cp-review", "First child protection review within three months of the initial conference", Force.Should, 3, TimeUnit.Months, ClockDirection.Forward)
            {
                Clock = ClockKind.Reviews,
                StartDescription = "The initial child protection conference.",
                EndDescription = "The first review conference is held.",
                DutyHolder = "The lead practitioner",
                Condition = "The initial conference made the child the subject of a child protection plan, and the plan has not ended.",
                StartEvents = E(InitialChildProtectionConference),
                Obligations = One(Force.Should, ReviewConference),
                Citations = new[]
                {
                    W(TimescaleInterpretations.BoxCpPlan, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months for as long as the child remains subject of a child protection plan"),
                    W(TimescaleInterpretations.BoxReview, "determine when the review conference should be held within three months of the initial conference, and thereafter at maximum intervals of six months"),
                },
                Interpretations = new[] { CalendarsConventionMonths, TimescaleInterpretations.ReviewAnchor },
            },
            new TimescaleRule("DL-07", "subsequent-cp-reviews", "Later child protection reviews at intervals of no more than six months", Force.Should, 6, TimeUnit.Months, ClockDirection.Forward)
            {
                Clock = ClockKind.Reviews,
                StartDescription = "The previous review conference (inference: the text says 'thereafter').",
                EndDescription = "The next review conference is held.",
                DutyHolder = "The lead practitioner",
                Condition = "For as long as the child remains the subject of a child protection plan.",
                StartEvents = E(ReviewConference),
                Obligations = One(Force.Should, ReviewConference),
                Citations = new[]
                {
                    W(TimescaleInterpretations.BoxCpPlan, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months for as long as the child remains subject of a child protection plan"),
                    W(TimescaleInterpretations.BoxReview, "determine when the review conference should be held within three months of the initial conference, and thereafter at maximum intervals of six months"),
                },
                Interpretations = new[] { CalendarsConventionMonths, TimescaleInterpretations.ReviewAnchor },
            },
            new TimescaleRule("DL-08", "transfer-in-conference", "Transfer-in conference within 15 working days of notification of a permanent move", Force.Should, 15, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "The receiving local authority is notified that the child and family have moved permanently to its area.",
                EndDescription = "The receiving local authority's child protection conference is held (see dl-08-convene-means-held).",
                DutyHolder = "The receiving local authority",
                Condition = "The child and family have moved permanently to another local authority area.",
                StartEvents = E(PermanentMoveNotified),
                Obligations = One(Force.Should, TransferInConference),
                Citations = new[]
                {
                    W(TimescaleInterpretations.BoxDiscontinuing, "the child and family have moved permanently to another local authority area. In such cases, the receiving local authority should convene a child protection conference within 15 working days of being notified of the move."),
                    W(TimescaleInterpretations.BoxDiscontinuing, "Only after this event may the original local authority discontinue its child protection"),
                },
                Interpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.ConveneMeansHeld },
                Note = "Only after this conference may the original local authority discontinue its plan (the sentence is cut short in the source).",
            },
            new TimescaleRule("DL-09", "lado-notification", "Inform the designated officer (LADO) within one working day of an allegation", Force.Should, 1, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EarliestStart,
                StartDescription = "The allegation comes to the employer's attention, or is made directly to the police, whichever is first (inference: the text implies the start rather than stating it). Reports before the designated officer is informed count as one allegation; a report after that starts the next clock.",
                EndDescription = "The designated officer, or team of officers, is informed.",
                DutyHolder = "The employer (school governors, trustees, residential care providers, fostering agencies, voluntary organisations), or the police for allegations made to them (inference: the sentence is passive)",
                StartEvents = E(AllegationReportedToEmployer, AllegationReportedToPolice),
                Obligations = One(Force.Should, LadoInformed),
                Citations = new[]
                {
                    W("paragraph 264", "The designated officer, or team of officers, should also be informed within one working day of all allegations that come to an"),
                    W("paragraph 264", "employer's attention or that are made directly to the police."),
                },
                Interpretations = wd,
            },
            new TimescaleRule("DL-10", "yearly-report-period", "Report jointly on each 12-month period", Force.Must, 12, TimeUnit.Months, ClockDirection.Forward)
            {
                Clock = ClockKind.NotEvaluated,
                StartDescription = "The start of the reporting period.",
                EndDescription = "The end of the reporting period.",
                DutyHolder = "The safeguarding partners",
                Citations = new[] { W("paragraph 112", "Safeguarding partners must jointly report on the activity they have undertaken in a 12-month period⁴³.") },
                Note = "A reporting period, not a deadline a case runs against: it is not evaluated in deadline reports. DL-11 gives the date.",
            },
            new TimescaleRule("DL-11", "yearly-report-publication", "Submit and publish the yearly report by the end of September", Force.Should, 0, TimeUnit.FixedDate, ClockDirection.Forward)
            {
                Clock = ClockKind.FixedDateAfterStart,
                StartDescription = "The financial year (April to March) that the report covers ends.",
                EndDescription = "The yearly report is submitted and published.",
                DutyHolder = "The safeguarding partners",
                StartEvents = E(FinancialYearEnded),
                Obligations = One(Force.Should, YearlyReportPublished),
                BreachHandling = "If partners fail to submit the yearly report this may be escalated to the Secretary of State.",
                Citations = new[]
                {
                    W("paragraph 115", "To allow for consistency across local areas, these should be submitted and published by the end of September every year, and should be reflective of work undertaken the previous financial year (April to March)."),
                    W("paragraph 115", "If partners fail to submit the yearly report this may be escalated to the Secretary of State."),
                },
                Note = "Due on 30 September following the end of the financial year. The text does not say to whom the report is submitted, nor whether 30 September also caps the copies of DL-12.",
            },
            new TimescaleRule("DL-12", "yearly-report-copy", "Send a copy of the yearly report to the Panel and the MASA Unit within 7 days of publication", Force.Should, 7, TimeUnit.CalendarDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "The yearly report is published.",
                EndDescription = "A copy is sent to the Child Safeguarding Practice Review Panel and to the Multi-Agency Safeguarding Arrangements Unit (DfE).",
                DutyHolder = "The safeguarding partners",
                StartEvents = E(YearlyReportPublished),
                Obligations = new[]
                {
                    new TimescaleObligation("copy to the Panel", E(YearlyReportSentToPanel), Force.Should),
                    new TimescaleObligation("copy to the MASA Unit", E(YearlyReportSentToMasaUnit), Force.Should),
                },
                Citations = new[] { W("paragraph 115", "A copy should be sent to the Child Safeguarding Practice Review Panel (Mailbox.NationalReviewPanel@education.gov.uk), who will review it to identify any issues that may need escalation to a national level, and the Multi-Agency Safeguarding Arrangements Unit (Child Protection and Safeguarding Division – DfE) MASA.partners@education.gov.uk given its focus on learning, within 7 days of publication.") },
                Interpretations = new[] { CountingConventionsCalendarDays },
            },
            new TimescaleRule("DL-13", "serious-incident-notification", "Notify the Panel of a serious incident within 5 working days of becoming aware", Force.Should, 5, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.IncidentNotification,
                StartDescription = "The safeguarding partners become aware of the incident (see at-04-incident-awareness).",
                EndDescription = "The notification is submitted to the Panel through the Child Safeguarding Incident Notification System.",
                DutyHolder = "The local authority where the incident occurred, on behalf of all three safeguarding partners (for a child normally resident in its area who dies or is seriously harmed outside England, the local authority of normal residence, by inference from section 16C(1)(b))",
                StartEvents = E(IncidentAwareness),
                Obligations = new[] { new TimescaleObligation("notification: a must; the five working days are worded 'are to be' and 'should'", E(SeriousIncidentNotificationSubmitted), Force.Should) },
                Citations = new[]
                {
                    W("paragraph 372", "The local authority where the incident occurred, on behalf of all three safeguarding partners, must notify the Panel of any incident that meets the criteria set out above via the Child Safeguarding Incident Notification System²⁰⁰."),
                    W("paragraph 372", "Notifications are to be submitted within five working days of safeguarding partners becoming aware of the incident."),
                    W(TimescaleInterpretations.SummaryBox, "Notifications should be sent within five working days of the local authority becoming aware of the incident."),
                },
                Interpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.IncidentAwareness },
                Note = "The duty to notify is a must (section 16C of the Children Act 2004) and remains when the limit is missed; the five working days are worded 'are to be' (paragraph 372) and 'should' (the summary box). One notification per incident: a timeline holds one incident.",
            },
            new TimescaleRule("DL-14", "rapid-review-submission", "Submit the rapid review to the Panel within 15 working days of the notification", Force.NonStatutory, 15, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "The serious incident notification.",
                EndDescription = "The rapid review is submitted to the Panel.",
                DutyHolder = "The safeguarding partners",
                StartEvents = E(SeriousIncidentNotificationSubmitted),
                Obligations = One(Force.NonStatutory, RapidReviewSubmitted),
                Citations = new[]
                {
                    W("paragraph 385", "Rapid review – submitted to Panel only and within 15 working days of notification."),
                    W(TimescaleInterpretations.SummaryBox, "Rapid reviews should be submitted to the panel within 15 working days of the serious incident notification. This is a non-statutory requirement and more details can be found in the panel's practice guidance²¹⁵."),
                },
                Interpretations = wd,
                Note = "The Panel's own guidance may set other timescales (paragraph 391).",
            },
            new TimescaleRule("DL-15", "lcspr-completion", "Complete and publish a local child safeguarding practice review within six months of the decision to initiate it", Force.Should, 6, TimeUnit.Months, ClockDirection.Forward)
            {
                Clock = ClockKind.Lcspr,
                StartDescription = "The date of the decision to initiate the LCSPR (not the notification, not the rapid review).",
                EndDescription = "The report is completed and published (see at-06-lcspr-end for the other readings).",
                DutyHolder = "The safeguarding partners",
                StartEvents = E(LcsprDecision),
                Obligations = One(Force.Should, LcsprPublished),
                BreachHandling = "Where other proceedings may delay publication, the safeguarding partners should inform the Panel and the Secretary of State of the reasons for the delay.",
                Citations = new[]
                {
                    W("paragraph 408", "Depending on the nature and complexity of the case, the report should be completed and published as soon as possible and no later than six months from the date of the decision to initiate a LCSPR."),
                    W("paragraph 408", "Where other proceedings may have an impact on or delay publication, (for example, an ongoing criminal investigation, inquest or future prosecution), the safeguarding partners should inform the panel and the Secretary of State of the reasons for the delay."),
                },
                Interpretations = new[] { CalendarsConventionMonths, TimescaleInterpretations.LcsprEnd },
            },
            new TimescaleRule("DL-16", "lcspr-prepublication-copy", "Send copies of the LCSPR report at least 7 working days before publication", Force.Must, 7, TimeUnit.WorkingDays, ClockDirection.Backward)
            {
                Clock = ClockKind.Backward,
                StartDescription = "Counted back from the date of publication (or the planned date, before publication).",
                EndDescription = "The full report (or the improvements information) is sent.",
                DutyHolder = "The safeguarding partners",
                StartEvents = E(LcsprPublished, LcsprPublicationPlanned),
                Obligations = new[]
                {
                    new TimescaleObligation("copy to the Panel", E(LcsprReportSentToPanel), Force.Must),
                    new TimescaleObligation("copy to the Secretary of State", E(LcsprReportSentToSecretaryOfState), Force.Must),
                    new TimescaleObligation("copy to Ofsted", E(LcsprReportSentToOfsted), Force.Should),
                },
                Citations = new[]
                {
                    W("paragraph 407", "Safeguarding partners must send a copy of the full report to the panel and to the Secretary of State no later than seven working days²⁰⁹ before the date of publication."),
                    W("paragraph 407", "Where the safeguarding partners decide only to publish information relating to the improvements to be made following the review, they must also provide a copy of that information to the panel and the Secretary of State within the same timescale."),
                    W("paragraph 407", "They should also provide the report, or information about improvements, to Ofsted within the same timescale."),
                },
                Interpretations = new[] { CountingConventionsBackwards },
            },
            new TimescaleRule("DL-17", "lcspr-public-availability", "Keep a published LCSPR report publicly available for at least one year", Force.Must, 1, TimeUnit.Years, ClockDirection.Minimum)
            {
                Clock = ClockKind.Minimum,
                StartDescription = "The report or information is published.",
                EndDescription = "It is withdrawn (not before one year).",
                DutyHolder = "The safeguarding partners (inference: the sentence is passive)",
                StartEvents = E(LcsprPublished),
                Obligations = One(Force.Must, LcsprWithdrawn),
                Citations = new[] { W("paragraph 405", "Published reports or information must be publicly available for at least one year.") },
            },
            new TimescaleRule("DL-18", "national-review-completion", "Complete and publish a national review within six months of the decision to initiate it", Force.Should, 6, TimeUnit.Months, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "The date of the Panel's decision to initiate the review.",
                EndDescription = "The report is completed and published.",
                DutyHolder = "The Child Safeguarding Practice Review Panel",
                StartEvents = E(NationalReviewDecision),
                Obligations = One(Force.Should, NationalReviewPublished),
                BreachHandling = "Where other proceedings may delay publication, the Panel should advise the Secretary of State of the reasons for the delay.",
                Citations = new[]
                {
                    W("paragraph 427", "Reports should be completed and published within six months of the date of the decision to initiate a review."),
                    W("paragraph 427", "Where other proceedings may have an impact on or delay publication, for example, an ongoing criminal investigation, inquest or future prosecution, the panel should advise the Secretary of State of the reasons for the delay."),
                },
                Interpretations = new[] { CalendarsConventionMonths },
            },
            new TimescaleRule("DL-19", "national-review-prepublication-copy", "Send the national review report to the Secretary of State at least 7 working days before publication", Force.Must, 7, TimeUnit.WorkingDays, ClockDirection.Backward)
            {
                Clock = ClockKind.Backward,
                StartDescription = "Counted back from the date of publication (or the planned date, before publication).",
                EndDescription = "The full report (or the improvements information) is sent to the Secretary of State.",
                DutyHolder = "The Child Safeguarding Practice Review Panel",
                StartEvents = E(NationalReviewPublished, NationalReviewPublicationPlanned),
                Obligations = One(Force.Must, NationalReviewSentToSecretaryOfState),
                Citations = new[]
                {
                    W("paragraph 426", "The panel must send a copy of the full report to the Secretary of State no later than seven working days before the date of publication."),
                    W("paragraph 426", "Where the panel decides only to publish information relating to the improvements to be made following the review, they must also provide a copy of that information to the Secretary of State within the same timescale."),
                },
                Interpretations = new[] { CountingConventionsBackwards },
                Note = "No time limit is given for the copies the Panel should also send to the safeguarding partners, Ofsted, the CQC and HMICFRS.",
            },
            new TimescaleRule("DL-20", "national-review-public-availability", "Keep a published national review report publicly available for at least three years", Force.Must, 3, TimeUnit.Years, ClockDirection.Minimum)
            {
                Clock = ClockKind.Minimum,
                StartDescription = "The report or information is published.",
                EndDescription = "It is withdrawn (not before three years).",
                DutyHolder = "The Child Safeguarding Practice Review Panel",
                StartEvents = E(NationalReviewPublished),
                Obligations = One(Force.Must, NationalReviewWithdrawn),
                Citations = new[] { W("paragraph 426", "The panel must ensure that reports or information published are publicly available for at least three years.") },
            },
            new TimescaleRule("DL-21", "registrar-to-cdr-partners", "Registrar supplies the particulars of a child's death to the child death review partners within seven days", Force.Must, 7, TimeUnit.CalendarDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "The death is registered, the correction is made, or the Certificate of No Liability to Register is issued.",
                EndDescription = "The particulars are provided to the child death review partners covering the sub-district in which the register is kept.",
                DutyHolder = "The Registrar of Births and Deaths",
                Condition = "The person was or may have been under the age of 18 at the time of death.",
                StartEvents = E(DeathRegistered, RegisterCorrected, CertificateOfNoLiabilityIssued),
                Obligations = One(Force.Must, ParticularsSuppliedToCdrPartners),
                Citations = new[] { W(ChildDeathBox, "The information must be provided to the appropriate child death review partners (which cover the sub-district in which the register is kept) no later than seven days from the date the death was registered, the date the correction was made or the date the certificate was issued.") },
                Interpretations = new[] { CountingConventionsCalendarDays },
            },
            new TimescaleRule("DL-22", "coroner-to-cdr-partners", "Coroner notifies the child death review partners within three working days of deciding to investigate", Force.Must, 3, TimeUnit.WorkingDays, ClockDirection.Forward)
            {
                Clock = ClockKind.EachStart,
                StartDescription = "The coroner decides to investigate a death or to commission a post-mortem.",
                EndDescription = "The child death review partners for the area in which the child died or where the body was found are notified.",
                DutyHolder = "The coroner",
                StartEvents = E(CoronerDecidedToInvestigate),
                Obligations = One(Force.Must, CdrPartnersNotifiedByCoroner),
                Citations = new[] { W(ChildDeathBox, "Coroner's duty to notify the child death review partners for the area in which the child died or where the child's body was found within three working days of deciding to investigate a death or commission a post-mortem.") },
                Interpretations = wd,
                Note = "The text calls it a duty (Coroners and Justice Act 2009; Coroners (Investigations) Regulations 2013), so the force is must. The area notified can differ from the area of normal residence, whose partners review the death.",
            },
        };
    }

    private static Interpretation CalendarsConventionMonths => Calendars.CountingConventions.WithinMonths;

    private static Interpretation CountingConventionsCalendarDays => Calendars.CountingConventions.CalendarDays;

    private static Interpretation CountingConventionsBackwards => Calendars.CountingConventions.WorkingDaysBefore;

    private static UrgencyRule U(string id, string slug, string title, Force force, Urgency urgency, string wording, string dutyHolder, string action, params Citation[] citations) =>
        new(id, slug, title, force, urgency) { UrgencyWording = wording, DutyHolder = dutyHolder, Action = action, Citations = citations };

    private static UrgencyRule Evaluated(this UrgencyRule rule, CaseEventType[] start, CaseEventType[] end) =>
        new(rule.Id, rule.Slug, rule.Title, rule.Force, rule.Urgency)
        {
            UrgencyWording = rule.UrgencyWording,
            DutyHolder = rule.DutyHolder,
            Action = rule.Action,
            Citations = rule.Citations,
            StartEvents = start,
            EndEvents = end,
        };

    private static UrgencyRule[] BuildUrgencies() => new[]
    {
        U("DL-40", "significant-harm-referral-immediate", "Refer immediately when a child is suffering, or likely to suffer, significant harm", Force.Should, Urgency.Immediately, "immediately", "Anyone who has concerns about a child's welfare",
            "Make a referral to local authority children's social care when there is a concern that the child is suffering, has suffered or is likely to suffer significant harm.",
            W("paragraph 164", "Anyone who has concerns about a child's welfare should consider whether a referral needs to be made to local authority children's social care and should do so immediately if there is a concern that the child is suffering significant harm or is likely to do so."),
            W("paragraph 146", "If there are concerns that the child has suffered significant harm or is likely to do so, a referral should be made immediately to local authority children’s social care.")),
        U("DL-41", "allegation-report-senior-manager-immediate", "Report an allegation against a person who works with children to a senior manager immediately", Force.Should, Urgency.Immediately, "immediately", "The organisation or agency",
            "Report the allegation to a senior manager within the organisation or agency.",
            W("paragraph 264", "Any allegation against people who work with children should be reported immediately to a senior manager within the organisation or agency.")).Evaluated(E(AllegationReportedToEmployer), E(AllegationReportedToSeniorManager)),
        U("DL-42", "lado-alerted-without-delay", "Alert the designated officer to allegations without delay", Force.Should, Urgency.WithoutDelay, "without delay", "Employers and the organisations that work with children",
            "Have arrangements so that the designated officer, or team of officers, is alerted without delay to all allegations.",
            W("paragraph 262", "Arrangements should be in place to ensure that the designated officer, or team of officers, is alerted without delay to all allegations concerning individuals who work with children."),
            W("paragraph 261", "Any action necessary to address corresponding welfare concerns in relation to the child or children involved should be taken without delay and in a co-ordinated manner.")),
        U("DL-43", "immediate-protection-action", "Act immediately to secure the safety of a child at risk of serious immediate harm", Force.Should, Urgency.Immediately, "act immediately", "The local authority, the police (including British Transport Police) or the NSPCC",
            "Use statutory child protection powers to secure the child's safety; where removal is required, action must be taken, as soon as possible after the referral.",
            W(ImmediateBox, "Where there is a risk to the life of a child or a likelihood of serious immediate harm, whether from inside or outside the home, the local authority, the police (including British Transport Police) or NSPCC should use their statutory child protection powers to **act immediately to secure the safety of the child**, as set out in Section 46 of Children Act 1989."),
            W("paragraph 168", "This should happen as soon as possible after the referral has been made to local authority children's social care")),
        U("DL-44", "post-emergency-strategy-discussion", "Hold a strategy discussion as soon as possible after emergency action", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "The agencies involved",
            "Where a single agency has had to act immediately, hold a strategy discussion after the action.",
            W(ImmediateBox, "Where a single agency has to act immediately, a strategy discussion should take place as soon as possible after action has been taken")).Evaluated(E(EmergencyActionTaken), E(StrategyDiscussion)),
        U("DL-45", "unknown-identity-notify-without-delay", "Notify a serious incident without delay even before the child is identified", Force.Should, Urgency.WithoutDelay, "without delay", "The local authority, on behalf of the safeguarding partners",
            "Notify incidents whose children are not yet identified, with the limited information known.",
            W("paragraph 374", "Incidents where the identity of the child or children involved are not yet known should still be notified without delay using the limited information known at the time.")),
        U("DL-46", "see-child-asap", "See the child as soon as possible when the referral needs further assessment", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "Local authority children's social care",
            "See the child, if the decision is that the referral requires further assessment.",
            W("paragraph 167", "to see the child as soon as possible if the decision is taken that the referral requires further assessment")),
        U("DL-47", "rapid-review-promptly", "Undertake the rapid review promptly after the notification", Force.Should, Urgency.Promptly, "promptly", "The safeguarding partners",
            "Undertake a rapid review of the case once the notification has been made.",
            W("paragraph 392", "Once the notification has been made, the safeguarding partners should promptly undertake a rapid review of the case, in line with any guidance published by the panel.")),
        U("DL-48", "lcspr-decision-inform-panel", "Inform the Panel, Ofsted and DfE as soon as an LCSPR is decided", Force.Should, Urgency.AsSoonAsPossible, "as soon as", "The safeguarding partners",
            "Inform the Panel, Ofsted and DfE, naming the reviewer commissioned.",
            W("paragraph 393", "As soon as they have determined that a local child safeguarding practice review will be carried out, they should inform the panel, Ofsted and DfE, providing the name of the reviewer they have commissioned.")).Evaluated(E(LcsprDecision), E(LcsprDecisionNotified)),
        U("DL-49", "panel-response-promptly", "The Panel responds promptly after receiving a rapid review", Force.Should, Urgency.Promptly, "promptly", "The Child Safeguarding Practice Review Panel",
            "Inform the safeguarding partners if it considers a local or national review appropriate.",
            W("paragraph 415", "The panel should inform the relevant safeguarding partners promptly following receipt of the rapid review, if it considers that:")),
        U("DL-50", "death-abuse-neglect-inform-immediately", "Inform the safeguarding partners and the Panel immediately of evidence of abuse or neglect in a child's death", Force.Should, Urgency.Immediately, "immediately", "All practitioners",
            "Inform the relevant safeguarding partners and the Panel when investigations suggest abuse or neglect as a possible cause of death.",
            W("paragraph 452", "If the results of any investigations suggest evidence of abuse or neglect as a possible cause of death whether at home or in the community, all practitioners should inform relevant safeguarding partners and the panel immediately.")),
        U("DL-51", "bereaved-family-guide", "Offer bereaved families the guide in the immediate aftermath of a child's death", Force.Should, Urgency.Immediately, "in the immediate aftermath", "The child death review process",
            "Offer 'When a child dies – a guide for parents and carers' to all bereaved families or carers.",
            W("paragraph 432", "In the immediate aftermath of a child's death, a copy of 'When a child dies – a guide for parents and carers'²¹⁹ should be offered to all bereaved families or carers through the child death review process.")),
        U("DL-52", "health-expert-advice-after-strategy-discussion", "Secure expert health advice immediately after preliminary strategy discussions in complex cases", Force.Should, Urgency.Immediately, "immediately following", "Health practitioners",
            "Secure additional advice from named and designated professionals.",
            W(StrategyBox, "secure additional expert advice and support from named and/or designated professionals for more complex cases immediately following preliminary strategy discussions")),
        U("DL-53", "cin-move-information-transfer", "Share a child in need's information with the receiving authority as soon as possible after a permanent move", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "The original local authority",
            "Share all relevant information, including the child in need plan, with the receiving local authority.",
            W(AssessmentBox, "Where a child in need has moved permanently to another local authority area, the original local authority should ensure that all relevant information (including the child in need plan) is shared with the receiving local authority as soon as possible.")),
        U("DL-54", "nrm-referral-asap", "Refer a potential victim of modern slavery to the National Referral Mechanism as soon as possible", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "Specified public authorities and practitioners",
            "Make the NRM referral, in parallel with the ICTG referral.",
            W("paragraph 224", "should be made to the NRM, as soon as possible."),
            W("paragraph 225", "The NRM referral and ICTG referral should be made in parallel.")),
        U("DL-55", "prison-safeguarding-enquiry-earliest-opportunity", "Prison staff start a child safeguarding enquiry at the earliest opportunity for newly sentenced prisoners", Force.Should, Urgency.AtTheEarliestOpportunity, "at the earliest opportunity", "Prison staff",
            "Initiate or follow up a child safeguarding enquiry with children's services; make a new one when circumstances change (must).",
            W("paragraph 304", "Prison staff have a responsibility to initiate or follow up a child safeguarding enquiry¹⁶² with children's services at the earliest opportunity for all newly sentenced prisoners."),
            W("paragraph 304", "If circumstances for the prisoner have changed, prison staff must make a new child safeguarding enquiry.")),
        U("DL-56", "mbu-referral-earliest-opportunity", "Send a mother and baby unit referral for assessment at the earliest opportunity", Force.Must, Urgency.AtTheEarliestOpportunity, "at the earliest opportunity", "The prison",
            "Send the referral for assessment to children's social care in the mother's home area.",
            W("paragraph 312", "When a woman applies for a place on a MBU, the referral for assessment must be sent to children's social care in the mother's home area at the earliest opportunity and must include information on MBU provision and policy¹⁷¹.")),
        U("DL-57", "probation-same-day-response", "Probation may request a same-day response to a child safeguarding enquiry", Force.May, Urgency.SameDay, "on the same day", "Probation staff",
            "Request a quick (possibly same-day) response where an offender may have contact with a child.",
            W("paragraph 316", "They may request a response on the same day.")),
        U("DL-58", "speak-to-child-earliest-opportunity", "Speak to and observe the child at the earliest opportunity in section 47 enquiries", Force.Should, Urgency.AtTheEarliestOpportunity, "at the earliest opportunity", "The lead practitioner",
            "Speak to and observe the child.",
            W("paragraph 250", "speak to and observe the child at the earliest opportunity to understand what is happening in their daily life, recognising that the child may express this non-verbally through their actions and behaviour.")),
        U("DL-59", "police-station-short-period", "A child under police protection is brought to a police station only for a short period", Force.Should, Urgency.ShortPeriod, "only for a short period", "The police",
            "Avoid police stations except in exceptional circumstances.",
            W("footnote 152 (to paragraph 287)", "A child under police protection should not be brought to a police station except in exceptional circumstances, such as a lack of immediately available local authority accommodation, and then only for a short period.")),
        U("DL-60", "transition-planning-in-advance", "Plan known transition points in advance", Force.Should, Urgency.InAdvance, "in advance", "Practitioners",
            "Plan for known transition points, including a child in need approaching 18.",
            W("paragraph 204", "Known transition points for the child should be planned for in advance."),
            W(AssessmentBox, "Where a child in need is approaching 18 years of age, this transition point should be planned for in advance.")),
        U("DL-61", "remand-visit-before-decision", "Visit and assess a remanded child before deciding on support", Force.Should, Urgency.Before, "before taking a decision", "The local authority",
            "Visit the child and assess their needs before deciding how to support them.",
            W("paragraph 228", "Where a child becomes looked after, as a result of being remanded to youth detention accommodation (YDA), the local authority should visit the child and assess the child's needs before taking a decision on how they should be supported¹¹⁶.")),
        U("DL-62", "out-of-area-placement-timely-notification", "Give timely notification of a placement outside the local authority", Force.Should, Urgency.Timely, "timely", "The placing local authority",
            "Notify the area where the child is placed.",
            W("paragraph 233", "Timely notification that a child is being placed outside their local authority is important so that the right support can be put in place¹²¹.")),
        U("DL-63", "share-information-early", "Share information as early as possible", Force.Should, Urgency.Timely, "as early as possible", "Practitioners",
            "Share information proactively to identify, assess and respond to risks.",
            W("paragraph 30", "Practitioners should be proactive in sharing information as early as possible to help identify, assess, and respond to risks or concerns about the safety and welfare of children.")),
    };
}
