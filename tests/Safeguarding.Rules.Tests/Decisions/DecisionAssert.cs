using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;
using Xunit;

namespace Safeguarding.Rules.Tests.Decisions;

/// <summary>Builds facts from (name, value) pairs and checks determinations.</summary>
internal static class DecisionAssert
{
    public static Facts Facts(params (string Name, object Value)[] facts) =>
        facts.Aggregate(Rules.Logic.Facts.None, (set, f) => DecisionArbitraries.With(set, f.Name, f.Value));

    public static Determination Decide(DecisionRule rule, params (string Name, object Value)[] facts) => rule.Evaluate(Facts(facts));

    public static Determination Yes(DecisionRule rule, params (string Name, object Value)[] facts) => Expect(Outcome.Yes, rule, facts);

    public static Determination No(DecisionRule rule, params (string Name, object Value)[] facts) => Expect(Outcome.No, rule, facts);

    public static Determination Undetermined(DecisionRule rule, string[] missing, params (string Name, object Value)[] facts)
    {
        var determination = Expect(Outcome.Undetermined, rule, facts);
        Assert.Equal(missing.Order(), determination.FactsToSettle.Select(f => f.Name).Order());
        return determination;
    }

    public static string[] Timescales(this Determination determination) =>
        determination.Consequences.SelectMany(c => c.TimescaleRuleIds).Distinct().Order().ToArray();

    public static void HasConsequence(this Determination determination, string actionContains, Rules.Provenance.Force force) =>
        Assert.Contains(determination.Consequences, c => c.Action.Contains(actionContains, System.StringComparison.Ordinal) && c.Force == force);

    public static void LacksConsequence(this Determination determination, string actionContains) =>
        Assert.DoesNotContain(determination.Consequences, c => c.Action.Contains(actionContains, System.StringComparison.Ordinal));

    private static Determination Expect(Outcome outcome, DecisionRule rule, (string Name, object Value)[] facts)
    {
        var determination = rule.Evaluate(Facts(facts));
        Assert.True(outcome == determination.Outcome, $"{rule.Id}: expected {outcome}, got {determination.Outcome} for {Facts(facts)}");
        return determination;
    }
}
