using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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
    /// <param name="defaultId">The kebab-case id of the default reading, which a caller may also name explicitly; "default" when the reading has no shorter name.</param>
    /// <exception cref="ArgumentException">A required value is blank, there is no citation, or two readings share an id.</exception>
    public Interpretation(
        string id,
        string title,
        string reading,
        IEnumerable<InterpretationAlternative> alternatives,
        IEnumerable<Citation> citations,
        string defaultId = "default")
        : this(id, title, reading, alternatives, citations, defaultId, takesDate: false)
    {
    }

    private Interpretation(string id, string title, string reading, IEnumerable<InterpretationAlternative> alternatives, IEnumerable<Citation> citations, string defaultId, bool takesDate)
    {
        TakesDate = takesDate;
        DefaultDate = takesDate ? NodaTime.Text.LocalDatePattern.Iso.Parse(defaultId).GetValueOrThrow() : default;
        Id = Require(id, nameof(id));
        DefaultId = Require(defaultId, nameof(defaultId));
        Title = Require(title, nameof(title));
        Reading = Require(reading, nameof(reading));
        Alternatives = new ReadOnlyCollection<InterpretationAlternative>((alternatives ?? throw new ArgumentNullException(nameof(alternatives))).ToArray());
        Citations = new ReadOnlyCollection<Citation>((citations ?? throw new ArgumentNullException(nameof(citations))).ToArray());
        if (Citations.Count == 0)
        {
            throw new ArgumentException("an interpretation must cite the text it reads", nameof(citations));
        }

        if (Alternatives.Any(a => a is null) || Alternatives.Select(a => a.Id).Append(DefaultId).Distinct(StringComparer.Ordinal).Count() != Alternatives.Count + 1)
        {
            throw new ArgumentException("the readings of an interpretation need distinct ids", nameof(alternatives));
        }
    }

    /// <summary>A stable kebab-case identifier.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The reading the library applies by default.</summary>
    public string Reading { get; }

    /// <summary>The id of the default reading: a caller may name it to state the default explicitly.</summary>
    public string DefaultId { get; }

    /// <summary>
    /// True when the reading is a date rather than a choice among named readings (an edition's commencement): the
    /// default is <see cref="DefaultId"/>, an ISO date, and a caller may give any date.
    /// </summary>
    public bool TakesDate { get; }

    /// <summary>For a date reading, the default date (<see cref="DefaultId"/> parsed); otherwise the default value.</summary>
    internal NodaTime.LocalDate DefaultDate { get; }

    /// <summary>True when a caller can choose a reading other than the default, by its id (see <see cref="Readings"/>).</summary>
    public bool IsChoosable => TakesDate || Alternatives.Any(a => a.Offered);

    /// <summary>The readings not chosen as the default; a caller may choose one where the API offers it.</summary>
    public IReadOnlyList<InterpretationAlternative> Alternatives { get; }

    /// <summary>The text being read.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Whether a reading id names this interpretation's default or one of its offered alternatives.</summary>
    /// <param name="readingId">The reading's id.</param>
    /// <returns>True when a caller may choose it.</returns>
    public bool Offers(string readingId) =>
        string.Equals(readingId, DefaultId, StringComparison.Ordinal) || Alternatives.Any(a => a.Offered && string.Equals(a.Id, readingId, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Reading}";

    internal static Interpretation DateReading(string id, string title, string reading, IEnumerable<InterpretationAlternative> alternatives, IEnumerable<Citation> citations, string defaultDate) =>
        new(id, title, reading, alternatives, citations, defaultDate, takesDate: true);

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("must not be blank", name) : value;
}

/// <summary>A reading of ambiguous text that the library does not apply by default.</summary>
/// <remarks>Immutable.</remarks>
public sealed class InterpretationAlternative
{
    /// <summary>Creates an alternative the library documents but does not offer.</summary>
    /// <param name="id">A stable kebab-case identifier.</param>
    /// <param name="description">The reading, in words.</param>
    public InterpretationAlternative(string id, string description)
        : this(id, description, offered: false)
    {
    }

    /// <summary>Creates an alternative.</summary>
    /// <param name="id">A stable kebab-case identifier.</param>
    /// <param name="description">The reading, in words.</param>
    /// <param name="offered">True when a caller can choose it by its id.</param>
    /// <exception cref="ArgumentException">A value is blank.</exception>
    public InterpretationAlternative(string id, string description, bool offered)
    {
        Id = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("must not be blank", nameof(id)) : id;
        Description = string.IsNullOrWhiteSpace(description) ? throw new ArgumentException("must not be blank", nameof(description)) : description;
        Offered = offered;
    }

    /// <summary>A stable kebab-case identifier.</summary>
    public string Id { get; }

    /// <summary>The reading, in words.</summary>
    public string Description { get; }

    /// <summary>True when a caller can choose this reading (library, DI and CLI, by <see cref="Id"/>).</summary>
    public bool Offered { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Description}";
}
