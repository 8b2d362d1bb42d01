using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Safeguarding.Rules.Logic;

/// <summary>
/// An immutable set of known facts, by name. A fact that is not in the set is unknown: the library never reads a
/// missing fact as false. One set can be passed to every rule, because rules share their fact names. Names are checked
/// where the set is made: a name outside the vocabulary (a misspelling, say) is rejected at once, naming the nearest
/// valid name, instead of leaving the fact silently unknown.
/// </summary>
public sealed class Facts
{
    private static readonly Lazy<NameSet> LibraryVocabulary = new(() => new NameSet(Decisions.DecisionRules.Facts));

    private static readonly Regex NameLike = new("^[A-Za-z0-9_.-]{1,40}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly SortedDictionary<string, object> _values;

    // The names this set accepts; null for the library's vocabulary (every fact a decision rule reads).
    private readonly NameSet? _vocabulary;

    private Facts(SortedDictionary<string, object> values, NameSet? vocabulary)
    {
        _values = values;
        _vocabulary = vocabulary;
    }

    /// <summary>No fact known, in the library's vocabulary: every fact a decision rule reads (<see cref="Decisions.DecisionRules.Facts"/>).</summary>
    public static Facts None { get; } = new(new SortedDictionary<string, object>(StringComparer.Ordinal), null);

    /// <summary>
    /// No fact known, in a vocabulary of the caller's own (for criteria built over facts the library does not define).
    /// </summary>
    /// <param name="vocabulary">The facts the set may name.</param>
    /// <returns>An empty set that accepts only those names.</returns>
    /// <exception cref="ArgumentNullException">The vocabulary or one of its facts is null.</exception>
    public static Facts Over(IEnumerable<FactDefinition> vocabulary)
    {
        var facts = (vocabulary ?? throw new ArgumentNullException(nameof(vocabulary))).ToArray();
        if (Array.IndexOf(facts, null) >= 0)
        {
            throw new ArgumentNullException(nameof(vocabulary), "A fact is null.");
        }

        return new(new SortedDictionary<string, object>(StringComparer.Ordinal), new NameSet(facts));
    }

    /// <summary>No fact known, in a vocabulary of the caller's own.</summary>
    /// <param name="vocabulary">The facts the set may name.</param>
    /// <returns>An empty set that accepts only those names.</returns>
    public static Facts Over(params FactDefinition[] vocabulary) => Over((IEnumerable<FactDefinition>)vocabulary);

    /// <summary>The names of the known facts, in ordinal order.</summary>
    public IReadOnlyList<string> KnownNames => _values.Keys.ToReadOnly();

    /// <summary>Returns a copy with a true-or-false fact known.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The name is blank or outside the vocabulary.</exception>
    public Facts With(string name, bool value) => Set(name, value);

    /// <summary>Returns a copy with an enumerated fact known.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value, one of the fact's allowed values.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The name is blank or outside the vocabulary.</exception>
    public Facts With(string name, string value) => Set(name, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Returns a copy with a whole-number fact known.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The name is blank or outside the vocabulary.</exception>
    public Facts With(string name, int value) => Set(name, value);

    /// <summary>Returns a copy with a fact made unknown.</summary>
    /// <param name="name">The fact's name.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The name is outside the vocabulary.</exception>
    public Facts Without(string name)
    {
        Check(name);
        var copy = new SortedDictionary<string, object>(_values, StringComparer.Ordinal);
        copy.Remove(name);
        return new Facts(copy, _vocabulary);
    }

    /// <summary>Whether a fact is known.</summary>
    /// <param name="name">The fact's name.</param>
    /// <returns>True if known.</returns>
    public bool IsKnown(string name) => _values.ContainsKey(name);

    /// <summary>The value of a fact: a <see cref="bool"/>, <see cref="string"/> or <see cref="int"/>, or null when unknown.</summary>
    /// <param name="name">The fact's name.</param>
    /// <returns>The value, or null.</returns>
    public object? ValueOf(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <inheritdoc />
    public override string ToString() =>
        _values.Count == 0 ? "{}" : "{ " + string.Join(", ", _values.Select(p => $"{p.Key}: {Format(p.Value)}")) + " }";

    internal static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        string s => "\"" + s + "\"",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private Facts Set(string name, object value)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("must not be blank", nameof(name));
        }

        Check(name);
        var copy = new SortedDictionary<string, object>(_values, StringComparer.Ordinal) { [name] = value };
        return new Facts(copy, _vocabulary);
    }

    // A name outside the vocabulary is rejected, naming it only when it looks like a name (it may be anything a file
    // held: personal data, control characters, a megabyte), with the nearest valid name.
    private void Check(string name)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var vocabulary = _vocabulary ?? LibraryVocabulary.Value;
        if (vocabulary.Contains(name))
        {
            return;
        }

        bool nameLike = NameLike.IsMatch(name);
        string nearest = nameLike ? vocabulary.Nearest(name) : string.Empty;
        string what = nameLike ? $"unknown fact '{name}'" : "an unknown fact name";
        throw new ArgumentException(nearest.Length > 0 ? $"{what}; did you mean '{nearest}'?" : $"{what}.", nameof(name));
    }

    private sealed class NameSet
    {
        private readonly HashSet<string> names;

        public NameSet(IEnumerable<FactDefinition> facts)
        {
            names = new HashSet<string>(facts.Select(f => f.Name), StringComparer.Ordinal);
            Names = names.OrderBy(n => n, StringComparer.Ordinal).ToReadOnly();
        }

        public IReadOnlyList<string> Names { get; }

        public bool Contains(string name) => names.Contains(name);

        // The valid name nearest a mistyped one; empty when none is near enough to be a slip.
        public string Nearest(string name) => NearestName.Find(name, Names) ?? string.Empty;
    }
}
