using System;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;
using Xunit;

namespace Safeguarding.Rules.Tests.Decisions;

public class FactsTests
{
    [Fact]
    public void A_fact_that_is_not_stated_is_unknown_not_false()
    {
        var facts = Facts.None.With("died", true);
        Assert.Null(facts.ValueOf("looked-after"));
        Assert.False(facts.IsKnown("looked-after"));
        Assert.Equal(true, facts.ValueOf("died"));
    }

    [Fact]
    public void Facts_are_immutable_values_each_change_makes_a_new_set()
    {
        var before = Facts.None.With("age", 17);
        var after = before.With("age", 18).Without("died");
        Assert.Equal(17, before.ValueOf("age"));
        Assert.Equal(18, after.ValueOf("age"));
        Assert.Equal("{ age: 17 }", before.ToString());
    }

    [Fact]
    public void Evaluating_with_a_value_of_the_wrong_type_is_an_error_naming_the_fact_and_the_type()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeriousIncidentRules.CareLeaverDeath.Evaluate(Facts.None.With("age-at-death-or-harm", "twenty")));
        Assert.StartsWith("fact age-at-death-or-harm must be a whole number from 0 to 130", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ChildDeathRules.Scope.Evaluate(Facts.None.With("death-kind", "miscarriage")));
        Assert.Throws<ArgumentException>(() => SeriousIncidentRules.CareLeaverDeath.Evaluate(Facts.None.With("age-at-death-or-harm", 131)));
    }

    [Fact]
    public void Facts_a_rule_does_not_read_are_ignored_so_one_set_serves_every_rule()
    {
        var facts = Facts.None.With("care-leaver", true).With("died", true).With("age-at-death-or-harm", 20).With("death-kind", "stillbirth");
        Assert.Equal(Outcome.Yes, SeriousIncidentRules.CareLeaverDeath.Evaluate(facts).Outcome);
        Assert.Equal(Outcome.No, ChildDeathRules.Scope.Evaluate(facts.With("birth-attended", true)).Outcome);
    }

    [Fact]
    public void Fact_names_are_kebab_case_and_enumerations_need_two_distinct_values()
    {
        Assert.Throws<ArgumentException>(() => FactDefinition.Boolean("Died", "x"));
        Assert.Throws<ArgumentException>(() => FactDefinition.Enumeration("kind", "x", new[] { "a", "a" }));
        Assert.Throws<ArgumentException>(() => FactDefinition.WholeNumber("n", "x", 5, 4));
    }

    [Fact]
    public void A_rule_whose_requirement_is_a_bare_fact_test_is_rejected_so_every_yes_has_a_condition_to_show()
    {
        Assert.Throws<ArgumentException>(() => new DecisionRule(
            "X-1", "t", "q?", Rules.Provenance.Force.Must, Criterion.IsTrue(Vocabulary.Died), Array.Empty<Consequence>(), Array.Empty<Rules.Provenance.Citation>(), Array.Empty<Rules.Provenance.Interpretation>()));
    }
}
