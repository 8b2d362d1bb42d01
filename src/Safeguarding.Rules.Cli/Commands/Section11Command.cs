using System;
using System.CommandLine;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Cli.Section11;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// <c>section11 check ASSESSMENT.json [--format text|json|markdown|junit] [--as-of DATE] [--review-interval-months N]</c>
/// and <c>section11 template --agency KIND [--agency KIND ...]</c>. <c>check</c> exits 0 when every required
/// arrangement is met, 1 when there are gaps, 2 for bad input.
/// </summary>
internal static class Section11Command
{
    public static Command Create(CliContext context)
    {
        var command = new Command("section11", "Section 11 arrangement checks: a blank self-assessment for an agency kind, and a compliance report over a completed one.");
        command.Subcommands.Add(Check(context));
        command.Subcommands.Add(Template(context));
        return command;
    }

    private static Command Check(CliContext context)
    {
        var file = CliParsing.FilesArgument("ASSESSMENT", "The self-assessment JSON file (docs/rules/section11-self-assessment.schema.json).");
        var format = CliParsing.FormatOption(ReportWriter.Formats);
        var asOf = new Option<string>("--as-of") { Description = "The date the report is as of, YYYY-MM-DD (default: today's date in England, from the system clock)." };
        var months = new Option<int?>("--review-interval-months") { Description = "Months within which each arrangement must have been reviewed (default 12).", CustomParser = r => CliParsing.WholeNumber(r) };
        var check = new Command("check", "Check a self-assessment: exit 0 when every required arrangement is met, 1 when there are gaps, 2 for bad input.") { file, format, asOf, months };
        check.SetAction(parse =>
        {
            var date = parse.GetValue(asOf) is { } text ? CliParsing.ParseDate(text, "--as-of") : CliParsing.Today();
            var interval = Section11Checker.DefaultReviewInterval;
            if (parse.GetValue(months) is { } n)
            {
                interval = n is >= 1 and <= 120 ? Period.FromMonths(n) : throw new CliInputException("--review-interval-months: must be a whole number of months from 1 to 120.");
            }

            var chosenFormat = parse.GetValue(format)!;
            return InputFiles.Each(context, parse.GetValue(file)!, chosenFormat == "json", (path, output, layout) =>
            {
                var assessment = JsonInput.Read(context, path, "ASSESSMENT", SelfAssessmentReader.Read);
                var problems = Section11Checker.Validate(assessment, date);
                if (problems.Count > 0)
                {
                    throw new CliInputException(problems[0].ToString());
                }

                var report = Section11Checker.Check(assessment, date, interval);
                output.Write(ReportWriter.Write(report, chosenFormat, layout));
                return report.IsCompliant ? CliApp.Success : CliApp.CheckFailed;
            });
        });
        return check;
    }

    private static Command Template(CliContext context)
    {
        var agency = new Option<string[]>("--agency")
        {
            Description = $"An agency kind; repeat for an organisation of several kinds. One of: {string.Join(", ", AgencyKinds.All.Select(AgencyKinds.Id))}.",
            Required = true,
        };
        var template = new Command("template", "Print a blank self-assessment (every arrangement on the checklist, not in place) for the agency kinds.") { agency };
        template.SetAction(parse =>
        {
            var kinds = parse.GetValue(agency)!.Select(id => AgencyKinds.TryParse(id, out var kind) ? kind : throw new CliInputException($"--agency: {SelfAssessmentReader.UnknownAgencyKind(id)}")).Distinct().ToArray();
            context.Output.Write(AssessmentReader.Template(kinds));
            return CliApp.Success;
        });
        return template;
    }
}
