using Safeguarding.Rules.Provenance;
using Xunit;
using static Safeguarding.Rules.Decisions.ReferralAndProtectionRules;
using static Safeguarding.Rules.Tests.Decisions.DecisionAssert;

namespace Safeguarding.Rules.Tests.Decisions;

public class ReferralAndProtectionRuleTests
{
    [Fact]
    public void A_concern_that_a_child_has_suffered_significant_harm_is_referred_immediately()
    {
        var d = Yes(Referral, ("concern-significant-harm", true));
        Assert.Equal(new[] { "DL-40" }, d.Timescales());
    }

    [Fact]
    public void A_child_admitted_to_a_mental_health_facility_is_referred()
    {
        var d = Yes(Referral, ("concern-significant-harm", false), ("admitted-to-mental-health-facility", true));
        Assert.Empty(d.Timescales());
    }

    [Fact]
    public void A_welfare_concern_short_of_significant_harm_means_considering_a_referral()
    {
        var d = No(Referral, ("concern-significant-harm", false), ("admitted-to-mental-health-facility", false), ("welfare-concern", true));
        d.HasConsequence("consider whether a referral needs to be made", Force.Should);
    }

    [Fact]
    public void A_referral_is_acknowledged_and_decided_on_within_one_working_day_and_the_child_seen_as_soon_as_possible_if_assessed_further()
    {
        var d = Yes(ReferralDecisions, ("referral-received", true), ("referral-needs-further-assessment", true));
        Assert.Equal(new[] { "DL-01", "DL-02", "DL-46" }, d.Timescales());
        d.HasConsequence("determine whether the child requires immediate protection", Force.Should);
    }

    [Fact]
    public void A_disabled_child_is_a_child_in_need()
    {
        Yes(ChildInNeedRule, ("disabled", true));
        No(ChildInNeedRule, ("disabled", false), ("unlikely-reasonable-health-or-development", false), ("health-or-development-likely-impaired", false));
    }

    [Fact]
    public void A_child_under_an_emergency_protection_order_is_owed_section_47_enquiries()
    {
        var d = Yes(Section47, ("emergency-protection-order", true));
        d.HasConsequence("make, or cause to be made, the enquiries", Force.Must);
    }

    [Fact]
    public void Reasonable_cause_to_suspect_significant_harm_to_a_child_who_neither_lives_nor_is_found_in_the_area_is_not_this_authoritys_duty()
    {
        No(Section47, ("reasonable-cause-to-suspect-significant-harm", true), ("lives-or-found-in-la-area", false), ("emergency-protection-order", false), ("police-protection", false));
    }

    [Fact]
    public void A_risk_to_life_means_acting_immediately_and_a_removal_means_applying_for_an_emergency_protection_order()
    {
        var d = Yes(ImmediateProtection, ("risk-to-life", true), ("removal-necessary", true));
        Assert.Equal(new[] { "DL-43", "DL-44" }, d.Timescales());
        d.HasConsequence("apply for an Emergency Protection Order", Force.Must);
    }

    [Fact]
    public void A_strategy_discussion_involves_at_least_a_social_worker_health_practitioners_and_the_police()
    {
        var d = Yes(StrategyDiscussion, ("reasonable-cause-to-suspect-significant-harm", true));
        d.HasConsequence("a local authority social worker, health practitioners and a police representative", Force.Should);
    }

    [Fact]
    public void Substantiated_concerns_lead_to_an_initial_conference_within_15_working_days_of_the_strategy_discussion()
    {
        Assert.Equal(new[] { "DL-04" }, Yes(Section47Outcome, ("concerns-substantiated", true)).Timescales());
    }

    [Fact]
    public void Unsubstantiated_concerns_are_recorded_with_reasons_and_other_practitioners_may_request_a_conference()
    {
        var d = No(Section47Outcome, ("concerns-substantiated", false));
        d.HasConsequence("record why concerns are not substantiated", Force.Should);
        d.HasConsequence("request a conference", Force.May);
        Yes(RequestConference, ("decided-no-conference", true), ("practitioner-serious-concerns", true));
    }
}
