using System.CommandLine;
using System.Globalization;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary><c>working-days add|between|is</c>.</summary>
internal static class WorkingDaysCommand
{
    public static Command Create(CliContext context)
    {
        var holidays = HolidaysFileOption.Create();
        holidays.Recursive = true;
        var command = new Command("working-days", "Working-day arithmetic on the England and Wales calendar (footnote 209: not a Saturday, Sunday or bank holiday).") { holidays };

        var addDate = new Argument<string>("date") { Description = "The start date, YYYY-MM-DD (day 0)." };
        var addCount = new Argument<int>("n") { Description = "Working days to add; negative to subtract.", CustomParser = CliParsing.WholeNumber };
        var addFormat = CliParsing.FormatOption("text", "json");
        var add = new Command("add", "Add N working days to a date.") { addDate, addCount, addFormat };
        add.SetAction(parse =>
        {
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var date = CliParsing.ParseDate(parse.GetValue(addDate), "date");
            int n = parse.GetValue(addCount);
            if (!calendar.TryAddWorkingDays(date, n, out var result))
            {
                throw new CliInputException($"n: adding {n} working days to {Format(date)} leaves the supported range {Format(WorkingDayCalendar.MinSupportedDate)} to {Format(WorkingDayCalendar.MaxSupportedDate)}.");
            }

            Print(context, parse.GetValue(addFormat), Format(result), new WorkingDaysDocument(SafeguardingJson.SchemaVersion, WorkingDaysOperation.Add, date, result, n, null, null));
            return CliApp.Success;
        });

        var first = new Argument<string>("from") { Description = "The first date (not counted)." };
        var second = new Argument<string>("to") { Description = "The second date (counted if a working day)." };
        var betweenFormat = CliParsing.FormatOption("text", "json");
        var between = new Command("between", "Count the working days after the first date up to and including the second (negative when the second is earlier).") { first, second, betweenFormat };
        between.SetAction(parse =>
        {
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var a = CliParsing.ParseDate(parse.GetValue(first), "from");
            var b = CliParsing.ParseDate(parse.GetValue(second), "to");
            int count = calendar.WorkingDaysBetween(a, b);
            Print(context, parse.GetValue(betweenFormat), count.ToString(CultureInfo.InvariantCulture), new WorkingDaysDocument(SafeguardingJson.SchemaVersion, WorkingDaysOperation.Between, a, b, count, null, null));
            return CliApp.Success;
        });

        var isDate = new Argument<string>("date") { Description = "The date, YYYY-MM-DD." };
        var isFormat = CliParsing.FormatOption("text", "json");
        var isCommand = new Command("is", "Say whether a date is a working day: 'yes', or 'no' and why.") { isDate, isFormat };
        isCommand.SetAction(parse =>
        {
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var date = CliParsing.ParseDate(parse.GetValue(isDate), "date");
            bool working = calendar.IsWorkingDay(date);
            string? reason = working ? null : calendar.GetHoliday(date) is { } holiday ? holiday.Name : date.DayOfWeek.ToString();
            Print(context, parse.GetValue(isFormat), working ? "yes" : $"no\t{reason}", new WorkingDaysDocument(SafeguardingJson.SchemaVersion, WorkingDaysOperation.Is, date, null, null, working, reason));

            return CliApp.Success;
        });

        command.Subcommands.Add(add);
        command.Subcommands.Add(between);
        command.Subcommands.Add(isCommand);
        return command;
    }

    private static void Print(CliContext context, string? format, string text, WorkingDaysDocument json)
    {
        if (format == "json")
        {
            context.Output.Write(SafeguardingJson.Write(json));
        }
        else
        {
            context.Output.WriteLine(text);
        }
    }

    private static string Format(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
