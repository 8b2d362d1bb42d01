using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Xunit;
using static Safeguarding.Rules.Decisions.ChildDeathRules;
using static Safeguarding.Rules.Tests.Decisions.DecisionAssert;

namespace Safeguarding.Rules.Tests.Decisions;

public class ChildDeathRuleTests
{
    [Fact]
    public void A_stillbirth_with_medical_attendance_is_not_a_child_death_to_review()
    {
        No(Scope, ("death-kind", "stillbirth"), ("birth-attended", true));
    }

    [Fact]
    public void A_stillbirth_with_no_healthcare_professional_in_attendance_is_reviewed_and_needs_a_joint_agency_response()
    {
        Yes(Scope, ("death-kind", "stillbirth"), ("birth-attended", false));
        Yes(JointAgencyResponse, ("death-kind", "stillbirth"), ("birth-attended", false));
    }

    [Fact]
    public void A_planned_lawful_termination_of_pregnancy_is_not_a_child_death_to_review()
    {
        No(Scope, ("death-kind", "planned-lawful-termination"), ("birth-attended", true));
        No(Scope, ("death-kind", "planned-lawful-termination"), ("age-at-death-or-harm", 0));
    }

    [Fact]
    public void A_liveborn_baby_is_reviewed_whether_or_not_a_death_certificate_has_been_issued()
    {
        var d = Yes(Scope, ("death-kind", "after-live-birth"), ("age-at-death-or-harm", 0));
        Assert.Empty(d.FactsToSettle);
        Assert.DoesNotContain(d.Conditions.SelectMany(c => c.Condition.Test.FactsUsed), f => f.Name == "death-certificate-issued" && d.FactsToSettle.Contains(f));
    }

    [Fact]
    public void Under_the_certificate_gate_reading_a_liveborn_babys_death_waits_on_the_certificate_or_an_unattended_birth()
    {
        var readings = Safeguarding.Rules.Provenance.Readings.Default.With("child-death-review-scope", "certificate-gate");
        var facts = Safeguarding.Rules.Logic.Facts.None.With("death-kind", "after-live-birth").With("age-at-death-or-harm", 0);
        var d = Scope.Evaluate(facts, readings);
        Assert.Equal(Safeguarding.Rules.Decisions.Outcome.Undetermined, d.Outcome);
        Assert.Contains(d.FactsToSettle, f => f.Name == "death-certificate-issued");
        Assert.Equal(Safeguarding.Rules.Decisions.Outcome.Yes, Scope.Evaluate(facts.With("death-certificate-issued", true), readings).Outcome);
        Assert.Equal(Safeguarding.Rules.Decisions.Outcome.No, Scope.Evaluate(facts.With("death-certificate-issued", false).With("birth-attended", true), readings).Outcome);
        Assert.Contains(d.Readings, r => r.Interpretation.Id == "child-death-review-scope" && r.ReadingId == "certificate-gate" && r.ChosenByCaller);
    }

    [Fact]
    public void A_child_who_dies_aged_17_is_reviewed_and_one_who_dies_aged_18_is_not()
    {
        Yes(Scope, ("death-kind", "after-live-birth"), ("age-at-death-or-harm", 17));
        No(Scope, ("death-kind", "after-live-birth"), ("age-at-death-or-harm", 18));
    }

    [Fact]
    public void The_partners_of_the_area_where_the_child_was_normally_resident_must_ensure_the_death_is_reviewed()
    {
        var d = Yes(ResponsibleArea, ("death-kind", "after-live-birth"), ("age-at-death-or-harm", 4), ("normally-resident-in-la-area", true));
        d.HasConsequence("make arrangements to review the death", Force.Must);
    }

    [Fact]
    public void The_partners_of_the_area_where_a_non_resident_child_died_may_review_the_death_by_agreement()
    {
        var d = No(ResponsibleArea, ("death-kind", "after-live-birth"), ("age-at-death-or-harm", 4), ("normally-resident-in-la-area", false), ("in-la-area", true));
        d.HasConsequence("as indicated and agreed between child death review partners", Force.May);
    }

    [Theory]
    [InlineData("death-external-causes")]
    [InlineData("death-sudden-unexplained")]
    [InlineData("death-in-custody-or-detained")]
    [InlineData("death-suspicious")]
    public void Any_one_limb_requires_a_joint_agency_response_for_a_child(string limb)
    {
        var d = Yes(JointAgencyResponse, ("age-at-death-or-harm", 2), ("death-kind", "after-live-birth"), (limb, true));
        d.HasConsequence("Sudden unexpected death in infancy and childhood", Force.Should);
    }

    [Fact]
    public void A_stillbirth_with_medical_attendance_needs_no_joint_agency_response_even_if_the_circumstances_are_suspicious()
    {
        No(JointAgencyResponse, ("age-at-death-or-harm", 0), ("death-kind", "stillbirth"), ("birth-attended", true), ("death-suspicious", true), ("death-external-causes", true), ("death-sudden-unexplained", true), ("death-in-custody-or-detained", false));
    }

    [Fact]
    public void A_planned_lawful_termination_needs_no_joint_agency_response()
    {
        No(JointAgencyResponse, ("age-at-death-or-harm", 0), ("death-kind", "planned-lawful-termination"), ("birth-attended", true), ("death-external-causes", true), ("death-sudden-unexplained", false), ("death-in-custody-or-detained", false), ("death-suspicious", false));
    }

    [Fact]
    public void An_expected_death_from_natural_causes_of_a_child_needs_no_joint_agency_response()
    {
        No(JointAgencyResponse, ("age-at-death-or-harm", 12), ("death-external-causes", false), ("death-sudden-unexplained", false), ("death-in-custody-or-detained", false), ("death-suspicious", false), ("death-kind", "after-live-birth"));
    }

    [Fact]
    public void A_sudden_death_of_someone_whose_age_is_unknown_is_undetermined_until_the_age_is_known()
    {
        Undetermined(JointAgencyResponse, new[] { "age-at-death-or-harm", "death-kind", "birth-attended" }, ("death-sudden-unexplained", true));
        Undetermined(JointAgencyResponse, new[] { "age-at-death-or-harm" }, ("death-sudden-unexplained", true), ("death-kind", "after-live-birth"));
    }

    [Fact]
    public void A_registrar_who_corrects_the_entry_of_someone_who_may_have_been_under_18_must_tell_the_partners_within_seven_days()
    {
        var d = Yes(RegistrarNotification, ("registrar-action", "corrected-entry"), ("was-or-may-have-been-under-18", true));
        Assert.Equal(new[] { "DL-21" }, d.Timescales());
        No(RegistrarNotification, ("registrar-action", "none"), ("was-or-may-have-been-under-18", true));
    }

    [Fact]
    public void A_coroner_who_decides_to_investigate_a_childs_death_must_notify_the_partners_within_three_working_days()
    {
        var d = Yes(CoronerNotification, ("coroner-investigating", true), ("age-at-death-or-harm", 15));
        Assert.Equal(new[] { "DL-22" }, d.Timescales());
        d.HasConsequence("post-mortem reports", Force.Must);
    }
}
