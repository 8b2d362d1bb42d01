using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Cli.Census;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// <c>caseload CENSUS.xml [--as-of DATE] [--format text|json|csv|markdown|junit] [--fail-on overdue] [--reading ...]</c>:
/// a whole children in need census return against the statutory timescales, with DfE's measures C2 and C4.
/// </summary>
internal static class CaseloadCommand
{
    public static Command Create(CliContext context)
    {
        var file = CliParsing.FilesArgument("census", "The children in need census return (XML), read as a stream.");
        var asOf = new Option<string>("--as-of") { Description = "Evaluate the deadlines as of this date, YYYY-MM-DD (default: the census reference date)." };
        var format = CliParsing.FormatOption(CaseloadWriter.Formats);
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when any deadline is overdue ('overdue'). By default deadlines do not change the exit code." };
        CliParsing.OneOf(failOn, "overdue");
        var reading = CliParsing.ReadingOption();
        var holidays = HolidaysFileOption.Create();
        var command = new Command("caseload", "Evaluate a children in need census return: statutory deadlines (DL-03, DL-04, DL-06, DL-07) for every episode, DfE's timeliness measures C2 and C4, and data-quality findings.")
        {
            file, asOf, format, failOn, reading, holidays,
        };
        command.SetAction(parse =>
        {
            LocalDate? date = parse.GetValue(asOf) is { } text ? CliParsing.ParseDate(text, "--as-of") : null;
            var readings = Readings(parse.GetValue(reading));
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var chosenFormat = parse.GetValue(format)!;
            bool failOnOverdue = parse.GetValue(failOn) == "overdue";
            return InputFiles.Each(context, parse.GetValue(file)!, chosenFormat == "json", (path, output, layout) =>
            {
                var report = Evaluate(context, path, date, readings, calendar);
                CaseloadWriter.Write(output, report, readings, chosenFormat, layout);
                return failOnOverdue && report.HasOverdue ? CliApp.CheckFailed : CliApp.Success;
            });
        });
        return command;
    }

    /// <summary>The readings --reading chose: the census readings and the library's alike.</summary>
    internal static Readings Readings(string[]? choices) => CliParsing.Readings(choices, CensusInterpretations.All.ToArray());

    private static CaseloadReport Evaluate(CliContext context, string path, LocalDate? asOf, Readings readings, WorkingDayCalendar calendar)
    {
        var stream = InputFiles.Open(context, path, "CENSUS");
        try
        {
            using var census = CensusReader.Create(new BufferedStream(stream, 1 << 16));
            return new CaseloadEvaluator(calendar, readings).Evaluate(census, asOf);
        }
        catch (CensusFormatException ex)
        {
            throw new CliInputException("CENSUS: " + ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            var message = ex.Message;
            int paren = message.LastIndexOf(" (Parameter", StringComparison.Ordinal);
            throw new CliInputException("CENSUS: " + (paren > 0 ? message[..paren] : message), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw InputFiles.Unreadable("CENSUS", ex);
        }
    }
}
