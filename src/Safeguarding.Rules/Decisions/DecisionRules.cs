using System.Collections.Generic;

namespace Safeguarding.Rules.Decisions;

/// <summary>Every decision rule, in catalogue order.</summary>
public static class DecisionRules
{
    /// <summary>Every decision rule: serious incidents, child deaths, referral and protection, child protection plans, allegations.</summary>
    public static IReadOnlyList<DecisionRule> All { get; } = new[]
    {
        SeriousIncidentRules.Notification,
        SeriousIncidentRules.SeriousHarm,
        SeriousIncidentRules.NotificationCategory,
        SeriousIncidentRules.LookedAfterChildDeath,
        SeriousIncidentRules.CareLeaverDeath,
        SeriousIncidentRules.YoungAdultHarmedInChildhood,
        SeriousIncidentRules.LocalLearningReview,
        SeriousIncidentRules.RapidReviewDecision,
        SeriousIncidentRules.LcsprCriteria,
        SeriousIncidentRules.NationalReviewCriteria,
        ChildDeathRules.ResponsibleArea,
        ChildDeathRules.Scope,
        ChildDeathRules.JointAgencyResponse,
        ChildDeathRules.RegistrarNotification,
        ChildDeathRules.CoronerNotification,
        ReferralAndProtectionRules.ChildInNeedRule,
        ReferralAndProtectionRules.Section47,
        ReferralAndProtectionRules.ReferralDecisions,
        ReferralAndProtectionRules.Referral,
        ReferralAndProtectionRules.ImmediateProtection,
        ReferralAndProtectionRules.StrategyDiscussion,
        ReferralAndProtectionRules.Section47Outcome,
        ReferralAndProtectionRules.RequestConference,
        ChildProtectionPlanRules.PlanEnds,
        ChildProtectionPlanRules.CoreGroup,
        ChildProtectionPlanRules.TransferIn,
        AllegationRules.Allegation,
        AllegationRules.BarringReferral,
    };
}
