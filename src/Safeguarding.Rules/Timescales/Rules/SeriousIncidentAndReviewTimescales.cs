using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>Serious incidents and reviews (chapter 5): notification, rapid review, local and national child safeguarding practice reviews. Each rule declares its clock beside its quote.</summary>
internal static class SeriousIncidentAndReviewTimescales
{
    /// <summary>A serious incident: awareness, notification, rapid review.</summary>
    internal static CaseProcess Incident { get; } = new("serious-incident", "Serious incident notification and rapid review", IncidentAwareness, SeriousIncidentNotificationSubmitted, RapidReviewSubmitted);

    /// <summary>A local child safeguarding practice review.</summary>
    internal static CaseProcess Lcspr { get; } = new("lcspr", "Local child safeguarding practice review", LcsprDecision, LcsprDecisionNotified, LcsprCompleted, LcsprSubmitted, LcsprPublished, LcsprPublicationPlanned, LcsprReportSentToPanel, LcsprReportSentToSecretaryOfState, LcsprReportSentToOfsted);

    /// <summary>A national child safeguarding practice review.</summary>
    internal static CaseProcess NationalReview { get; } = new("national-review", "National child safeguarding practice review", NationalReviewDecision, NationalReviewPublicationPlanned, NationalReviewPublished, NationalReviewSentToSecretaryOfState);

    /// <summary>The rules, in id order.</summary>
    internal static TimescaleRule[] All { get; } =
    {
            new TimescaleRule(
                "DL-13",
                "serious-incident-notification",
                "Notify the Panel of a serious incident within 5 working days of becoming aware",
                Force.Should,
                Clock.Awareness(
                    ClockCount.WorkingDays(5),
                    Incident,
                    IncidentAwareness,
                    new TimescaleObligation("notification: a must; the five working days are worded 'are to be' and 'should'", E(SeriousIncidentNotificationSubmitted), Force.Should),
                    "serious incident notification"))
            {
                StartDescription = "The safeguarding partners become aware of the incident (see at-04-incident-awareness).",
                EndDescription = "The notification is submitted to the Panel through the Child Safeguarding Incident Notification System.",
                DutyHolder = "The local authority where the incident occurred, on behalf of all three safeguarding partners (for a child normally resident in its area who dies or is seriously harmed outside England, the local authority of normal residence, by inference from section 16C(1)(b))",
                Citations = new[]
                {
                    W("paragraph 372", "The local authority where the incident occurred, on behalf of all three safeguarding partners, must notify the Panel of any incident that meets the criteria set out above via the Child Safeguarding Incident Notification System²⁰⁰."),
                    W("paragraph 372", "Notifications are to be submitted within five working days of safeguarding partners becoming aware of the incident."),
                    W(SummaryBox, "Notifications should be sent within five working days of the local authority becoming aware of the incident."),
                },
                DeclaredInterpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.IncidentAwareness },
                Note = "The duty to notify is a must (section 16C of the Children Act 2004) and remains when the limit is missed; the five working days are worded 'are to be' (paragraph 372) and 'should' (the summary box). One notification per incident: a timeline holds one incident.",
            },
            new TimescaleRule(
                "DL-14",
                "rapid-review-submission",
                "Submit the rapid review to the Panel within 15 working days of the notification",
                Force.NonStatutory,
                Clock.EachOccurrence(ClockCount.WorkingDays(15), Incident, E(SeriousIncidentNotificationSubmitted), One(Force.NonStatutory, RapidReviewSubmitted)))
            {
                StartDescription = "The serious incident notification.",
                EndDescription = "The rapid review is submitted to the Panel.",
                DutyHolder = "The safeguarding partners",
                Citations = new[]
                {
                    W("paragraph 385", "Rapid review – submitted to Panel only and within 15 working days of notification."),
                    W(SummaryBox, "Rapid reviews should be submitted to the panel within 15 working days of the serious incident notification. This is a non-statutory requirement and more details can be found in the panel's practice guidance²¹⁵."),
                },
                DeclaredInterpretations = WorkingDayStart,
                Note = "The Panel's own guidance may set other timescales (paragraph 391).",
            },
            new TimescaleRule(
                "DL-15",
                "lcspr-completion",
                "Complete and publish a local child safeguarding practice review within six months of the decision to initiate it",
                Force.Should,
                Clock.EachDecision(
                    ClockCount.Months(6),
                    Lcspr,
                    LcsprDecision,
                    One(Force.Should, LcsprPublished)
                        .Or(TimescaleInterpretations.LcsprEnd, "completed", LcsprCompleted)
                        .Or(TimescaleInterpretations.LcsprEnd, "submitted", LcsprSubmitted)))
            {
                StartDescription = "The date of the decision to initiate the LCSPR (not the notification, not the rapid review).",
                EndDescription = "The report is completed and published (see at-06-lcspr-end for the other readings).",
                DutyHolder = "The safeguarding partners",
                BreachHandling = "Where other proceedings may delay publication, the safeguarding partners should inform the Panel and the Secretary of State of the reasons for the delay.",
                Citations = new[]
                {
                    W("paragraph 408", "Depending on the nature and complexity of the case, the report should be completed and published as soon as possible and no later than six months from the date of the decision to initiate a LCSPR."),
                    W("paragraph 408", "Where other proceedings may have an impact on or delay publication, (for example, an ongoing criminal investigation, inquest or future prosecution), the safeguarding partners should inform the panel and the Secretary of State of the reasons for the delay."),
                },
                DeclaredInterpretations = new[] { CountingConventions.WithinMonths, TimescaleInterpretations.LcsprEnd },
            },
            new TimescaleRule(
                "DL-16",
                "lcspr-prepublication-copy",
                "Send copies of the LCSPR report at least 7 working days before publication",
                Force.Must,
                Clock.BeforePublication(
                    ClockCount.WorkingDaysBefore(7),
                    Lcspr,
                    LcsprDecision,
                    LcsprPublished,
                    LcsprPublicationPlanned,
                    new TimescaleObligation("copy to the Panel", E(LcsprReportSentToPanel), Force.Must),
                    new TimescaleObligation("copy to the Secretary of State", E(LcsprReportSentToSecretaryOfState), Force.Must),
                    new TimescaleObligation("copy to Ofsted", E(LcsprReportSentToOfsted), Force.Should)))
            {
                StartDescription = "Counted back from the date of publication (or the planned date, before publication).",
                EndDescription = "The full report (or the improvements information) is sent.",
                DutyHolder = "The safeguarding partners",
                Citations = new[]
                {
                    W("paragraph 407", "Safeguarding partners must send a copy of the full report to the panel and to the Secretary of State no later than seven working days²⁰⁹ before the date of publication."),
                    W("paragraph 407", "Where the safeguarding partners decide only to publish information relating to the improvements to be made following the review, they must also provide a copy of that information to the panel and the Secretary of State within the same timescale."),
                    W("paragraph 407", "They should also provide the report, or information about improvements, to Ofsted within the same timescale."),
                },
                DeclaredInterpretations = new[] { CountingConventions.WorkingDaysBefore },
            },
            new TimescaleRule(
                "DL-17",
                "lcspr-public-availability",
                "Keep a published LCSPR report publicly available for at least one year",
                Force.Must,
                Clock.MinimumAfterPublication(ClockCount.AtLeastYears(1), LcsprDecision, LcsprPublished, One(Force.Must, LcsprWithdrawn)))
            {
                StartDescription = "The report or information is published.",
                EndDescription = "It is withdrawn (not before one year).",
                DutyHolder = "The safeguarding partners (inference: the sentence is passive)",
                Citations = new[] { W("paragraph 405", "Published reports or information must be publicly available for at least one year.") },
            },
            new TimescaleRule(
                "DL-18",
                "national-review-completion",
                "Complete and publish a national review within six months of the decision to initiate it",
                Force.Should,
                Clock.EachDecision(ClockCount.Months(6), NationalReview, NationalReviewDecision, One(Force.Should, NationalReviewPublished)))
            {
                StartDescription = "The date of the Panel's decision to initiate the review.",
                EndDescription = "The report is completed and published.",
                DutyHolder = "The Child Safeguarding Practice Review Panel",
                BreachHandling = "Where other proceedings may delay publication, the Panel should advise the Secretary of State of the reasons for the delay.",
                Citations = new[]
                {
                    W("paragraph 427", "Reports should be completed and published within six months of the date of the decision to initiate a review."),
                    W("paragraph 427", "Where other proceedings may have an impact on or delay publication, for example, an ongoing criminal investigation, inquest or future prosecution, the panel should advise the Secretary of State of the reasons for the delay."),
                },
                DeclaredInterpretations = new[] { CountingConventions.WithinMonths },
            },
            new TimescaleRule(
                "DL-19",
                "national-review-prepublication-copy",
                "Send the national review report to the Secretary of State at least 7 working days before publication",
                Force.Must,
                Clock.BeforePublication(ClockCount.WorkingDaysBefore(7), NationalReview, NationalReviewDecision, NationalReviewPublished, NationalReviewPublicationPlanned, One(Force.Must, NationalReviewSentToSecretaryOfState)))
            {
                StartDescription = "Counted back from the date of publication (or the planned date, before publication).",
                EndDescription = "The full report (or the improvements information) is sent to the Secretary of State.",
                DutyHolder = "The Child Safeguarding Practice Review Panel",
                Citations = new[]
                {
                    W("paragraph 426", "The panel must send a copy of the full report to the Secretary of State no later than seven working days before the date of publication."),
                    W("paragraph 426", "Where the panel decides only to publish information relating to the improvements to be made following the review, they must also provide a copy of that information to the Secretary of State within the same timescale."),
                },
                DeclaredInterpretations = new[] { CountingConventions.WorkingDaysBefore },
                Note = "No time limit is given for the copies the Panel should also send to the safeguarding partners, Ofsted, the CQC and HMICFRS.",
            },
            new TimescaleRule(
                "DL-20",
                "national-review-public-availability",
                "Keep a published national review report publicly available for at least three years",
                Force.Must,
                Clock.MinimumAfterPublication(ClockCount.AtLeastYears(3), NationalReviewDecision, NationalReviewPublished, One(Force.Must, NationalReviewWithdrawn)))
            {
                StartDescription = "The report or information is published.",
                EndDescription = "It is withdrawn (not before three years).",
                DutyHolder = "The Child Safeguarding Practice Review Panel",
                Citations = new[] { W("paragraph 426", "The panel must ensure that reports or information published are publicly available for at least three years.") },
            },
    };
}
