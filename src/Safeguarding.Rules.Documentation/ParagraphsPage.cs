using System.Collections.Generic;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/paragraphs.md: every paragraph, box and footnote a rule cites, in the order of its text, with the rules that cite it.</summary>
internal static class ParagraphsPage
{
    public static GeneratedDocument Generate()
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Paragraphs cited by the rules");
        b.AppendLine();
        b.AppendLine("Every paragraph, box, footnote and heading of the source texts that a rule cites, in the order of the text, with the rules that cite it. A location links to its lines in [`docs/guidance/`](../guidance/) (where a rule quotes a passage in more than one place, the link spans them); a rule links to its entry. Readings (interpretations) cite the text too: see [readings.md](readings.md).");
        b.AppendLine();
        var rules = RuleCatalog.Rules.Concat(Section11Catalog.Section11Guidance2007Items).Distinct().ToArray();
        var cited = rules
            .SelectMany(rule => rule.Citations.Select(citation => (Citation: citation, Rule: rule)))
            .GroupBy(x => (x.Citation.Document, x.Citation.Location))
            .Select(g => new Passage(
                g.Key.Document,
                g.Key.Location,
                g.Select(x => GuidanceText.Of(x.Citation.Document).Locate(x.Citation)).ToArray(),
                g.Select(x => x.Rule).Distinct().ToArray()))
            .ToArray();
        foreach (var document in SourceDocument.All)
        {
            var passages = cited.Where(p => p.Document == document).OrderBy(p => p.First).ThenBy(p => p.Last).ThenBy(p => p.Location, System.StringComparer.Ordinal).ToArray();
            if (passages.Length == 0)
            {
                continue;
            }

            b.Append("## ").Append(document.Title).Append(' ').AppendLine(document.Edition);
            b.AppendLine();
            b.Append("[`").Append(document.FileName).Append("`](../guidance/").Append(document.FileName).Append("): ")
                .Append(passages.Length).Append(passages.Length == 1 ? " passage" : " passages").Append(" cited by ")
                .Append(passages.SelectMany(p => p.Rules).Distinct().Count()).AppendLine(" rules.");
            b.AppendLine();
            Markdown.Table(
                b,
                new[] { "Where", "Lines", "Cited by" },
                passages.Select(p => (IReadOnlyList<string>)new[]
                {
                    $"[{p.Location}]({p.Link})",
                    p.First == p.Last ? $"{p.First}" : $"{p.First}–{p.Last}",
                    string.Join("; ", p.Rules.Select(r => $"[{r.Id}]({RuleLink(r)}) {r.Title}")),
                }));
        }

        return new GeneratedDocument("paragraphs.md", "Paragraphs cited", "Every paragraph, box and footnote the rules cite, in text order, linked to its line and to the rules that cite it.", b.ToString());
    }

    internal static string RuleLink(IRule rule) => rule switch
    {
        DecisionRule decision => "decisions.md#" + DecisionsPage.Anchor(decision),
        Arrangement arrangement => "section11.md#" + Section11Page.Anchor(arrangement),
        _ => "timescales.md#" + TimescalesPage.Anchor(rule),
    };

    private sealed record Passage(SourceDocument Document, string Location, IReadOnlyList<GuidanceText.Lines> Lines, IReadOnlyList<IRule> Rules)
    {
        public int First => Lines.Min(l => l.First);

        public int Last => Lines.Max(l => l.Last);

        public string Link => new GuidanceText.Lines(Document, First, Last).Link;
    }
}
