using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Logic;

/// <summary>The type of a fact's value. Every fact may also be unknown.</summary>
public enum FactType
{
    /// <summary>True or false.</summary>
    Boolean = 0,

    /// <summary>One of a fixed list of kebab-case values.</summary>
    Enumeration = 1,

    /// <summary>A whole number in a stated range, such as an age in completed years.</summary>
    WholeNumber = 2,
}

/// <summary>
/// A fact a decision rule takes: a kebab-case name shared by every rule that needs it, so that a caller states a fact
/// once; its type; and what it means. A fact that is not stated is unknown.
/// </summary>
/// <remarks>Instances are immutable and compared by <see cref="Name"/>.</remarks>
public sealed class FactDefinition : ICited, IEquatable<FactDefinition>
{
    private FactDefinition(string name, FactType type, string description, IEnumerable<string> allowedValues, int minimum, int maximum, IEnumerable<Citation> citations)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Any(c => !(c == '-' || char.IsDigit(c) || (c >= 'a' && c <= 'z'))))
        {
            throw new ArgumentException("a fact name is kebab-case: lower-case letters, digits and hyphens", nameof(name));
        }

        Name = name;
        Type = type;
        Description = Guard.Text(description, nameof(description));
        AllowedValues = allowedValues.ToReadOnly();
        Minimum = minimum;
        Maximum = maximum;
        Citations = (citations ?? throw new ArgumentNullException(nameof(citations))).ToReadOnly();
    }

    /// <summary>The kebab-case name, such as <c>looked-after</c>.</summary>
    public string Name { get; }

    /// <summary>The type of the value.</summary>
    public FactType Type { get; }

    /// <summary>What the fact means, in words a practitioner can answer.</summary>
    public string Description { get; }

    /// <summary>For an enumeration, the allowed values; otherwise empty.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>For a whole number, the smallest allowed value; otherwise 0.</summary>
    public int Minimum { get; }

    /// <summary>For a whole number, the largest allowed value; otherwise 0.</summary>
    public int Maximum { get; }

    /// <summary>The text that uses the term, where the fact needs one.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The type as a reader sees it: "true or false", "one of: a, b", "a whole number from 0 to 130".</summary>
    public string ExpectedType => Type switch
    {
        FactType.Boolean => "true or false",
        FactType.Enumeration => "one of: " + string.Join(", ", AllowedValues),
        _ => string.Format(CultureInfo.InvariantCulture, "a whole number from {0} to {1}", Minimum, Maximum),
    };

    /// <summary>Defines a true-or-false fact.</summary>
    /// <param name="name">The kebab-case name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="citations">The text that uses the term, if any.</param>
    /// <returns>The definition.</returns>
    public static FactDefinition Boolean(string name, string description, params Citation[] citations) =>
        new(name, FactType.Boolean, description, Array.Empty<string>(), 0, 0, citations);

    /// <summary>Defines a fact that takes one of a fixed list of values.</summary>
    /// <param name="name">The kebab-case name.</param>
    /// <param name="description">What it means, including what each value means.</param>
    /// <param name="allowedValues">The allowed kebab-case values (at least two).</param>
    /// <param name="citations">The text that uses the term, if any.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">Fewer than two values, or a value repeats.</exception>
    public static FactDefinition Enumeration(string name, string description, IEnumerable<string> allowedValues, params Citation[] citations)
    {
        var values = (allowedValues ?? throw new ArgumentNullException(nameof(allowedValues))).ToArray();
        if (values.Length < 2 || values.Distinct(StringComparer.Ordinal).Count() != values.Length)
        {
            throw new ArgumentException("an enumeration needs at least two distinct values", nameof(allowedValues));
        }

        return new(name, FactType.Enumeration, description, values, 0, 0, citations);
    }

    /// <summary>Defines a whole-number fact in a range.</summary>
    /// <param name="name">The kebab-case name.</param>
    /// <param name="description">What it means.</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <param name="maximum">The largest allowed value.</param>
    /// <param name="citations">The text that uses the term, if any.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">The range is empty.</exception>
    public static FactDefinition WholeNumber(string name, string description, int minimum, int maximum, params Citation[] citations) =>
        maximum < minimum
            ? throw new ArgumentException("the range is empty", nameof(maximum))
            : new(name, FactType.WholeNumber, description, Array.Empty<string>(), minimum, maximum, citations);

    /// <summary>Whether a value is of this fact's type and in its range or list.</summary>
    /// <param name="value">A <see cref="bool"/>, <see cref="string"/> or <see cref="int"/>.</param>
    /// <returns>True if the value is allowed.</returns>
    public bool Accepts(object? value) => Type switch
    {
        FactType.Boolean => value is bool,
        FactType.Enumeration => value is string s && AllowedValues.Contains(s, StringComparer.Ordinal),
        _ => value is int n && n >= Minimum && n <= Maximum,
    };

    /// <inheritdoc />
    public bool Equals(FactDefinition? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FactDefinition);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({ExpectedType})";
}
