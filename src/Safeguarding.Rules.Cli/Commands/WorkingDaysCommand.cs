using System.CommandLine;
using System.Globalization;
using Safeguarding.Rules.Calendars;

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
        var add = new Command("add", "Add N working days to a date.") { addDate, addCount };
        add.SetAction(parse =>
        {
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var date = CliParsing.ParseDate(parse.GetValue(addDate), "date");
            int n = parse.GetValue(addCount);
            if (!calendar.TryAddWorkingDays(date, n, out var result))
            {
                throw new CliInputException($"n: adding {n} working days to {Format(date)} leaves the supported range {Format(WorkingDayCalendar.MinSupportedDate)} to {Format(WorkingDayCalendar.MaxSupportedDate)}.");
            }

            context.Output.WriteLine(Format(result));
            return CliApp.Success;
        });

        var first = new Argument<string>("from") { Description = "The first date (not counted)." };
        var second = new Argument<string>("to") { Description = "The second date (counted if a working day)." };
        var between = new Command("between", "Count the working days after the first date up to and including the second (negative when the second is earlier).") { first, second };
        between.SetAction(parse =>
        {
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var a = CliParsing.ParseDate(parse.GetValue(first), "from");
            var b = CliParsing.ParseDate(parse.GetValue(second), "to");
            context.Output.WriteLine(calendar.WorkingDaysBetween(a, b).ToString(CultureInfo.InvariantCulture));
            return CliApp.Success;
        });

        var isDate = new Argument<string>("date") { Description = "The date, YYYY-MM-DD." };
        var isCommand = new Command("is", "Say whether a date is a working day: 'yes', or 'no' and why.") { isDate };
        isCommand.SetAction(parse =>
        {
            var calendar = HolidaysFileOption.Calendar(context, parse.GetValue(holidays));
            var date = CliParsing.ParseDate(parse.GetValue(isDate), "date");
            if (calendar.IsWorkingDay(date))
            {
                context.Output.WriteLine("yes");
            }
            else if (calendar.GetHoliday(date) is { } holiday)
            {
                context.Output.WriteLine($"no\t{holiday.Name}");
            }
            else
            {
                context.Output.WriteLine($"no\t{date.DayOfWeek}");
            }

            return CliApp.Success;
        });

        command.Subcommands.Add(add);
        command.Subcommands.Add(between);
        command.Subcommands.Add(isCommand);
        return command;
    }

    private static string Format(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
