using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;

namespace Safeguarding.Rules.Tests.Decisions;

/// <summary>A rule and an arbitrary set of its facts, each fact known (with any allowed value) or unknown.</summary>
public sealed record RuleCase(DecisionRule Rule, Facts Facts)
{
    public override string ToString() => $"{Rule.Id} {Facts}";
}

/// <summary>A rule and a set of its facts in which every fact is known.</summary>
public sealed record KnownCase(DecisionRule Rule, Facts Facts)
{
    public override string ToString() => $"{Rule.Id} {Facts}";
}

/// <summary>A rule, a set of its facts, and one more fact made known (a refinement of the set).</summary>
public sealed record RefinementCase(DecisionRule Rule, Facts Before, Facts After, string Fact)
{
    public override string ToString() => $"{Rule.Id} {Before} + {Fact} = {After}";
}

/// <summary>Generators over every decision rule in the catalogue.</summary>
public static class DecisionArbitraries
{
    private static Gen<DecisionRule> Rules => Gen.Elements(DecisionRules.All.ToArray());

    public static Arbitrary<RuleCase> RuleCase() =>
        Rules.SelectMany(r => FactsFor(r, unknownWeight: 1).Select(f => new RuleCase(r, f))).ToArbitrary();

    public static Arbitrary<KnownCase> KnownCase() =>
        Rules.SelectMany(r => FactsFor(r, unknownWeight: 0).Select(f => new KnownCase(r, f))).ToArbitrary();

    public static Arbitrary<RefinementCase> RefinementCase() =>
        Rules.SelectMany(rule => FactsFor(rule, unknownWeight: 2).SelectMany(facts =>
            Gen.Elements(rule.Facts.ToArray()).SelectMany(fact =>
                ValueOf(fact).Select(value => new RefinementCase(rule, facts.Without(fact.Name), With(facts, fact.Name, value), fact.Name)))))
        .ToArbitrary();

    public static Facts With(Facts facts, string name, object value) => value switch
    {
        bool b => facts.With(name, b),
        string s => facts.With(name, s),
        int n => facts.With(name, n),
        _ => throw new ArgumentException("unsupported value", nameof(value)),
    };

    private static Gen<Facts> FactsFor(DecisionRule rule, int unknownWeight)
    {
        var gen = Gen.Constant(Facts.None);
        foreach (var fact in rule.Facts)
        {
            var known = ValueOf(fact);
            gen = gen.SelectMany(facts => unknownWeight == 0
                ? known.Select(v => With(facts, fact.Name, v))
                : Gen.Frequency((unknownWeight, Gen.Constant(facts)), (3, known.Select(v => With(facts, fact.Name, v)))));
        }

        return gen;
    }

    /// <summary>Any allowed value; ages favour the range around the text's boundaries (17, 18, 24, 25).</summary>
    private static Gen<object> ValueOf(FactDefinition fact) => fact.Type switch
    {
        FactType.Boolean => Gen.Elements<object>(true, false),
        FactType.Enumeration => Gen.Elements(fact.AllowedValues.ToArray()).Select(v => (object)v),
        _ => Gen.Frequency(
                (3, Gen.Choose(fact.Minimum, Math.Min(fact.Maximum, 30))),
                (1, Gen.Choose(fact.Minimum, fact.Maximum)))
            .Select(v => (object)v),
    };
}
