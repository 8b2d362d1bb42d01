using System;
using System.Collections.Generic;
using System.Linq;

namespace Safeguarding.Rules.Provenance;

/// <summary>
/// A named reading of text that admits more than one, with the alternatives the library did not choose as its
/// default. The generated rule documentation states every interpretation so that a policy team can disagree with it.
/// </summary>
public sealed class Interpretation : ICited
{
    /// <summary>Creates an interpretation.</summary>
    /// <param name="id">A stable kebab-case identifier.</param>
    /// <param name="title">A short title a policy reader understands.</param>
    /// <param name="reading">The reading the library applies by default.</param>
    /// <param name="alternatives">Other readings the text admits (may be empty where the reading is a convention with no live alternative).</param>
    /// <param name="citations">The text that needs interpreting.</param>
    /// <exception cref="ArgumentException">A required value is blank, or there is no citation.</exception>
    public Interpretation(
        string id,
        string title,
        string reading,
        IEnumerable<InterpretationAlternative> alternatives,
        IEnumerable<Citation> citations)
    {
        Id = Require(id, nameof(id));
        Title = Require(title, nameof(title));
        Reading = Require(reading, nameof(reading));
        Alternatives = (alternatives ?? throw new ArgumentNullException(nameof(alternatives))).ToArray();
        Citations = (citations ?? throw new ArgumentNullException(nameof(citations))).ToArray();
        if (Citations.Count == 0)
        {
            throw new ArgumentException("an interpretation must cite the text it reads", nameof(citations));
        }
    }

    /// <summary>A stable kebab-case identifier.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The reading the library applies by default.</summary>
    public string Reading { get; }

    /// <summary>The readings not chosen as the default; a caller may choose one where the API offers it.</summary>
    public IReadOnlyList<InterpretationAlternative> Alternatives { get; }

    /// <summary>The text being read.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Reading}";

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("must not be blank", name) : value;
}

/// <summary>A reading of ambiguous text that the library does not apply by default.</summary>
/// <param name="Id">A stable kebab-case identifier.</param>
/// <param name="Description">The reading, in words.</param>
public sealed record InterpretationAlternative(string Id, string Description);
