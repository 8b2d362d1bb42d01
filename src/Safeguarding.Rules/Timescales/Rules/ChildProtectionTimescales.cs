using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>Child protection (chapter 3): the initial conference, the core group, review conferences and a transfer-in conference. Each rule declares its clock beside its quote.</summary>
internal static class ChildProtectionTimescales
{
    /// <summary>Child protection: strategy discussion to the end of the plan.</summary>
    internal static CaseProcess Process { get; } = new("child-protection", "Child protection", StrategyDiscussion, Section47ConcernsSubstantiated, InitialChildProtectionConference, CoreGroupMeeting, ReviewConference, PlanEnded, ChildProtectionPlanCirculated);

    // "The first review should be held within three months of the initial conference and further reviews at intervals
    // of no more than six months": one sentence, one schedule; DL-06 reports its first review, DL-07 the later ones.
    private static ReviewSchedule Reviews { get; } = Clock.Reviews(Process, InitialChildProtectionConference, One(Force.Should, ReviewConference), PlanEnded, ClockCount.Months(3), ClockCount.Months(6));

    private const string BoxConference = "box 'Initial child protection conferences' (after paragraph 256)";

    /// <summary>The rules, in id order.</summary>
    internal static TimescaleRule[] All { get; } =
    {
            new TimescaleRule(
                "DL-04",
                "icpc-timing",
                "Hold the initial child protection conference within 15 working days of the strategy discussion",
                Force.Should,
                Clock.Section47Discussion(ClockCount.WorkingDays(15), Process, StrategyDiscussion, Section47ConcernsSubstantiated, One(Force.Should, InitialChildProtectionConference)))
            {
                StartDescription = "The strategy discussion (with more than one, the one at which section 47 enquiries were initiated).",
                EndDescription = "The initial child protection conference takes place.",
                DutyHolder = "The lead practitioner (convenes the conference)",
                Condition = "Section 47 enquiries substantiate concerns and the child is judged to be suffering or likely to suffer significant harm (a timeline shows this with a section-47-concerns-substantiated event or the conference itself).",
                Citations = new[]
                {
                    W(OutcomeBox, "The initial child protection conference should take place within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held."),
                    W(OutcomeBox, "Where concerns of significant harm are substantiated, and the child is judged to be suffering or likely to suffer significant harm:"),
                    W(OutcomeBox, "The timing of this conference should depend on the urgency of the case and respond to the needs of the child and the nature and severity of the harm they may be facing."),
                },
                DeclaredInterpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.IcpcStrategyDiscussion },
            },
            new TimescaleRule(
                "DL-05",
                "core-group-first-meeting",
                "First core group meeting within 10 working days of the initial conference",
                Force.Should,
                Clock.FirstMeetingAfterPlan(ClockCount.WorkingDays(10), Process, InitialChildProtectionConference, One(Force.Should, CoreGroupMeeting)))
            {
                StartDescription = "The initial child protection conference.",
                EndDescription = "The core group meets.",
                DutyHolder = "The core group (the lead practitioner leads core group activity)",
                Condition = "The child is the subject of a child protection plan.",
                Citations = new[] { W(BoxCpPlan, "meet within 10 working days from the initial child protection conference if the child is the subject of a child protection plan") },
                DeclaredInterpretations = WorkingDayStart,
            },
            new TimescaleRule(
                "DL-06",
                "first-cp-review",
                "First child protection review within three months of the initial conference",
                Force.Should,
                Reviews.FirstReview)
            {
                StartDescription = "The initial child protection conference.",
                EndDescription = "The first review conference is held.",
                DutyHolder = "The lead practitioner",
                Condition = "The initial conference made the child the subject of a child protection plan, and the plan has not ended.",
                Citations = new[]
                {
                    W(BoxCpPlan, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months for as long as the child remains subject of a child protection plan"),
                    W(BoxReview, "determine when the review conference should be held within three months of the initial conference, and thereafter at maximum intervals of six months"),
                },
                DeclaredInterpretations = new[] { CountingConventions.WithinMonths, TimescaleInterpretations.ReviewAnchor },
            },
            new TimescaleRule(
                "DL-07",
                "subsequent-cp-reviews",
                "Later child protection reviews at intervals of no more than six months",
                Force.Should,
                Reviews.LaterReviews)
            {
                StartDescription = "The previous review conference (inference: the text says 'thereafter').",
                EndDescription = "The next review conference is held.",
                DutyHolder = "The lead practitioner",
                Condition = "For as long as the child remains the subject of a child protection plan.",
                Citations = new[]
                {
                    W(BoxCpPlan, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months for as long as the child remains subject of a child protection plan"),
                    W(BoxReview, "determine when the review conference should be held within three months of the initial conference, and thereafter at maximum intervals of six months"),
                },
                DeclaredInterpretations = new[] { CountingConventions.WithinMonths, TimescaleInterpretations.ReviewAnchor },
            },
            new TimescaleRule(
                "DL-08",
                "transfer-in-conference",
                "Transfer-in conference within 15 working days of notification of a permanent move",
                Force.Should,
                Clock.EachOccurrence(
                    ClockCount.WorkingDays(15),
                    null,
                    E(PermanentMoveNotified),
                    One(Force.Should, TransferInConference).Or(TimescaleInterpretations.ConveneMeansHeld, "convene-means-called", TransferInConferenceConvened)))
            {
                StartDescription = "The receiving local authority is notified that the child and family have moved permanently to its area.",
                EndDescription = "The receiving local authority's child protection conference is held (see dl-08-convene-means-held).",
                DutyHolder = "The receiving local authority",
                Condition = "The child and family have moved permanently to another local authority area.",
                Citations = new[]
                {
                    W(BoxDiscontinuing, "the child and family have moved permanently to another local authority area. In such cases, the receiving local authority should convene a child protection conference within 15 working days of being notified of the move."),
                    W(BoxDiscontinuing, "Only after this event may the original local authority discontinue its child protection"),
                },
                DeclaredInterpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.ConveneMeansHeld },
                Note = "Only after this conference may the original local authority discontinue its plan (the sentence is cut short in the source).",
            },
            new TimescaleRule(
                "DL-70",
                "local-timescales-cp",
                "Circulate the child protection plan after the initial conference within the locally set time",
                Force.Should,
                Clock.FirstMeetingAfterPlan(ClockCount.LocallySet(), Process, InitialChildProtectionConference, One(Force.Should, ChildProtectionPlanCirculated)))
            {
                StartDescription = "The initial child protection conference that made the child the subject of a child protection plan.",
                EndDescription = "The child protection plan is circulated.",
                DutyHolder = "Local authority children's social care (defines the local protocol)",
                Condition = "The initial conference made the child the subject of a child protection plan.",
                Citations = new[]
                {
                    W(BoxCpPlan, "define the local protocol for timeliness of circulating plans after the child protection conference"),
                    W(BoxConference, "establishing timescales for meetings of the core group, production of a child protection plan and for child protection review meetings"),
                },
                Note = "The text gives no number: the time is the local protocol's, supplied by the caller (local timescales); without it there is no due date. The protocol speaks of 'the child protection conference'; the clock runs from the initial conference (inference). The timescales each conference sets for its own case (core group meetings, producing the plan, reviews within DL-06 and DL-07) are case decisions, not local arrangements, and are not encoded.",
            },
    };
}
