using Safeguarding.Rules.Provenance;
using Xunit;
using static Safeguarding.Rules.Decisions.AllegationRules;
using static Safeguarding.Rules.Decisions.ChildProtectionPlanRules;
using static Safeguarding.Rules.Tests.Decisions.DecisionAssert;

namespace Safeguarding.Rules.Tests.Decisions;

public class ChildProtectionPlanAndAllegationRuleTests
{
    [Fact]
    public void A_plan_does_not_end_on_a_permanent_move_until_the_receiving_authority_has_held_its_conference()
    {
        var d = No(PlanEnds, ("subject-of-plan", true), ("no-longer-at-risk-of-significant-harm", false), ("moved-permanently", true), ("receiving-conference-held", false), ("age", 10), ("died", false), ("left-uk-permanently", false));
        Assert.Equal(new[] { "DL-08" }, d.Timescales());
        Yes(PlanEnds, ("subject-of-plan", true), ("moved-permanently", true), ("receiving-conference-held", true));
    }

    [Theory]
    [InlineData("no-longer-at-risk-of-significant-harm")]
    [InlineData("died")]
    [InlineData("left-uk-permanently")]
    public void A_plan_ends_when_any_one_limb_holds(string limb)
    {
        Yes(PlanEnds, ("subject-of-plan", true), (limb, true));
    }

    [Fact]
    public void A_plan_ends_at_the_18th_birthday_after_a_review_planned_in_advance()
    {
        var d = Yes(PlanEnds, ("subject-of-plan", true), ("age", 18));
        d.HasConsequence("review around the child's 18th birthday", Force.Should);
        Undetermined(PlanEnds, new[] { "no-longer-at-risk-of-significant-harm", "moved-permanently", "receiving-conference-held", "died", "left-uk-permanently" }, ("subject-of-plan", true), ("age", 17));
    }

    [Fact]
    public void A_child_on_a_plan_has_a_core_group_meeting_within_10_working_days_and_a_first_review_within_three_months()
    {
        Assert.Equal(new[] { "DL-05", "DL-06", "DL-07" }, Yes(CoreGroup, ("subject-of-plan", true)).Timescales());
        No(CoreGroup, ("subject-of-plan", false));
    }

    [Fact]
    public void A_permanent_move_of_a_child_on_a_plan_starts_the_receiving_authoritys_15_working_days()
    {
        Assert.Equal(new[] { "DL-08" }, Yes(TransferIn, ("subject-of-plan", true), ("moved-permanently", true)).Timescales());
    }

    [Fact]
    public void A_possible_offence_against_a_child_by_a_teacher_is_reported_immediately_and_the_designated_officer_told_within_one_working_day()
    {
        var d = Yes(Allegation, ("works-with-children", true), ("possible-offence", true));
        Assert.Equal(new[] { "DL-09", "DL-41" }, d.Timescales());
    }

    [Fact]
    public void A_concern_that_meets_none_of_the_four_limbs_is_not_an_allegation()
    {
        No(Allegation, ("works-with-children", true), ("harmed-or-may-have-harmed", false), ("possible-offence", false), ("may-pose-risk-of-harm", false), ("may-be-unsuitable", false));
    }

    [Fact]
    public void A_volunteer_who_left_before_they_would_have_been_removed_for_risk_of_harm_must_still_be_referred_to_the_DBS()
    {
        var d = Yes(BarringReferral, ("in-regulated-activity", true), ("removed-or-would-have-been", true), ("removed-because-risk-of-harm", true));
        d.HasConsequence("make a referral to the Disclosure and Barring Service", Force.Must);
        No(BarringReferral, ("in-regulated-activity", false)).HasConsequence("consider, in some circumstances, making a referral", Force.Should);
    }
}
