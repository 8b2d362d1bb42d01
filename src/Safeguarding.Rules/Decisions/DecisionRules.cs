using System.Collections.Generic;
using System.Linq;

using Safeguarding.Rules.Logic;

namespace Safeguarding.Rules.Decisions;

/// <summary>Every decision rule, in catalogue order.</summary>
public static class DecisionRules
{
    /// <summary>Every decision rule: serious incidents, child deaths, referral and protection, child protection plans, allegations.</summary>
    public static IReadOnlyList<DecisionRule> All { get; } = ReadOnlyLists.Of(new[]
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
        ReferralAndProtectionRules.Section47Initiation,
        ReferralAndProtectionRules.Section47Outcome,
        ReferralAndProtectionRules.RequestConference,
        ChildProtectionPlanRules.PlanEnds,
        ChildProtectionPlanRules.CoreGroup,
        ChildProtectionPlanRules.TransferIn,
        ChildProtectionPlanRules.ReviewConference,
        ChildProtectionPlanRules.PreProceedings,
        ChildProtectionPlanRules.ConferenceChair,
        AllegationRules.Allegation,
        AllegationRules.BarringReferral,
    });

    /// <summary>Every fact any decision rule reads (the shared vocabulary in use), each once, in order of first use.</summary>
    public static IReadOnlyList<FactDefinition> Facts { get; } = All.SelectMany(r => r.Facts).Distinct().ToReadOnly();

    /// <summary>Finds a decision rule by its id (case-insensitive).</summary>
    /// <param name="id">The id, such as DC-36.</param>
    /// <returns>The rule, or null.</returns>
    public static DecisionRule? Find(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id, System.StringComparison.OrdinalIgnoreCase));
}
