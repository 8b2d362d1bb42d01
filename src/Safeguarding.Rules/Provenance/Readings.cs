using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Safeguarding.Rules.Provenance;

/// <summary>
/// The readings a caller chooses where the text admits more than one: one mechanism for every rule family. Each choice
/// names an <see cref="Interpretation"/> by its id and one of its offered readings by id
/// (<c>at-04-incident-awareness=local-authority</c>); every interpretation not named keeps its default. The same ids
/// are used by the library, dependency injection, the command line (<c>--reading</c>) and the generated docs.
/// </summary>
/// <remarks>Immutable and thread-safe; <c>With</c> returns a new instance.</remarks>
public sealed class Readings : IEquatable<Readings>
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private readonly SortedDictionary<string, string> chosen;
    private readonly Dictionary<string, LocalDate> dates;

    private Readings(SortedDictionary<string, string> chosen, Dictionary<string, LocalDate> dates)
    {
        this.chosen = chosen;
        this.dates = dates;
    }

    /// <summary>Every interpretation at its default reading.</summary>
    public static Readings Default { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, LocalDate>(StringComparer.Ordinal));

    /// <summary>The choices that differ from no choice, as interpretation id and reading id, in id order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Choices => new ReadOnlyCollection<KeyValuePair<string, string>>(chosen.ToList());

    /// <summary>
    /// Returns a copy with one interpretation read another way. The interpretation must be one the library offers a
    /// choice on; the reading must be its default id, one of its offered alternatives, or, for a date reading, an ISO date.
    /// </summary>
    /// <param name="interpretationId">The interpretation's id, such as <c>at-04-incident-awareness</c>.</param>
    /// <param name="readingId">The reading's id, such as <c>local-authority</c>, or a date <c>2026-04-01</c>.</param>
    /// <returns>The new readings.</returns>
    /// <exception cref="ArgumentException">The interpretation is unknown or offers no choice, or the reading is not one it offers; the message names the valid ids.</exception>
    public Readings With(string interpretationId, string readingId)
    {
        var interpretation = Catalog.RuleCatalog.FindInterpretation(interpretationId ?? throw new ArgumentNullException(nameof(interpretationId)));
        if (interpretation is null)
        {
            var nearest = NearestName.Find(interpretationId, Catalog.RuleCatalog.Interpretations.Where(i => i.IsChoosable).Select(i => i.Id));
            throw new ArgumentException($"no interpretation '{Printable(interpretationId)}'" + (nearest is null ? "." : $"; did you mean '{nearest}'?"), nameof(interpretationId));
        }

        return With(interpretation, readingId);
    }

    /// <summary>Returns a copy with one interpretation read another way.</summary>
    /// <param name="interpretation">The interpretation.</param>
    /// <param name="readingId">The reading's id (or, for a date reading, an ISO date).</param>
    /// <returns>The new readings.</returns>
    /// <exception cref="ArgumentException">The interpretation offers no choice, or the reading is not one it offers.</exception>
    public Readings With(Interpretation interpretation, string readingId)
    {
        if (interpretation is null)
        {
            throw new ArgumentNullException(nameof(interpretation));
        }

        if (readingId is null)
        {
            throw new ArgumentNullException(nameof(readingId));
        }

        if (!interpretation.IsChoosable)
        {
            throw new ArgumentException($"interpretation '{interpretation.Id}' offers no choice: the library applies its one reading.", nameof(interpretation));
        }

        var newDates = new Dictionary<string, LocalDate>(dates, StringComparer.Ordinal);
        if (interpretation.TakesDate)
        {
            var parsed = IsoDate.Parse(readingId);
            if (!parsed.Success)
            {
                throw new ArgumentException($"interpretation '{interpretation.Id}' takes a date in the form YYYY-MM-DD.", nameof(readingId));
            }

            newDates[interpretation.Id] = parsed.Value;
        }
        else if (!interpretation.Offers(readingId))
        {
            var offered = new[] { interpretation.DefaultId }.Concat(interpretation.Alternatives.Where(a => a.Offered).Select(a => a.Id)).ToArray();
            throw new ArgumentException($"interpretation '{interpretation.Id}' has no reading '{Printable(readingId)}'; its readings are {string.Join(", ", offered)}.", nameof(readingId));
        }

        var copy = new SortedDictionary<string, string>(chosen, StringComparer.Ordinal) { [interpretation.Id] = readingId };
        return new Readings(copy, newDates);
    }

    /// <summary>Returns a copy with Working Together 2026's commencement set to a date (reading <c>wt2026-commencement</c>).</summary>
    /// <param name="date">The day the 2026 edition came into force for the caller.</param>
    /// <returns>The new readings.</returns>
    public Readings WithCommencement(LocalDate date) =>
        With(EditionInterpretations.Commencement2026, IsoDate.Format(date));

    /// <summary>Parses choices written <c>interpretation-id=reading-id</c>, as the command line takes them.</summary>
    /// <param name="choices">The choices.</param>
    /// <returns>The readings.</returns>
    /// <exception cref="ArgumentException">A choice is malformed or names an unknown interpretation or reading.</exception>
    public static Readings Parse(IEnumerable<string> choices) => Parse(choices, Array.Empty<Interpretation>());

    /// <summary>
    /// Parses choices written <c>interpretation-id=reading-id</c>, where some ids may name interpretations a companion
    /// package declares (the census readings) as well as the library's own.
    /// </summary>
    /// <param name="choices">The choices.</param>
    /// <param name="others">Interpretations outside the library's catalogue that the ids may also name.</param>
    /// <returns>The readings.</returns>
    /// <exception cref="ArgumentException">A choice is malformed or names an unknown interpretation or reading.</exception>
    public static Readings Parse(IEnumerable<string> choices, IEnumerable<Interpretation> others)
    {
        var extra = (others ?? throw new ArgumentNullException(nameof(others))).ToArray();
        var readings = Default;
        foreach (var choice in choices ?? throw new ArgumentNullException(nameof(choices)))
        {
            int equals = choice?.IndexOf('=') ?? -1;
            if (equals <= 0 || equals == choice!.Length - 1)
            {
                throw new ArgumentException("a reading is written interpretation-id=reading-id (see 'rules readings').", nameof(choices));
            }

            var id = choice.Substring(0, equals).Trim();
            var reading = choice.Substring(equals + 1).Trim();
            var other = extra.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));
            readings = other is null ? readings.With(id, reading) : readings.With(other, reading);
        }

        return readings;
    }

    /// <summary>The id of the reading applied for an interpretation: the caller's choice, or the default.</summary>
    /// <param name="interpretation">The interpretation.</param>
    /// <returns>The reading's id.</returns>
    public string ReadingOf(Interpretation interpretation)
    {
        if (interpretation is null)
        {
            throw new ArgumentNullException(nameof(interpretation));
        }

        return chosen.TryGetValue(interpretation.Id, out var id) ? id : interpretation.DefaultId;
    }

    /// <summary>Whether an interpretation is read a given way (its default id counts when nothing was chosen).</summary>
    /// <param name="interpretation">The interpretation.</param>
    /// <param name="readingId">The reading's id.</param>
    /// <returns>True when that reading applies.</returns>
    public bool Uses(Interpretation interpretation, string readingId) =>
        string.Equals(ReadingOf(interpretation), readingId, StringComparison.Ordinal);

    /// <summary>The date a date reading gives (<see cref="Interpretation.TakesDate"/>).</summary>
    /// <param name="interpretation">A date reading.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException">The interpretation is not a date reading.</exception>
    public LocalDate DateOf(Interpretation interpretation)
    {
        if (interpretation is null || !interpretation.TakesDate)
        {
            throw new ArgumentException("not a date reading", nameof(interpretation));
        }

        return dates.TryGetValue(interpretation.Id, out var date) ? date : interpretation.DefaultDate;
    }

    /// <summary>The readings applied for a set of interpretations, each once, in the order given.</summary>
    /// <param name="interpretations">The interpretations a result depends on.</param>
    /// <returns>Each interpretation with the reading applied.</returns>
    public IReadOnlyList<AppliedReading> Applied(IEnumerable<Interpretation> interpretations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<AppliedReading>();
        foreach (var interpretation in interpretations ?? throw new ArgumentNullException(nameof(interpretations)))
        {
            if (seen.Add(interpretation.Id))
            {
                var id = ReadingOf(interpretation);
                list.Add(new AppliedReading(interpretation, id, !string.Equals(id, interpretation.DefaultId, StringComparison.Ordinal)));
            }
        }

        return list.AsReadOnly();
    }

    /// <inheritdoc />
    public bool Equals(Readings? other) => other is not null && chosen.Count == other.chosen.Count && chosen.All(p => other.chosen.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Readings);

    /// <inheritdoc />
    public override int GetHashCode() => chosen.Aggregate(17, (h, p) => (h * 31) + StringComparer.Ordinal.GetHashCode(p.Key + "=" + p.Value));

    /// <inheritdoc />
    public override string ToString() => chosen.Count == 0 ? "defaults" : string.Join(", ", chosen.Select(p => p.Key + "=" + p.Value));

    // Names only: a value that does not look like an id is not echoed (it may be anything a caller typed).
    private static string Printable(string value) =>
        value.Length <= 40 && value.All(c => c == '-' || c == '_' || c == '.' || char.IsLetterOrDigit(c)) ? value : "(not an id)";
}

/// <summary>An interpretation and the reading a result applied for it.</summary>
/// <remarks>Immutable.</remarks>
public sealed class AppliedReading
{
    internal AppliedReading(Interpretation interpretation, string readingId, bool chosenByCaller)
    {
        Interpretation = interpretation;
        ReadingId = readingId;
        ChosenByCaller = chosenByCaller;
    }

    /// <summary>The interpretation.</summary>
    public Interpretation Interpretation { get; }

    /// <summary>The id of the reading applied (the default's id, an alternative's, or a date).</summary>
    public string ReadingId { get; }

    /// <summary>True when the caller chose a reading other than the default.</summary>
    public bool ChosenByCaller { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Interpretation.Id}={ReadingId}";
}
