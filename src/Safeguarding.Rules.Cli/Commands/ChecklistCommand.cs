using System.CommandLine;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Checklists;
using Safeguarding.Rules.Cli.Checklists;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// <c>checklist list</c>, <c>checklist template ID</c> and
/// <c>checklist check ID ASSESSMENT.json [--format text|json|markdown|junit] [--as-of DATE]</c>. <c>check</c> exits 0
/// when every required item is met or not applicable, 1 when there are gaps (as <c>section11 check</c> does), 2 for bad input.
/// </summary>
internal static class ChecklistCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("checklist", "Checklists of Working Together 2026 (the strategy discussion, the child protection plan, the published arrangements, ...): list them, print a blank assessment, and rate a completed one red-amber-green.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Template(context));
        command.Subcommands.Add(Check(context));
        return command;
    }

    private static Argument<string> IdArgument() => new("ID") { Description = $"The checklist's id or inventory code: {string.Join(", ", ChecklistCatalog.All.Select(c => c.Id))}." };

    private static Checklist Resolve(string? id) =>
        ChecklistCatalog.Find(id ?? string.Empty) ?? throw new CliInputException(
            $"ID: not a checklist id or inventory code; valid ids: {string.Join(", ", ChecklistCatalog.All.Select(c => c.Id))}.");

    private static Command List(CliContext context)
    {
        var list = new Command("list", "List the checklists: id, inventory codes, title, and how many items of each force.");
        list.SetAction(_ =>
        {
            var b = new StringBuilder();
            foreach (var c in ChecklistCatalog.All)
            {
                int must = c.Items.Count(i => i.Force == Force.Must);
                int should = c.Items.Count(i => i.Force == Force.Should);
                b.Append(ChecklistReportWriter.Heading(c)).Append(": ").Append(c.Items.Count).Append(" items (").Append(must).Append(" must, ").Append(should).AppendLine(" should)");
            }

            context.Output.Write(b.ToString());
            return CliApp.Success;
        });
        return list;
    }

    private static Command Template(CliContext context)
    {
        var id = IdArgument();
        var template = new Command("template", "Print a blank assessment of a checklist: every item, not met.") { id };
        template.SetAction(parse =>
        {
            context.Output.Write(SafeguardingJson.Write(ChecklistAssessmentDocument.Template(Resolve(parse.GetValue(id)))));
            return CliApp.Success;
        });
        return template;
    }

    private static Command Check(CliContext context)
    {
        var id = IdArgument();
        var file = CliParsing.FilesArgument("ASSESSMENT", "The assessment JSON file (docs/rules/checklist-assessment.schema.json); '-' reads standard input.");
        var format = CliParsing.FormatOption(Section11.ReportWriter.Formats);
        var asOf = new Option<string>("--as-of") { Description = "The date the report is as of, YYYY-MM-DD (default: today's date in England, from the system clock)." };
        var check = new Command("check", "Check an assessment against a checklist: exit 0 when every required item is met or not applicable, 1 when there are gaps, 2 for bad input.") { id, file, format, asOf };
        check.SetAction(parse =>
        {
            var checklist = Resolve(parse.GetValue(id));
            var date = parse.GetValue(asOf) is { } text ? CliParsing.ParseDate(text, "--as-of") : CliParsing.Today();
            var chosenFormat = parse.GetValue(format)!;
            return InputFiles.Each(context, parse.GetValue(file)!, chosenFormat == "json", (path, output, layout) =>
            {
                var assessment = JsonInput.Read(context, path, "ASSESSMENT", stream => ChecklistAssessmentReader.Read(stream, checklist));
                var problems = ChecklistChecker.Validate(assessment, date);
                if (problems.Count > 0)
                {
                    throw new CliInputException(problems[0].ToString());
                }

                var report = ChecklistChecker.Check(assessment, date);
                output.Write(ChecklistReportWriter.Write(report, chosenFormat, layout));
                return report.IsCompliant ? CliApp.Success : CliApp.CheckFailed;
            });
        });
        return check;
    }
}
