using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary><c>deadlines CASE.json [--as-of DATE] [--format table|json|markdown] [--fail-on overdue]</c>.</summary>
internal static class DeadlinesCommand
{
    public static Command Create(CliContext context)
    {
        var file = CliParsing.FilesArgument("case", "The case file (JSON; see docs/rules/case-file.schema.json).");
        var asOf = new Option<string>("--as-of") { Description = "Evaluate as of this date, YYYY-MM-DD (default: today in Europe/London)." };
        var format = CliParsing.FormatOption("table", "json", "markdown");
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when any deadline is overdue ('overdue'), or was missed at all: overdue, met late or breached ('late'). By default deadlines do not change the exit code." };
        CliParsing.OneOf(failOn, "overdue", "late");
        var reading = CliParsing.ReadingOption();
        var holidays = HolidaysFileOption.Create();
        var locals = LocalTimescalesOption();

        var command = new Command("deadlines", "Evaluate a case timeline against every Working Together 2026 timescale.")
        {
            file, asOf, format, failOn, reading, holidays, locals,
        };
        command.SetAction(parse =>
        {
            var date = parse.GetValue(asOf) is { } text ? CliParsing.ParseDate(text, "--as-of") : CliParsing.Today();
            var readings = CliParsing.Readings(parse.GetValue(reading));
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var localTimescales = parse.GetValue(locals) is { } localsPath
                ? JsonInput.Read(context, localsPath, LocalTimescalesName, LocalTimescalesReader.Read)
                : LocalTimescales.None;
            if (!WorkingDayCalendar.IsSupported(date))
            {
                throw new CliInputException($"--as-of: outside the calendar's supported range ({WorkingDayCalendar.MinSupportedDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxSupportedDate:yyyy-MM-dd}).");
            }

            var chosenFormat = parse.GetValue(format);
            var failOnValue = parse.GetValue(failOn);
            return InputFiles.Each(context, parse.GetValue(file)!, chosenFormat == "json", (path, output, layout) =>
            {
                var timeline = JsonInput.Read(context, path, "CASE", CaseFileReader.Read);
                var report = new DeadlineEvaluator(calendar, readings, localTimescales).Evaluate(timeline, date);

                switch (chosenFormat)
                {
                    case "json":
                        SafeguardingJson.Write(output, report, layout);
                        break;
                    case "markdown":
                        output.Write(DeadlineMarkdown(report));
                        break;
                    default:
                        output.Write(Table(report));
                        break;
                }

                bool failed = failOnValue switch
                {
                    "overdue" => report.HasOverdue,
                    "late" => report.HasMissed,
                    _ => false,
                };
                return failed ? CliApp.CheckFailed : CliApp.Success;
            });
        });
        return command;
    }

    private const string LocalTimescalesName = "--local-timescales";

    /// <summary><c>--local-timescales FILE</c>: the timings a local area has set for the rules the text leaves to local arrangements.</summary>
    internal static Option<string> LocalTimescalesOption() => new(LocalTimescalesName)
    {
        Description = "The local timescales (JSON, {\"localTimescales\": {\"DL-70\": {\"amount\": 5, \"unit\": \"working-days\"}}}) for the rules the guidance leaves to local arrangements; without it such rules get no due date.",
        HelpName = "FILE",
    };

    internal static string StatusName(DeadlineStatus status) => status switch
    {
        DeadlineStatus.LocalTimescaleNotGiven => "no local timescale",
        DeadlineStatus.MetLate => "met late",
        DeadlineStatus.NotStarted => "not started",
        DeadlineStatus.EditionNotInForce => "edition not in force",
        DeadlineStatus.OutsideCalendar => "outside calendar",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string D(LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    private static string When(DeadlineEntry e) =>
        e.Urgency is { } u ? UrgencyWords(e) : D(e.DueDate) + (e.DependsOnProvisionalHoliday ? " (provisional)" : string.Empty) + (e.LocalTimescale is { } local ? $" (locally set: {local.Amount} {UnitWords(local)})" : string.Empty);

    private static string UnitWords(LocalTimescale local) => local.Unit switch
    {
        TimeUnit.WorkingDays => local.Amount == 1 ? "working day" : "working days",
        TimeUnit.Months => local.Amount == 1 ? "month" : "months",
        _ => local.Amount == 1 ? "day" : "days",
    };

    private static string UrgencyWords(DeadlineEntry e) => e.Rule is UrgencyRule rule ? rule.UrgencyWording : e.Urgency.ToString()!;

    private static string Days(DeadlineEntry e)
    {
        string unit = e.DaysUnit == TimeUnit.WorkingDays ? "working day" : "day";
        string Plural(int n) => n == 1 ? unit : unit + "s";
        return e.Status switch
        {
            DeadlineStatus.MetLate or DeadlineStatus.Overdue => $"{e.Days} {Plural(e.Days)} late",
            DeadlineStatus.Due => $"{e.Days} {Plural(e.Days)} left",
            DeadlineStatus.Running => $"{e.Days} {Plural(e.Days)} to run",
            DeadlineStatus.Breached => e.Rule is TimescaleRule { Direction: ClockDirection.Minimum } ? $"{e.Days} {Plural(e.Days)} early" : $"{e.Days} {Plural(e.Days)} late, now closed",
            DeadlineStatus.Done => $"after {e.Days} {Plural(e.Days)}",
            DeadlineStatus.Pending => $"{e.Days} {Plural(e.Days)} so far",
            DeadlineStatus.Undetermined => "needs " + string.Join(", ", e.MissingFacts.Select(f => f.Name)),
            DeadlineStatus.LocalTimescaleNotGiven => "set locally",
            _ => string.Empty,
        };
    }

    private static string Label(DeadlineEntry e) =>
        e.Title + (e.Obligation.Length > 0 ? $" ({e.Obligation})" : string.Empty) + (e.Occurrence > 1 ? $" #{e.Occurrence}" : string.Empty);

    private static string Source(DeadlineEntry e) => e.Citations[0].Location;

    private static string Table(DeadlineReport report)
    {
        var rows = report.Entries.Select(e => new[]
        {
            e.RuleId, StatusName(e.Status), When(e), D(e.StartDate), D(e.EndDate), Days(e), e.Force.Name(), Label(e),
        }).ToList();
        var headers = new[] { "Rule", "Status", "Due", "Start", "Done", "Timing", "Force", "Requirement" };
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var b = new StringBuilder();
        b.Append("Deadlines as of ").Append(D(report.AsOf)).AppendLine(report.EventsAfterAsOf > 0 ? $" ({report.EventsAfterAsOf} later events left out)" : string.Empty);
        b.AppendLine();
        void Row(IReadOnlyList<string> cells) => b.AppendLine(string.Join("  ", cells.Select((c, i) => i == cells.Count - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
        Row(headers);
        Row(widths.Select(w => new string('-', w)).ToArray());
        rows.ForEach(Row);
        AppendNotes(b, report, markdown: false);
        return b.ToString();
    }

    private static string DeadlineMarkdown(DeadlineReport report)
    {
        var b = new StringBuilder();
        b.Append("# Deadlines as of ").AppendLine(D(report.AsOf));
        b.AppendLine();
        if (report.EventsAfterAsOf > 0)
        {
            b.Append(report.EventsAfterAsOf).AppendLine(" events dated after the as-of date were left out.");
            b.AppendLine();
        }

        Documentation.Markdown.Table(
            b,
            new[] { "Rule", "Status", "Due", "Start", "Done", "Timing", "Force", "Requirement", "Source" },
            report.Entries.Select(e => (IReadOnlyList<string>)new[] { e.RuleId, StatusName(e.Status), When(e), D(e.StartDate), D(e.EndDate), Days(e), e.Force.Name(), Label(e), Source(e) }));
        AppendNotes(b, report, markdown: true);
        return b.ToString();
    }

    private static void AppendNotes(StringBuilder b, DeadlineReport report, bool markdown)
    {
        var late = report.Entries.Where(e => e.Status is DeadlineStatus.MetLate or DeadlineStatus.Overdue && e.BreachHandling is not null)
            .Select(e => (e.RuleId, e.BreachHandling)).Distinct().ToList();
        if (late.Count > 0)
        {
            b.AppendLine();
            b.AppendLine(markdown ? "## When a deadline is missed" : "When a deadline is missed:");
            foreach (var (id, handling) in late)
            {
                b.Append("- ").Append(id).Append(": ").AppendLine(handling);
            }
        }

        var notes = report.Entries.Where(e => e.Note is not null).Select(e => (e.RuleId, e.Occurrence, e.Note)).Distinct().ToList();
        if (notes.Count > 0)
        {
            b.AppendLine();
            b.AppendLine(markdown ? "## Notes" : "Notes:");
            foreach (var (id, occurrence, note) in notes)
            {
                b.Append("- ").Append(id).Append(occurrence > 1 ? $" #{occurrence}" : string.Empty).Append(": ").AppendLine(note);
            }
        }

        var locallySet = report.Entries.Where(e => e.IsLocallySet).GroupBy(e => e.RuleId).Select(g => g.First()).ToList();
        if (locallySet.Count > 0)
        {
            b.AppendLine();
            b.AppendLine(markdown ? "## Timings set locally" : "Timings set locally (the guidance leaves them to local arrangements; give them with --local-timescales):");
            foreach (var e in locallySet)
            {
                b.Append("- ").Append(e.RuleId).Append(": ")
                    .Append(e.LocalTimescale is { } local ? $"{local.Amount} {UnitWords(local)}, as given" : "not given, so no due date")
                    .Append("; the text delegates it: «").Append(e.Citations[0].Quote).Append("» (").Append(e.Citations[0].Location).AppendLine(")");
            }
        }

        var provisional = report.Entries.Where(e => e.DependsOnProvisionalHoliday).ToList();
        if (provisional.Count > 0)
        {
            b.AppendLine();
            b.AppendLine(markdown ? "## Due dates counted across provisional bank holidays" : "Due dates counted across provisional bank holidays (not yet announced; load GOV.UK's list with --holidays to confirm them):");
            foreach (var e in provisional)
            {
                b.Append("- ").Append(e.RuleId).Append(e.Occurrence > 1 ? $" #{e.Occurrence}" : string.Empty).Append(": due ").Append(D(e.DueDate))
                    .Append(" counts across ").AppendLine(string.Join(", ", e.ProvisionalHolidays.Select(d => D(d))));
            }
        }

        if (report.Warnings.Count > 0)
        {
            b.AppendLine();
            b.AppendLine(markdown ? "## Warnings about the timeline" : "Warnings about the timeline:");
            foreach (var warning in report.Warnings)
            {
                b.Append("- ").Append(warning.Position is { } p ? $"event {p}: " : string.Empty).AppendLine(warning.Message);
            }
        }

        b.AppendLine();
        b.Append(markdown ? "Edition: " : "Edition: ").Append(string.Join(", ", report.Editions.Select(x => x.Name)))
            .AppendLine(report.AppliedBeforeCommencement ? " (applied to clocks that started before it came into force, as chosen)." : ".");
        var chosen = report.Readings.Where(r => r.ChosenByCaller).Select(r => r.ToString()).ToList();
        b.Append("Readings: ").AppendLine(chosen.Count == 0 ? "the library's defaults (see 'rules readings')." : string.Join(", ", chosen) + "; the rest as the library's defaults.");
        b.AppendLine(markdown
            ? "Each rule's text, paragraph and reading: [docs/rules/timescales.md](docs/rules/timescales.md)."
            : "Each rule's text, paragraph and reading: docs/rules/timescales.md, or --format json.");
    }
}
