using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Documentation.Coverage;

/// <summary>A paragraph or box on the map: the rules that cite it and the row that says why (the rest of) it is not encoded.</summary>
/// <param name="Unit">The paragraph or box.</param>
/// <param name="Rules">The rules that cite it, in catalogue order.</param>
/// <param name="Unencoded">The map's row for it, or null.</param>
internal sealed record MappedPassage(GuidanceUnit Unit, IReadOnlyList<IRule> Rules, UnencodedPassage? Unencoded)
{
    /// <summary>Whether a rule cites it.</summary>
    public bool IsEncoded => Rules.Count > 0;

    /// <summary>Whether it has neither a rule nor a reason.</summary>
    public bool IsUnreviewed => !IsEncoded && Unencoded is null;
}

/// <summary>An inventory entry on the map: the rule under its id, or the rules under other ids, or its reason.</summary>
/// <param name="Id">The inventory id.</param>
/// <param name="Name">The inventory's short name (empty for an entry encoded under its own id).</param>
/// <param name="Rules">The rules that encode it.</param>
/// <param name="Row">The map's row, or null where a rule carries the id.</param>
internal sealed record MappedEntry(string Id, string Name, IReadOnlyList<IRule> Rules, InventoryRow? Row);

/// <summary>The coverage map: the text's duty-bearing paragraphs and boxes, and the inventory entries, each encoded or with a reason.</summary>
internal static class CoverageModel
{
    /// <summary>The rules whose citations the map reads: the catalogue's rules of every family.</summary>
    public static IReadOnlyList<IRule> Rules => RuleCatalog.Rules;

    /// <summary>Every Working Together 2026 citation of a rule, with the key of the paragraph or box it names (null for a footnote, heading-only or title-page citation).</summary>
    /// <returns>The citations.</returns>
    public static IReadOnlyList<(IRule Rule, Citation Citation, string? Key)> Citations() =>
        Rules.SelectMany(r => r.Citations.Where(c => c.Document == SourceDocument.WorkingTogether2026).Select(c => (r, c, GuidanceUnits.KeyOf(c.Location))))
            .ToArray();

    /// <summary>Every paragraph and box that uses a modal word or that a rule cites, in the order of the text.</summary>
    /// <returns>The passages.</returns>
    public static IReadOnlyList<MappedPassage> Passages()
    {
        var cited = Citations().Where(c => c.Key is not null).ToLookup(c => c.Key!, c => c.Rule, StringComparer.Ordinal);
        var rows = CoverageMap.Passages.ToDictionary(p => p.Key, StringComparer.Ordinal);
        return GuidanceUnits.All
            .Select(u => new MappedPassage(u, cited[u.Key].Distinct().ToArray(), rows.GetValueOrDefault(u.Key)))
            .Where(p => p.Unit.Force is not null || p.IsEncoded)
            .ToArray();
    }

    /// <summary>Every inventory id the map lists, with what encodes it or why nothing does, in inventory order (DL, DC, CL, RD, then number).</summary>
    /// <returns>The entries.</returns>
    public static IReadOnlyList<MappedEntry> Inventory()
    {
        var rows = CoverageMap.Inventory.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var byOwnId = Rules.Where(r => InventoryId(r.Id) is not null).GroupBy(r => InventoryId(r.Id)!, StringComparer.Ordinal).ToArray();
        var entries = byOwnId
            .Select(g => new MappedEntry(g.Key, string.Empty, g.ToArray(), rows.GetValueOrDefault(g.Key)))
            .Concat(rows.Values.Where(r => !byOwnId.Any(g => g.Key == r.Id)).Select(r => new MappedEntry(r.Id, r.Name, r.EncodedBy.Select(id => RuleCatalog.Find(id)).OfType<IRule>().ToArray(), r)));
        return entries.OrderBy(e => Order(e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The inventory id a rule id stands for: DC-20a and DC-20b both encode DC-20. Null for an id that is not an inventory id.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <returns>The inventory id, or null.</returns>
    public static string? InventoryId(string ruleId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(ruleId, "^(DL|DC|CL|RD)-[0-9]+");
        return match.Success ? match.Value : null;
    }

    private static (int, int) Order(string id) =>
        (Array.IndexOf(new[] { "DL", "DC", "CL", "RD" }, id[..2]), int.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture));
}
