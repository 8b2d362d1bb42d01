using System.CommandLine;
using System.Linq;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary><c>rules list [--format text|json]</c>: every rule in the catalogue, whatever its kind.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var format = CliParsing.FormatOption("text", "json");
        var list = new Command("list", "List every rule in the catalogue: id, title and force (tab-separated, or JSON).") { format };
        list.SetAction(parse =>
        {
            if (parse.GetValue(format) == "json")
            {
                context.Output.Write(SafeguardingJson.Write(RuleCatalogDocument.From(RuleCatalog.Rules)));
            }
            else
            {
                foreach (var rule in RuleCatalog.Rules)
                {
                    context.Output.WriteLine($"{rule.Id}\t{rule.Force.Name()}\t{rule.Title}");
                }
            }

            return CliApp.Success;
        });
        var readingsFormat = CliParsing.FormatOption("text", "json");
        var readings = new Command("readings", "List every interpretation a caller can read another way, with its default and the readings --reading accepts.") { readingsFormat };
        readings.SetAction(parse =>
        {
            var rows = RuleCatalog.ChoosableInterpretations.Select(i => new InterpretationDocument(
                i.Id,
                i.Title,
                i.DefaultId,
                i.TakesDate ? new[] { "YYYY-MM-DD" } : i.Alternatives.Where(a => a.Offered).Select(a => a.Id).ToArray(),
                RuleCatalog.Rules.Where(r => r.Interpretations.Contains(i)).Select(r => r.Id).ToArray()))
                .Concat(Safeguarding.Rules.Census.CensusInterpretations.All.Where(i => i.IsChoosable).Select(i => new InterpretationDocument(
                    i.Id,
                    i.Title,
                    i.DefaultId,
                    i.Alternatives.Where(a => a.Offered).Select(a => a.Id).ToArray(),
                    new[] { "caseload" })))
                .ToArray();
            if (parse.GetValue(readingsFormat) == "json")
            {
                context.Output.Write(SafeguardingJson.Write(new ReadingCatalogDocument(SafeguardingJson.SchemaVersion, rows)));
            }
            else
            {
                foreach (var row in rows)
                {
                    context.Output.WriteLine($"{row.Id}\tdefault {row.Default}\talso {string.Join(", ", row.Alternatives)}\t{row.Title}{(row.Rules.Count > 0 ? " (" + string.Join(", ", row.Rules) + ")" : string.Empty)}");
                }

                context.Output.WriteLine();
                context.Output.WriteLine("Choose one with --reading ID=READING on deadlines, decide and caseload (the census readings on caseload only); each reading is described in docs/rules/readings.md and docs/rules/caseload.md.");
            }

            return CliApp.Success;
        });
        var command = new Command("rules", "The rule catalogue.");
        command.Subcommands.Add(list);
        command.Subcommands.Add(readings);
        return command;
    }

    /// <summary>The kind as the CLI prints it.</summary>
    public static string KindName(RuleKind kind) => kind switch
    {
        RuleKind.Timescale => "timescale",
        RuleKind.Urgency => "urgency",
        RuleKind.Decision => "decision",
        _ => "section-11-arrangement",
    };
}
