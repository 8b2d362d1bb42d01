using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Catalog;

/// <summary>
/// Everything the library states about the guidance, in one place: for generated documentation, export, the CLI and
/// the citation test.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Every named interpretation the library applies.</summary>
    public static IReadOnlyList<Interpretation> Interpretations { get; } = CountingConventions.All.Concat(DecisionInterpretations.All).ToArray();

    /// <summary>Every rule, in catalogue order (timescales, decisions, section 11 arrangements).</summary>
    public static IReadOnlyList<IRule> Rules { get; } = DecisionRules.All.Cast<IRule>().ToArray();

    /// <summary>Finds a rule by its identifier (case-insensitive).</summary>
    /// <param name="id">The identifier, such as DL-04.</param>
    /// <returns>The rule, or null.</returns>
    public static IRule? Find(string id) =>
        Rules.FirstOrDefault(r => string.Equals(r.Id, id, System.StringComparison.OrdinalIgnoreCase));

    /// <summary>Every citation the library carries, each once.</summary>
    /// <returns>The citations, in catalogue order, without duplicates.</returns>
    public static IReadOnlyList<Citation> AllCitations() =>
        Interpretations.Cast<ICited>().Concat(Rules).SelectMany(c => c.Citations).Distinct().ToArray();
}
