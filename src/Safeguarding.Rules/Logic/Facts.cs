using System;
using System.Collections.Generic;
using System.Linq;

namespace Safeguarding.Rules.Logic;

/// <summary>
/// An immutable set of known facts, by name. A fact that is not in the set is unknown: the library never reads a
/// missing fact as false. One set can be passed to every rule, because rules share their fact names.
/// </summary>
public sealed class Facts
{
    private readonly SortedDictionary<string, object> _values;

    private Facts(SortedDictionary<string, object> values) => _values = values;

    /// <summary>No fact known.</summary>
    public static Facts None { get; } = new(new SortedDictionary<string, object>(StringComparer.Ordinal));

    /// <summary>The names of the known facts, in ordinal order.</summary>
    public IReadOnlyList<string> KnownNames => _values.Keys.ToReadOnly();

    /// <summary>Returns a copy with a true-or-false fact known.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new set.</returns>
    public Facts With(string name, bool value) => Set(name, value);

    /// <summary>Returns a copy with an enumerated fact known.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value, one of the fact's allowed values.</param>
    /// <returns>The new set.</returns>
    public Facts With(string name, string value) => Set(name, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>Returns a copy with a whole-number fact known.</summary>
    /// <param name="name">The fact's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new set.</returns>
    public Facts With(string name, int value) => Set(name, value);

    /// <summary>Returns a copy with a fact made unknown.</summary>
    /// <param name="name">The fact's name.</param>
    /// <returns>The new set.</returns>
    public Facts Without(string name)
    {
        var copy = new SortedDictionary<string, object>(_values, StringComparer.Ordinal);
        copy.Remove(name);
        return new Facts(copy);
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

        var copy = new SortedDictionary<string, object>(_values, StringComparer.Ordinal) { [name] = value };
        return new Facts(copy);
    }
}
