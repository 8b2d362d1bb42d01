using System;
using System.Linq;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Decisions.DecisionAssert;

namespace Safeguarding.Rules.Tests.Provenance;

/// <summary>One mechanism for choosing a reading, by the same ids everywhere.</summary>
public class ReadingsTests
{
    [Theory]
    [InlineData("at-04-incident-awareness", "local-authority")]
    [InlineData("at-06-lcspr-end", "completed")]
    [InlineData("at-06-lcspr-end", "submitted")]
    [InlineData("at-10-review-anchor", "previous-due-date")]
    [InlineData("at-11-non-working-day-start", "next-working-day-is-day-zero")]
    [InlineData("s47-area-test", "area-test-on-every-limb")]
    [InlineData("care-leaver-death-age-limit", "no-upper-age")]
    [InlineData("child-death-review-scope", "certificate-gate")]
    [InlineData("medical-attendance", "doctor-only")]
    [InlineData("clocks-before-commencement", "apply-current-edition")]
    [InlineData("within-n-working-days", "event-day-counts")]
    [InlineData("within-n-months", "overflow-to-next-month")]
    [InlineData("dl-08-convene-means-held", "convene-means-called")]
    [InlineData("coroner-child-age", "may-have-been-under-18")]
    [InlineData("receiving-conference-held", "conference-called")]
    [InlineData("wt2026-commencement", "2026-04-01")]
    public void Every_live_alternative_can_be_chosen_by_its_id(string interpretation, string reading)
    {
        var readings = Readings.Default.With(interpretation, reading);
        var found = RuleCatalog.FindInterpretation(interpretation)!;
        Assert.Equal(reading, readings.ReadingOf(found));
        Assert.True(readings.Uses(found, reading));
        Assert.Equal(readings, Readings.Parse(new[] { $"{interpretation}={reading}" }));
    }

    [Fact]
    public void A_misspelt_interpretation_is_refused_with_the_nearest_id()
    {
        var error = Assert.Throws<ArgumentException>(() => Readings.Default.With("at-04-incident-awarness", "local-authority"));
        Assert.StartsWith("no interpretation 'at-04-incident-awarness'; did you mean 'at-04-incident-awareness'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_the_interpretation_does_not_offer_is_refused_listing_those_it_does()
    {
        var error = Assert.Throws<ArgumentException>(() => Readings.Default.With("at-06-lcspr-end", "published"));
        Assert.StartsWith("interpretation 'at-06-lcspr-end' has no reading 'published'; its readings are completed-and-published, completed, submitted.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interpretation_with_no_live_alternative_cannot_be_chosen()
    {
        var error = Assert.Throws<ArgumentException>(() => Readings.Default.With("serious-harm-is-a-judgement", "listed-impairments-only"));
        Assert.Contains("offers no choice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_an_id_is_never_echoed()
    {
        var error = Assert.Throws<ArgumentException>(() => Readings.Default.With("at-04-incident-awareness", "\u001b[2J" + new string('x', 100)));
        Assert.DoesNotContain("\u001b", error.Message, StringComparison.Ordinal);
        Assert.Contains("(not an id)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_the_default_is_the_same_reading_as_naming_nothing()
    {
        var named = Readings.Default.With("at-04-incident-awareness", "earliest-safeguarding-partner");
        Assert.True(named.Uses(TimescaleInterpretations.IncidentAwareness, "earliest-safeguarding-partner"));
        Assert.True(Readings.Default.Uses(TimescaleInterpretations.IncidentAwareness, "earliest-safeguarding-partner"));
        Assert.False(named.Applied(new[] { TimescaleInterpretations.IncidentAwareness })[0].ChosenByCaller);
    }

    [Fact]
    public void Every_choosable_interpretation_is_used_by_a_rule_or_an_edition()
    {
        var used = RuleCatalog.Rules.SelectMany(r => r.Interpretations).Concat(EditionInterpretations.All).ToHashSet();
        Assert.All(RuleCatalog.ChoosableInterpretations, i => Assert.Contains(i, used));
    }

    [Fact]
    public void Under_the_statute_reading_an_emergency_protection_order_needs_the_child_in_the_area_too()
    {
        var facts = Facts(("emergency-protection-order", true), ("reasonable-cause-to-suspect-significant-harm", false), ("police-protection", false));
        Assert.Equal(Outcome.Yes, ReferralAndProtectionRules.Section47.Evaluate(facts).Outcome);
        var readings = Readings.Default.With("s47-area-test", "area-test-on-every-limb");
        var statute = ReferralAndProtectionRules.Section47.Evaluate(facts, readings);
        Assert.Equal(Outcome.Undetermined, statute.Outcome);
        Assert.Contains(statute.FactsToSettle, f => f.Name == "lives-or-found-in-la-area");
        Assert.Equal(Outcome.No, ReferralAndProtectionRules.Section47.Evaluate(Facts(("emergency-protection-order", true), ("reasonable-cause-to-suspect-significant-harm", false), ("police-protection", false), ("lives-or-found-in-la-area", false)), readings).Outcome);
    }

    [Fact]
    public void Under_the_no_upper_age_reading_a_care_leaver_who_died_at_30_is_notified()
    {
        var facts = Facts(("care-leaver", true), ("died", true), ("age-at-death-or-harm", 30));
        Assert.Equal(Outcome.No, SeriousIncidentRules.CareLeaverDeath.Evaluate(facts).Outcome);
        var yes = SeriousIncidentRules.CareLeaverDeath.Evaluate(facts, Readings.Default.With("care-leaver-death-age-limit", "no-upper-age"));
        Assert.Equal(Outcome.Yes, yes.Outcome);
        Assert.Contains(yes.Readings, r => r.Interpretation.Id == "care-leaver-death-age-limit" && r.ChosenByCaller);
    }

    [Fact]
    public void Under_the_doctor_only_reading_a_stillbirth_attended_by_a_midwife_alone_is_reviewed_but_needs_no_joint_agency_response()
    {
        var facts = Facts(("death-kind", "stillbirth"), ("birth-attended", true), ("birth-attended-by-doctor", false));
        var readings = Readings.Default.With("medical-attendance", "doctor-only");
        Assert.Equal(Outcome.No, ChildDeathRules.Scope.Evaluate(facts).Outcome);
        Assert.Equal(Outcome.Yes, ChildDeathRules.Scope.Evaluate(facts, readings).Outcome);
        Assert.Equal(Outcome.No, ChildDeathRules.JointAgencyResponse.Evaluate(facts, readings).Outcome);
    }

    [Fact]
    public void A_determination_and_a_deadline_report_list_every_reading_their_rules_depend_on()
    {
        var determination = ReferralAndProtectionRules.Section47.Evaluate(Safeguarding.Rules.Logic.Facts.None);
        Assert.Equal(new[] { "s47-area-test=as-footnote-47", "section-47-lead-social-worker=default" }, determination.Readings.Select(r => r.ToString()));
        var report = DeadlineEvaluator.Default.Evaluate(CaseTimeline.Empty, new NodaTime.LocalDate(2026, 12, 1));
        Assert.Superset(
            new[] { "at-04-incident-awareness", "at-06-lcspr-end", "at-10-review-anchor", "at-11-non-working-day-start", "wt2026-commencement", "clocks-before-commencement" }.ToHashSet(),
            report.Readings.Select(r => r.Interpretation.Id).ToHashSet());
    }

    [Fact]
    public void Under_the_registrars_test_the_coroner_notifies_the_death_of_someone_who_may_have_been_under_18()
    {
        var facts = Facts(("coroner-investigating", true), ("age-at-death-or-harm", 18), ("was-or-may-have-been-under-18", true));
        Assert.Equal(Outcome.No, ChildDeathRules.CoronerNotification.Evaluate(facts).Outcome);
        Assert.Equal(Outcome.Yes, ChildDeathRules.CoronerNotification.Evaluate(facts, Readings.Default.With("coroner-child-age", "may-have-been-under-18")).Outcome);
    }

    [Fact]
    public void Under_the_conference_called_reading_the_original_authority_may_end_its_plan_once_the_receiving_conference_is_called()
    {
        var facts = Facts(("subject-of-plan", true), ("moved-permanently", true), ("receiving-conference-held", false), ("receiving-conference-convened", true));
        var readings = Readings.Default.With("receiving-conference-held", "conference-called");
        var held = ChildProtectionPlanRules.PlanEnds.Evaluate(facts);
        var called = ChildProtectionPlanRules.PlanEnds.Evaluate(facts, readings);
        Assert.Equal("held", called.Conditions.Single(c => c.Condition.Id == "moved-and-receiving-conference-held").Status.ToString().ToLowerInvariant());
        Assert.NotEqual(held.Conditions.Single(c => c.Condition.Id == "moved-and-receiving-conference-held").Status, called.Conditions.Single(c => c.Condition.Id == "moved-and-receiving-conference-held").Status);
    }

    [Fact]
    public void Every_alternative_is_either_offered_by_id_or_says_why_not()
    {
        var silent = RuleCatalog.Interpretations
            .SelectMany(i => i.Alternatives.Select(a => (i, a)))
            .Where(p => !p.a.Offered && !p.i.TakesDate)
            .Where(p => !new[] { "not offered", "not used", "offered through", "offered as" }.Any(w => p.a.Description.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(p => $"{p.i.Id}={p.a.Id}")
            .ToList();
        Assert.Empty(silent);
    }
}
