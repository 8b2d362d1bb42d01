using System.Collections.Generic;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/readings.md: every interpretation, which a caller can choose, and the ids to choose it by.</summary>
internal static class ReadingsPage
{
    public static GeneratedDocument Generate()
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Readings");
        b.AppendLine();
        b.AppendLine("Where the text admits more than one reading, the library names the reading it applies by default and the alternatives. The same ids are used everywhere:");
        b.AppendLine();
        b.AppendLine("- library: `Readings.Default.With(\"at-04-incident-awareness\", \"local-authority\")`, passed to `new DeadlineEvaluator(calendar, readings)` or `rule.Evaluate(facts, readings)`;");
        b.AppendLine("- dependency injection: `services.AddSafeguardingRules(o => o.UseReading(\"at-04-incident-awareness\", \"local-authority\"))`;");
        b.AppendLine("- command line: `--reading at-04-incident-awareness=local-authority` on `deadlines` and `decide` (repeatable); `rules readings` lists them.");
        b.AppendLine();
        b.AppendLine("Every deadline report and determination lists the readings it applied and whether the caller chose them.");
        b.AppendLine();
        b.AppendLine("## Readings a caller can choose");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Interpretation", "Default", "Alternatives", "Rules" },
            RuleCatalog.ChoosableInterpretations.Select(i => (IReadOnlyList<string>)new[]
            {
                $"`{i.Id}`: {i.Title}",
                $"`{i.DefaultId}`",
                i.TakesDate ? "any date, `YYYY-MM-DD`" : string.Join(", ", i.Alternatives.Where(a => a.Offered).Select(a => $"`{a.Id}`")),
                string.Join(", ", RuleCatalog.Rules.Where(r => r.Interpretations.Contains(i)).Select(r => r.Id)) is { Length: > 0 } ids ? ids : "every timescale",
            }));
        foreach (var interpretation in RuleCatalog.ChoosableInterpretations)
        {
            Markdown.Interpretation(b, interpretation, "###");
        }

        b.AppendLine("## Readings the library applies without a choice");
        b.AppendLine();
        b.AppendLine("Each is documented with the alternatives the text admits and the reason the library does not offer them (a reading that would contradict a statute, or leave a duty with no holder), or is a counting convention with no live alternative.");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Interpretation", "Title", "Documented on" },
            RuleCatalog.Interpretations.Where(i => !i.IsChoosable).Select(i => (IReadOnlyList<string>)new[] { $"`{i.Id}`", i.Title, Page(i) }));
        return new GeneratedDocument("readings.md", "Readings", "Every interpretation of ambiguous text, the default the library applies, and the readings a caller can choose by id (library, DI and CLI).", b.ToString());
    }

    private static string Page(Interpretation i) =>
        Calendars.CountingConventions.All.Contains(i) ? "[calendar.md](calendar.md)"
        : Timescales.TimescaleInterpretations.All.Contains(i) ? "[timescales.md](timescales.md)"
        : Decisions.DecisionInterpretations.All.Contains(i) ? "[decisions.md](decisions.md)"
        : "[section11.md](section11.md)";
}
