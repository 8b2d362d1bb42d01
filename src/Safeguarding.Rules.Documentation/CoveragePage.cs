using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Documentation.Coverage;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/coverage.md: every duty-bearing paragraph and box of Working Together 2026, and every inventory entry, with the rules that encode it or the reason none does.</summary>
internal static class CoveragePage
{
    private const string Unreviewed = "not yet reviewed";

    public static GeneratedDocument Generate()
    {
        var passages = CoverageModel.Passages();
        var entries = CoverageModel.Inventory();
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Coverage: what the rules encode of Working Together 2026, and what they leave out");
        b.AppendLine();
        b.AppendLine("Every numbered paragraph and box of [Working Together to Safeguard Children 2026](../guidance/working-together-2026.txt) that uses a modal word (*must*, *should*, *may*), with the rules that cite it, or the reason no rule encodes it. Below them, every entry of the rules inventory (ids DL, DC, CL, RD) by id, encoded or with its reason.");
        b.AppendLine();
        b.AppendLine("- **Force** is the strongest modal word the passage uses, found by scanning its text (a *may* in an example counts too; *May* with a capital is the month). A passage a rule cites is listed even without one.");
        b.AppendLine("- **Encoded** means a rule of the catalogue cites the passage: it may encode one sentence of it, not all. Where a row also gives a reason, the reason is for the rest.");
        b.AppendLine("- **Reasons**: *descriptive* (the text describes or defines, and lays no duty a rule could check); *judgement* (a judgement no recorded fact can carry); *out of scope* (someone else's duty or decision, and whose); *not yet encoded* (a rule could encode it; none does yet).");
        b.Append("- **").Append(Unreviewed).AppendLine("**: a *should* or *may* passage no rule cites and no row explains yet. A *must* passage is never left so: a test fails.");
        b.AppendLine("- Paragraphs are found by their printed numbers (the text numbers paragraph 31 twice; both count as paragraph 31). Boxes are the unnumbered blocks under the headings the map lists, from the heading to the next paragraph or box. Footnotes are left out.");
        b.AppendLine();

        b.AppendLine("## Counts by chapter");
        b.AppendLine();
        var parts = passages.Select(p => p.Unit.Part).Distinct().ToArray();
        Markdown.Table(
            b,
            new[] { "Chapter", "Must", "Should", "May", "Encoded", "Descriptive", "Judgement", "Out of scope", "Not yet encoded", "Not yet reviewed" },
            parts.Select(part => Counts(part, passages.Where(p => p.Unit.Part == part).ToArray()))
                .Append(Counts("**All**", passages)));

        b.AppendLine("## Counts by force");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Force", "Paragraphs and boxes", "Encoded", "With a reason", "Not yet reviewed" },
            new Force?[] { Force.Must, Force.Should, Force.May, null }.Select(force =>
            {
                var these = passages.Where(p => p.Unit.Force == force).ToArray();
                return (IReadOnlyList<string>)new[]
                {
                    force is null ? "none (cited by a rule)" : Forces.Name(force.Value),
                    N(these.Length), N(these.Count(p => p.IsEncoded)), N(these.Count(p => !p.IsEncoded && p.Unencoded is not null)), N(these.Count(p => p.IsUnreviewed)),
                };
            }));

        b.AppendLine("## Counts of the inventory");
        b.AppendLine();
        b.AppendLine("The inventory `wt2026-rules.md` lists the rules the text supports: deadlines (DL), decisions (DC), checklists (CL), roles and definitions (RD).");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Kind", "Entries", "Encoded under its id", "Encoded under other ids", "Descriptive", "Judgement", "Out of scope", "Not yet encoded" },
            new[] { "DL", "DC", "CL", "RD" }.Select(kind => InventoryCounts(kind, entries.Where(e => e.Id.StartsWith(kind, System.StringComparison.Ordinal)).ToArray()))
                .Append(InventoryCounts("**All**", entries)));

        foreach (var part in parts)
        {
            b.Append("## ").AppendLine(part);
            b.AppendLine();
            Markdown.Table(
                b,
                new[] { "Where", "Line", "Force", "Encoded by", "Not encoded" },
                passages.Where(p => p.Unit.Part == part).Select(p => (IReadOnlyList<string>)new[]
                {
                    p.Unit.Key, N(p.Unit.FirstLine), p.Unit.Force is { } f ? Forces.Name(f) : "—", RuleList(p.Rules), Why(p),
                }));
        }

        b.AppendLine("## The inventory, entry by entry");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Id", "Name", "Encoded by", "Not encoded" },
            entries.Select(e => (IReadOnlyList<string>)new[]
            {
                e.Id, e.Name.Length == 0 ? "—" : $"`{e.Name}`", RuleList(e.Rules),
                e.Row is null ? "—" : e.Row.Reason is { } reason ? Reason(reason, e.Row.Whose) + ": " + e.Row.Note : e.Row.Note,
            }));

        return new GeneratedDocument("coverage.md", "Coverage map", "Every paragraph and box of Working Together 2026 that says must, should or may, and every inventory entry: the rules that encode it, or why none does; counts by chapter and by force.", b.ToString());
    }

    private static string[] Counts(string label, IReadOnlyList<MappedPassage> passages) => new[]
    {
        label,
        N(passages.Count(p => p.Unit.Force == Force.Must)),
        N(passages.Count(p => p.Unit.Force == Force.Should)),
        N(passages.Count(p => p.Unit.Force == Force.May)),
        N(passages.Count(p => p.IsEncoded)),
        N(Unencoded(passages, CoverageReason.Descriptive)),
        N(Unencoded(passages, CoverageReason.Judgement)),
        N(Unencoded(passages, CoverageReason.OutOfScope)),
        N(Unencoded(passages, CoverageReason.NotYetEncoded)),
        N(passages.Count(p => p.IsUnreviewed)),
    };

    private static int Unencoded(IReadOnlyList<MappedPassage> passages, CoverageReason reason) =>
        passages.Count(p => !p.IsEncoded && p.Unencoded?.Reason == reason);

    private static string[] InventoryCounts(string label, IReadOnlyList<MappedEntry> entries) => new[]
    {
        label,
        N(entries.Count),
        N(entries.Count(e => e.Row is null)),
        N(entries.Count(e => e.Row is { Reason: null })),
        N(entries.Count(e => e.Row?.Reason == CoverageReason.Descriptive)),
        N(entries.Count(e => e.Row?.Reason == CoverageReason.Judgement)),
        N(entries.Count(e => e.Row?.Reason == CoverageReason.OutOfScope)),
        N(entries.Count(e => e.Row?.Reason == CoverageReason.NotYetEncoded)),
    };

    private static string Why(MappedPassage passage) => passage.Unencoded switch
    {
        { } row => (passage.IsEncoded ? "the rest: " : string.Empty) + Reason(row.Reason, row.Whose) + ": " + row.Note,
        null when passage.IsEncoded => "—",
        _ => Unreviewed,
    };

    private static string Reason(CoverageReason reason, string? whose) => reason switch
    {
        CoverageReason.Descriptive => "descriptive",
        CoverageReason.Judgement => "judgement",
        CoverageReason.OutOfScope => "out of scope, " + whose,
        _ => "not yet encoded",
    };

    private static string RuleList(IReadOnlyList<IRule> rules) =>
        rules.Count == 0 ? "—" : string.Join(", ", rules.Select(r => $"[{r.Id}]({ParagraphsPage.RuleLink(r)})"));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
