using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>Referral and assessment (chapter 3): acknowledging and deciding on a referral, and concluding the assessment. Each rule declares its clock beside its quote.</summary>
internal static class ReferralAndAssessmentTimescales
{
    /// <summary>Referral and assessment: a referral, its acknowledgement and decision, and the assessment.</summary>
    internal static CaseProcess Process { get; } = new("referral-and-assessment", "Referral and assessment", ReferralReceived, ReferralAcknowledged, ReferralDecisionMade, AssessmentConcluded);

    private static readonly Citation Paragraph167 = W("paragraph 167", "Within one working day of a referral being received, local authority children's social care should acknowledge receipt to the referrer and a social work qualified practice supervisor or manager should decide next steps and the type of response required.");

    /// <summary>The rules, in id order.</summary>
    internal static TimescaleRule[] All { get; } =
    {
            new TimescaleRule(
                "DL-01",
                "referral-acknowledgement",
                "Acknowledge a referral to the referrer",
                Force.Should,
                Clock.EachOccurrence(ClockCount.WorkingDays(1), Process, E(ReferralReceived), One(Force.Should, ReferralAcknowledged)))
            {
                StartDescription = "A referral is received by local authority children's social care.",
                EndDescription = "Receipt is acknowledged to the referrer.",
                DutyHolder = "Local authority children's social care",
                Citations = new[] { Paragraph167 },
                DeclaredInterpretations = WorkingDayStart,
            },
            new TimescaleRule(
                "DL-02",
                "referral-decision",
                "Decide next steps and the type of response to a referral",
                Force.Should,
                Clock.EachOccurrence(ClockCount.WorkingDays(1), Process, E(ReferralReceived), One(Force.Should, ReferralDecisionMade)))
            {
                StartDescription = "A referral is received by local authority children's social care.",
                EndDescription = "A social work qualified practice supervisor or manager decides next steps and the type of response required.",
                DutyHolder = "A social work qualified practice supervisor or manager",
                Citations = new[] { Paragraph167 },
                DeclaredInterpretations = WorkingDayStart,
            },
            new TimescaleRule(
                "DL-03",
                "assessment-max-duration",
                "Conclude the assessment within 45 working days of referral",
                Force.Should,
                Clock.EachOccurrence(ClockCount.WorkingDays(45), Process, E(ReferralReceived), One(Force.Should, AssessmentConcluded)))
            {
                StartDescription = "The point of referral into local authority children's social care.",
                EndDescription = "The assessment concludes, such that it is possible to reach a decision on next steps.",
                DutyHolder = "The lead practitioner",
                BreachHandling = "The assessment may exceed 45 working days, but the lead practitioner should record the reasons for exceeding the time limit.",
                Citations = new[]
                {
                    W("paragraph 169", "The maximum timeframe for the assessment to conclude, such that it is possible to reach a decision on next steps, should be no longer than 45 working days from the point of referral."),
                    W("paragraph 169", "If, in discussion with a child and their family and other practitioners, an assessment exceeds 45 working days, the lead practitioner should record the reasons for exceeding the time limit."),
                    W(StrategyBox, "The timescale for the assessment to reach a decision on next steps should be based upon the needs of the individual child, consistent with the local protocol and no longer than **45 working days** from the point of referral into local authority children's social care."),
                },
                DeclaredInterpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.OneAssessmentClock },
                Note = "One clock from each referral (reading at-08-one-assessment-clock); a strategy discussion or section 47 enquiries do not restart it. For section 47 enquiries on a case already open, the text gives no referral date to count from (a limit the report cannot resolve: record the referral that opened the enquiry).",
            },
    };
}
