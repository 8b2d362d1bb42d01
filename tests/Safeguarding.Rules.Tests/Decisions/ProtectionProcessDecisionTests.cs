using System.Linq;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Provenance;
using Xunit;
using static Safeguarding.Rules.Tests.Decisions.DecisionAssert;

namespace Safeguarding.Rules.Tests.Decisions;

/// <summary>DC-13, DC-21, DC-22 and DC-78: the decisions of the child protection process the catalogue encodes as tests over facts.</summary>
public class ProtectionProcessDecisionTests
{
    [Fact]
    public void Grounds_for_section_47_enquiries_mean_deciding_on_further_information_immediate_action_and_legal_action()
    {
        var d = Yes(ReferralAndProtectionRules.Section47Initiation, ("section-47-grounds", true));
        d.HasConsequence("decide what further information is needed", Force.Should);
        d.HasConsequence("decide what immediate and short-term action is required", Force.Should);
        d.HasConsequence("decide whether legal action is required", Force.Should);
        Assert.Equal(new[] { "DL-03" }, d.Timescales());
    }

    [Fact]
    public void Without_grounds_for_section_47_enquiries_no_initiation_decisions_are_owed()
    {
        No(ReferralAndProtectionRules.Section47Initiation, ("section-47-grounds", false));
    }

    [Fact]
    public void A_review_conference_reviews_the_harm_and_the_plan_and_decides_on_proceedings_only_when_the_child_is_considered_to_be_suffering_significant_harm()
    {
        var suffering = Yes(ChildProtectionPlanRules.ReviewConference, ("review-conference-due", true), ("considered-suffering-significant-harm", true));
        suffering.HasConsequence("consider whether the child protection plan should continue or be changed", Force.Should);
        suffering.HasConsequence("decide whether to initiate family court proceedings", Force.Should);

        var notSuffering = Yes(ChildProtectionPlanRules.ReviewConference, ("review-conference-due", true), ("considered-suffering-significant-harm", false));
        Assert.DoesNotContain(notSuffering.Consequences, c => c.Action.Contains("family court", System.StringComparison.Ordinal));
    }

    [Fact]
    public void After_the_child_protection_process_with_parents_protection_insufficient_and_the_threshold_met_the_local_authority_determines_whether_to_initiate_pre_proceedings()
    {
        var d = Yes(ChildProtectionPlanRules.PreProceedings, ("child-protection-process-carried-out", true), ("protection-by-parents-insufficient", true), ("care-proceedings-threshold-met", true));
        d.HasConsequence("determine whether to initiate pre-proceedings", Force.Should);
        d.HasConsequence("offer family group decision-making", Force.Should);
    }

    [Fact]
    public void With_the_threshold_met_before_the_process_is_complete_proceedings_can_still_be_initiated_at_any_stage()
    {
        var d = No(ChildProtectionPlanRules.PreProceedings, ("child-protection-process-carried-out", false), ("protection-by-parents-insufficient", true), ("care-proceedings-threshold-met", true));
        d.HasConsequence("can initiate proceedings at any stage", Force.May);
    }

    [Fact]
    public void An_experienced_independent_practitioner_may_chair_a_conference()
    {
        Yes(ChildProtectionPlanRules.ConferenceChair, ("chair-frontline-experience", true), ("chair-independent", true), ("chair-is-protective-action-lead", false));
    }

    [Fact]
    public void A_practitioner_without_frontline_child_protection_experience_does_not_meet_the_description_of_a_chair()
    {
        No(ChildProtectionPlanRules.ConferenceChair, ("chair-frontline-experience", false), ("chair-independent", true), ("chair-is-protective-action-lead", false));
    }

    [Fact]
    public void The_lead_practitioner_for_protective_action_may_chair_by_default_but_not_under_the_reading_that_independence_is_required()
    {
        var lead = new (string Name, object Value)[] { ("chair-frontline-experience", true), ("chair-independent", false), ("chair-is-protective-action-lead", true) };
        var byDefault = Yes(ChildProtectionPlanRules.ConferenceChair, lead);
        Assert.Contains(byDefault.Readings, r => r.Interpretation.Id == "conference-chair-independence" && r.ReadingId == "lead-for-protective-action-may-chair");

        var strict = ChildProtectionPlanRules.ConferenceChair.Evaluate(Facts(lead), Readings.Default.With("conference-chair-independence", "independence-required"));
        Assert.Equal(Outcome.No, strict.Outcome);
    }
}
