using System.Linq;
using FsCheck.Xunit;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;
using Xunit;

namespace Safeguarding.Rules.Tests.Decisions;

/// <summary>The laws every decision rule obeys, over every rule in the catalogue and arbitrary facts.</summary>
[Properties(Arbitrary = new[] { typeof(DecisionArbitraries) }, MaxTest = 3000)]
public class DecisionLawTests
{
    [Property]
    public bool Knowing_one_more_fact_never_turns_yes_into_no_or_no_into_yes(RefinementCase c)
    {
        var before = c.Rule.Evaluate(c.Before).Outcome;
        var after = c.Rule.Evaluate(c.After).Outcome;
        return before == Outcome.Undetermined || after == before;
    }

    [Property]
    public bool With_every_fact_known_no_rule_is_undetermined(KnownCase c) =>
        c.Rule.Evaluate(c.Facts).Outcome != Outcome.Undetermined;

    [Property]
    public bool With_every_fact_known_no_condition_is_unknown_and_nothing_is_left_to_settle(KnownCase c)
    {
        var determination = c.Rule.Evaluate(c.Facts);
        return determination.Conditions.All(r => r.Status != ConditionStatus.Unknown) && determination.FactsToSettle.Count == 0;
    }

    [Property]
    public bool An_undetermined_answer_names_at_least_one_missing_fact_and_only_facts_unknown_in_the_input(RuleCase c)
    {
        var determination = c.Rule.Evaluate(c.Facts);
        return determination.Outcome != Outcome.Undetermined ||
               (determination.FactsToSettle.Count > 0 && determination.FactsToSettle.All(f => !c.Facts.IsKnown(f.Name)));
    }

    [Property]
    public bool Every_fact_named_to_settle_anything_is_unknown_in_the_input(RuleCase c) =>
        c.Rule.Evaluate(c.Facts).FactsToSettle.All(f => !c.Facts.IsKnown(f.Name));

    [Property]
    public bool Every_yes_lists_at_least_one_held_condition_with_a_citation(RuleCase c)
    {
        var determination = c.Rule.Evaluate(c.Facts);
        return determination.Outcome != Outcome.Yes ||
               determination.Conditions.Any(r => r.Status == ConditionStatus.Held && r.Condition.Citations.Count > 0);
    }

    [Property]
    public bool Every_no_lists_at_least_one_failed_condition(RuleCase c)
    {
        var determination = c.Rule.Evaluate(c.Facts);
        return determination.Outcome != Outcome.No || determination.Conditions.Any(r => r.Status == ConditionStatus.Failed);
    }

    [Property]
    public bool Consequences_follow_only_from_a_settled_answer_and_match_it(RuleCase c)
    {
        var determination = c.Rule.Evaluate(c.Facts);
        return determination.Outcome == Outcome.Undetermined
            ? determination.Consequences.Count == 0 && determination.PossibleConsequences.Count == 0
            : determination.Consequences.Concat(determination.PossibleConsequences).All(q => q.On == determination.Outcome);
    }

    [Property]
    public bool Settling_the_named_facts_settles_an_undetermined_answer_or_names_new_ones(RefinementCase c)
    {
        // Knowing a fact that was named as missing either settles the answer or leaves a smaller set to settle.
        var before = c.Rule.Evaluate(c.Before);
        if (before.Outcome != Outcome.Undetermined || before.FactsToSettle.All(f => f.Name != c.Fact))
        {
            return true;
        }

        var after = c.Rule.Evaluate(c.After);
        return after.Outcome != Outcome.Undetermined || after.FactsToSettle.All(f => f.Name != c.Fact);
    }

    [Fact]
    public void Every_rule_has_facts_conditions_and_a_cited_source()
    {
        Assert.All(DecisionRules.All, r =>
        {
            Assert.NotEmpty(r.Facts);
            Assert.NotEmpty(r.Conditions);
            Assert.NotEmpty(r.Source);
            Assert.All(r.Conditions, c => Assert.NotEmpty(c.Citations));
        });
    }

    [Fact]
    public void Rule_ids_are_unique()
    {
        var ids = DecisionRules.All.Select(r => r.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void With_no_facts_every_rule_is_undetermined_and_says_what_would_settle_it()
    {
        Assert.All(DecisionRules.All, r =>
        {
            var determination = r.Evaluate(Facts.None);
            Assert.Equal(Outcome.Undetermined, determination.Outcome);
            Assert.NotEmpty(determination.FactsToSettle);
        });
    }
}

public class TimescaleReferenceTests
{
    [Fact]
    public void Every_timescale_a_consequence_starts_is_named_by_an_inventory_DL_id()
    {
        // The inventory's §1 defines DL-01..DL-27, DL-40..DL-63, DL-70..DL-77 and DL-80..DL-86.
        static bool Defined(int n) => n is (>= 1 and <= 27) or (>= 40 and <= 63) or (>= 70 and <= 77) or (>= 80 and <= 86);
        var ids = DecisionRules.All.SelectMany(r => r.Consequences).SelectMany(c => c.TimescaleRuleIds).Distinct().ToArray();
        Assert.NotEmpty(ids);
        Assert.All(ids, id =>
        {
            Assert.Matches("^DL-[0-9]{2}$", id);
            Assert.True(Defined(int.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture)), id);
        });
    }
}
