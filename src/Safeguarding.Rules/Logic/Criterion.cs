using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Safeguarding.Rules.Provenance;

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
    public IReadOnlyList<FactDefinition> FactsUsed => Leaves().Distinct().ToReadOnly();

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

    /// <summary>
    /// A test that depends on how an ambiguous text is read: <paramref name="byDefault"/> under the interpretation's
    /// default reading, <paramref name="alternative"/> when the caller chooses <paramref name="alternativeId"/>
    /// (see <see cref="Readings"/>). The facts of both count as facts the rule reads.
    /// </summary>
    /// <param name="interpretation">The interpretation.</param>
    /// <param name="byDefault">The test under the default reading.</param>
    /// <param name="alternativeId">The id of an offered alternative.</param>
    /// <param name="alternative">The test under that alternative.</param>
    /// <returns>The test.</returns>
    /// <exception cref="ArgumentException">The interpretation does not offer that alternative.</exception>
    public static Criterion ByReading(Interpretation interpretation, Criterion byDefault, string alternativeId, Criterion alternative)
    {
        if (interpretation is null)
        {
            throw new ArgumentNullException(nameof(interpretation));
        }

        if (!interpretation.Alternatives.Any(a => a.Offered && string.Equals(a.Id, alternativeId, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"interpretation {interpretation.Id} offers no alternative '{alternativeId}'", nameof(alternativeId));
        }

        return new ReadingChoice(interpretation, byDefault ?? throw new ArgumentNullException(nameof(byDefault)), alternativeId, alternative ?? throw new ArgumentNullException(nameof(alternative)));
    }

    /// <summary>A test that always holds and reads no fact (for a reading under which a condition falls away).</summary>
    /// <param name="text">What it stands for, in words.</param>
    /// <returns>The test.</returns>
    public static Criterion Always(string text) => new Constant(Guard.Text(text, nameof(text)));

    /// <summary>Holds when the inner test fails, and fails when it holds.</summary>
    /// <param name="inner">The inner test.</param>
    /// <returns>The test.</returns>
    public static Criterion Negation(Criterion inner) => new Negated(inner ?? throw new ArgumentNullException(nameof(inner)));

    /// <summary>The test in words, with fact names in backticks.</summary>
    /// <returns>The description.</returns>
    public abstract override string ToString();

    internal abstract Truth Evaluate(Facts facts, Readings readings);

    /// <summary>The unknown facts that would settle this test, when it evaluates to unknown.</summary>
    internal abstract IEnumerable<FactDefinition> Unsettled(Facts facts, Readings readings);

    internal abstract IEnumerable<FactDefinition> Leaves();

    internal abstract IEnumerable<Condition> ConditionsWithin();

    /// <summary>The interpretations whose reading this test depends on.</summary>
    internal virtual IEnumerable<Interpretation> InterpretationsWithin() => Array.Empty<Interpretation>();

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

        internal override Truth Evaluate(Facts facts, Readings readings)
        {
            var value = facts.ValueOf(_fact.Name);
            return value is null ? Truth.Unknown : _test(value) ? Truth.True : Truth.False;
        }

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts, Readings readings) =>
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

        internal override Truth Evaluate(Facts facts, Readings readings)
        {
            var results = _parts.Select(p => p.Evaluate(facts, readings)).ToArray();
            var decisive = _all ? Truth.False : Truth.True;
            if (results.Contains(decisive))
            {
                return decisive;
            }

            return results.Contains(Truth.Unknown) ? Truth.Unknown : (_all ? Truth.True : Truth.False);
        }

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts, Readings readings) =>
            Evaluate(facts, readings) != Truth.Unknown
                ? Array.Empty<FactDefinition>()
                : _parts.Where(p => p.Evaluate(facts, readings) == Truth.Unknown).SelectMany(p => p.Unsettled(facts, readings));

        internal override IEnumerable<FactDefinition> Leaves() => _parts.SelectMany(p => p.Leaves());

        internal override IEnumerable<Condition> ConditionsWithin() => _parts.SelectMany(p => p.ConditionsWithin());

        internal override IEnumerable<Interpretation> InterpretationsWithin() => _parts.SelectMany(p => p.InterpretationsWithin());
    }

    private sealed class Negated : Criterion
    {
        private readonly Criterion _inner;

        public Negated(Criterion inner) => _inner = inner;

        public override string ToString() => "not " + _inner;

        internal override Truth Evaluate(Facts facts, Readings readings) => _inner.Evaluate(facts, readings) switch
        {
            Truth.True => Truth.False,
            Truth.False => Truth.True,
            _ => Truth.Unknown,
        };

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts, Readings readings) => _inner.Unsettled(facts, readings);

        internal override IEnumerable<FactDefinition> Leaves() => _inner.Leaves();

        internal override IEnumerable<Condition> ConditionsWithin() => _inner.ConditionsWithin();

        internal override IEnumerable<Interpretation> InterpretationsWithin() => _inner.InterpretationsWithin();
    }

    private sealed class ReadingChoice : Criterion
    {
        private readonly Interpretation _interpretation;
        private readonly Criterion _default;
        private readonly string _alternativeId;
        private readonly Criterion _alternative;

        public ReadingChoice(Interpretation interpretation, Criterion byDefault, string alternativeId, Criterion alternative)
        {
            _interpretation = interpretation;
            _default = byDefault;
            _alternativeId = alternativeId;
            _alternative = alternative;
        }

        public override string ToString() => $"{_default} (reading {_interpretation.Id}={_interpretation.DefaultId}; {_alternativeId}: {_alternative})";

        internal override Truth Evaluate(Facts facts, Readings readings) => Chosen(readings).Evaluate(facts, readings);

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts, Readings readings) => Chosen(readings).Unsettled(facts, readings);

        internal override IEnumerable<FactDefinition> Leaves() => _default.Leaves().Concat(_alternative.Leaves());

        internal override IEnumerable<Condition> ConditionsWithin() => _default.ConditionsWithin().Concat(_alternative.ConditionsWithin());

        internal override IEnumerable<Interpretation> InterpretationsWithin() =>
            new[] { _interpretation }.Concat(_default.InterpretationsWithin()).Concat(_alternative.InterpretationsWithin());

        private Criterion Chosen(Readings readings) => readings.Uses(_interpretation, _alternativeId) ? _alternative : _default;
    }

    private sealed class Constant : Criterion
    {
        private readonly string _text;

        public Constant(string text) => _text = text;

        public override string ToString() => _text;

        internal override Truth Evaluate(Facts facts, Readings readings) => Truth.True;

        internal override IEnumerable<FactDefinition> Unsettled(Facts facts, Readings readings) => Array.Empty<FactDefinition>();

        internal override IEnumerable<FactDefinition> Leaves() => Array.Empty<FactDefinition>();

        internal override IEnumerable<Condition> ConditionsWithin() => Array.Empty<Condition>();
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
