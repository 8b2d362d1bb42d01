using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Safeguarding.Rules.Logic;

/// <summary>
/// A test over facts, evaluated in three-valued (Kleene) logic: true, false, or unknown when a fact it needs is
/// unknown and the known facts do not settle it. "All of" is false as soon as one part is false; "any of" is true as
/// soon as one part is true. Knowing more facts therefore never turns true into false or false into true.
/// </summary>
public abstract class Criterion
{
    private protected Criterion()
    {
    }

    /// <summary>The facts this test reads, each once, in order of first use.</summary>
    public IReadOnlyList<FactDefinition> FactsUsed => Leaves().Distinct().ToArray();

    /// <summary>Holds when a true-or-false fact is true.</summary>
    /// <param name="fact">A boolean fact.</param>
    /// <returns>The test.</returns>
    public static Criterion IsTrue(FactDefinition fact) => new FactTest(RequireType(fact, FactType.Boolean), v => (bool)v, $"`{fact.Name}`");

    /// <summary>Holds when a true-or-false fact is false.</summary>
    /// <param name="fact">A boolean fact.</param>
    /// <returns>The test.</returns>
    public static Criterion IsFalse(FactDefinition fact) => new FactTest(RequireType(fact, FactType.Boolean), v => !(bool)v, $"not `{fact.Name}`");

    /// <summary>Holds when an enumerated fact has one of the given values.</summary>
    /// <param name="fact">An enumerated fact.</param>
    /// <param name="values">Allowed values of the fact.</param>
    /// <returns>The test.</returns>
    public static Criterion IsOneOf(FactDefinition fact, params string[] values)
    {
        RequireType(fact, FactType.Enumeration);
        if (values is null || values.Length == 0 || values.Any(v => !fact.AllowedValues.Contains(v, StringComparer.Ordinal)))
        {
            throw new ArgumentException($"values must be among {string.Join(", ", fact.AllowedValues)}", nameof(values));
        }

        var set = values.ToArray();
        return new FactTest(fact, v => set.Contains((string)v, StringComparer.Ordinal), $"`{fact.Name}` is {string.Join(" or ", set.Select(s => "\"" + s + "\""))}");
    }

    /// <summary>Holds when a whole-number fact is less than a bound.</summary>
    /// <param name="fact">A whole-number fact.</param>
    /// <param name="bound">The bound, taken from the text.</param>
    /// <returns>The test.</returns>
    public static Criterion LessThan(FactDefinition fact, int bound) =>
        new FactTest(RequireType(fact, FactType.WholeNumber), v => (int)v < bound, string.Format(CultureInfo.InvariantCulture, "`{0}` < {1}", fact.Name, bound));

    /// <summary>Holds when a whole-number fact is at least a bound.</summary>
    /// <param name="fact">A whole-number fact.</param>
    /// <param name="bound">The bound, taken from the text.</param>
    /// <returns>The test.</returns>
    public static Criterion AtLeast(FactDefinition fact, int bound) =>
        new FactTest(RequireType(fact, FactType.WholeNumber), v => (int)v >= bound, string.Format(CultureInfo.InvariantCulture, "`{0}` ≥ {1}", fact.Name, bound));

    /// <summary>Holds when a whole-number fact is at most a bound.</summary>
    /// <param name="fact">A whole-number fact.</param>
    /// <param name="bound">The bound, taken from the text.</param>
    /// <returns>The test.</returns>
    public static Criterion AtMost(FactDefinition fact, int bound) =>
        new FactTest(RequireType(fact, FactType.WholeNumber), v => (int)v <= bound, string.Format(CultureInfo.InvariantCulture, "`{0}` ≤ {1}", fact.Name, bound));

    /// <summary>Holds when every part holds; fails when any part fails.</summary>
    /// <param name="parts">At least one part.</param>
    /// <returns>The test.</returns>
    public static Criterion AllOf(params Criterion[] parts) => new Combination(true, parts);

    /// <summary>Holds when any part holds; fails when every part fails.</summary>
    /// <param name="parts">At least one part.</param>
    /// <returns>The test.</returns>
    public static Criterion AnyOf(params Criterion[] parts) => new Combination(false, parts);

    /// <summary>Holds when the inner test fails, and fails when it holds.</summary>
    /// <param name="inner">The inner test.</param>
    /// <returns>The test.</returns>
    public static Criterion Negation(Criterion inner) => new Negated(inner ?? throw new ArgumentNullException(nameof(inner)));

    /// <summary>The test in words, with fact names in backticks.</summary>
    /// <returns>The description.</returns>
    public abstract override string ToString();

    internal abstract Truth Evaluate(Facts facts);

    /// <summary>The unknown facts that would settle this test, when it evaluates to unknown.</summary>
    internal abstract IEnumerable<FactDefinition> Unsettled(Facts facts);

    internal abstract IEnumerable<FactDefinition> Leaves();

    internal abstract IEnumerable<Condition> ConditionsWithin();

    private static FactDefinition RequireType(FactDefinition fact, FactType type)
    {
        if (fact is null)
        {
            throw new ArgumentNullException(nameof(fact));
        }

        return fact.Type == type ? fact : throw new ArgumentException($"fact {fact.Name} is not of type {type}", nameof(fact));
    }

    private sealed class FactTest : Criterion
    {
        private readonly FactDefinition _fact;
        private readonly Func<object, bool> _test;
        private readonly string _text;

        public FactTest(FactDefinition fact, Func<object, bool> test, string text)
        {
            _fact = fact;
            _test = test;
            _text = text;
        }

        public override string ToString() => _text;

        internal override Truth Evaluate(Facts facts)
        {
            var value = facts.ValueOf(_fact.Name);
            return value is null ? Truth.Unknown : _test(value) ? Truth.True : Truth.False;
        }

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts) =>
            facts.IsKnown(_fact.Name) ? Array.Empty<FactDefinition>() : new[] { _fact };

        internal override IEnumerable<FactDefinition> Leaves() => new[] { _fact };

        internal override IEnumerable<Condition> ConditionsWithin() => Array.Empty<Condition>();
    }

    private sealed class Combination : Criterion
    {
        private readonly bool _all;
        private readonly Criterion[] _parts;

        public Combination(bool all, Criterion[] parts)
        {
            _all = all;
            _parts = parts ?? throw new ArgumentNullException(nameof(parts));
            if (_parts.Length == 0 || _parts.Any(p => p is null))
            {
                throw new ArgumentException("a combination needs at least one part and no null part", nameof(parts));
            }
        }

        internal Criterion[] Parts => _parts;

        internal bool IsAll => _all;

        public override string ToString() =>
            _parts.Length == 1 ? _parts[0].ToString() : (_all ? "all of (" : "any of (") + string.Join("; ", _parts.Select(p => p.ToString())) + ")";

        internal override Truth Evaluate(Facts facts)
        {
            var results = _parts.Select(p => p.Evaluate(facts)).ToArray();
            var decisive = _all ? Truth.False : Truth.True;
            if (results.Contains(decisive))
            {
                return decisive;
            }

            return results.Contains(Truth.Unknown) ? Truth.Unknown : (_all ? Truth.True : Truth.False);
        }

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts) =>
            Evaluate(facts) != Truth.Unknown
                ? Array.Empty<FactDefinition>()
                : _parts.Where(p => p.Evaluate(facts) == Truth.Unknown).SelectMany(p => p.Unsettled(facts));

        internal override IEnumerable<FactDefinition> Leaves() => _parts.SelectMany(p => p.Leaves());

        internal override IEnumerable<Condition> ConditionsWithin() => _parts.SelectMany(p => p.ConditionsWithin());
    }

    private sealed class Negated : Criterion
    {
        private readonly Criterion _inner;

        public Negated(Criterion inner) => _inner = inner;

        public override string ToString() => "not " + _inner;

        internal override Truth Evaluate(Facts facts) => _inner.Evaluate(facts) switch
        {
            Truth.True => Truth.False,
            Truth.False => Truth.True,
            _ => Truth.Unknown,
        };

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts) => _inner.Unsettled(facts);

        internal override IEnumerable<FactDefinition> Leaves() => _inner.Leaves();

        internal override IEnumerable<Condition> ConditionsWithin() => _inner.ConditionsWithin();
    }

    internal static bool IsConditionTree(Criterion criterion) => criterion switch
    {
        Condition => true,
        Combination c => c.Parts.All(IsConditionTree),
        _ => false,
    };

    /// <summary>A test as an outline of its conditions' ids: "all of (a, b, any of (c, d))".</summary>
    /// <param name="criterion">The test.</param>
    /// <returns>The outline, with condition ids in backticks.</returns>
    public static string OutlineOf(Criterion criterion) => criterion switch
    {
        null => throw new ArgumentNullException(nameof(criterion)),
        Condition c => "`" + c.Id + "`",
        Combination c when c.Parts.Length == 1 => OutlineOf(c.Parts[0]),
        Combination c => (c.IsAll ? "all of (" : "any of (") + string.Join(", ", c.Parts.Select(OutlineOf)) + ")",
        _ => criterion.ToString(),
    };
}

/// <summary>Three-valued truth.</summary>
internal enum Truth
{
    False = 0,
    Unknown = 1,
    True = 2,
}
