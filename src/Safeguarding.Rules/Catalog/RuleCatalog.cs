using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Catalog;

/// <summary>
/// Everything the library states about the guidance, in one place: for generated documentation, export, the CLI and
/// the citation test.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Every named interpretation the library applies.</summary>
    public static IReadOnlyList<Interpretation> Interpretations { get; } =
        CountingConventions.All
            .Concat(EditionInterpretations.All)
            .Concat(TimescaleInterpretations.All)
            .Concat(DecisionInterpretations.All)
            .Concat(Section11.Section11Interpretations.All)
            .ToReadOnly();

    /// <summary>Every rule, in catalogue order (timescales, urgencies, decisions, section 11 arrangements).</summary>
    public static IReadOnlyList<IRule> Rules { get; } =
        TimescaleCatalog.Timescales.Cast<IRule>()
            .Concat(TimescaleCatalog.Urgencies)
            .Concat(DecisionRules.All)
            .Concat(Section11.Section11Catalog.Arrangements)
            .ToReadOnly();

    /// <summary>Every interpretation a caller can read another way, by id (library, DI and the CLI's <c>--reading</c>).</summary>
    public static IReadOnlyList<Interpretation> ChoosableInterpretations { get; } = Interpretations.Where(i => i.IsChoosable).ToReadOnly();

    /// <summary>Finds an interpretation by its id (exact).</summary>
    /// <param name="id">The id, such as <c>at-04-incident-awareness</c>.</param>
    /// <returns>The interpretation, or null.</returns>
    public static Interpretation? FindInterpretation(string id) =>
        Interpretations.FirstOrDefault(i => string.Equals(i.Id, id, System.StringComparison.Ordinal));

    /// <summary>Finds a rule by its identifier (case-insensitive).</summary>
    /// <param name="id">The identifier, such as DL-04.</param>
    /// <returns>The rule, or null.</returns>
    public static IRule? Find(string id) =>
        Rules.FirstOrDefault(r => string.Equals(r.Id, id, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>The rules of every family that cite a passage, in catalogue order: the rules that encode one sentence of the text.</summary>
    /// <param name="citation">The citation (compared by value: document, location and quote).</param>
    /// <returns>The rules.</returns>
    public static IReadOnlyList<IRule> RulesCiting(Citation citation) =>
        Rules.Concat(Section11.Section11Catalog.Section11Guidance2007Items).Where(r => r.Citations.Contains(citation)).Distinct().ToArray();

    /// <summary>
    /// Every citation the library carries, each once: the interpretations, the rules, and the rules kept from earlier
    /// editions that are not in <see cref="Rules"/> by default (the 2007 section 11 items), the edition changes the documentation quotes, and the checklists.
    /// </summary>
    /// <returns>The citations, in catalogue order, without duplicates.</returns>
    public static IReadOnlyList<Citation> AllCitations() =>
        Interpretations.Cast<ICited>().Concat(Rules).Concat(Section11.Section11Catalog.Section11Guidance2007Items)
            .Concat(Section11.EditionChange.From2007)
            .Concat(Checklists.ChecklistCatalog.All)
            .SelectMany(c => c.Citations).Distinct().ToReadOnly();
}
