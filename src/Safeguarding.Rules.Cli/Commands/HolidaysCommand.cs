using System.CommandLine;
using System.Globalization;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary><c>holidays --from YEAR --to YEAR [--format text|json]</c>.</summary>
internal static class HolidaysCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<int>("--from") { Description = "The first year.", Required = true };
        var to = new Option<int>("--to") { Description = "The last year (defaults to --from)." };
        var format = CliParsing.FormatOption("text", "json");
        var command = new Command("holidays", "List the England and Wales bank holidays of a range of years.") { from, to, format };
        command.SetAction(parse =>
        {
            int first = parse.GetValue(from);
            int last = parse.GetResult(to) is null ? first : parse.GetValue(to);
            RequireYear(first, "--from");
            RequireYear(last, "--to");
            if (last < first)
            {
                throw new CliInputException($"--to: {last} is before --from {first}.");
            }

            var holidays = WorkingDayCalendar.EnglandAndWales.HolidaysInYears(first, last);
            if (parse.GetValue(format) == "json")
            {
                context.Output.Write(SafeguardingJson.Write(HolidayListDocument.From(holidays)));
            }
            else
            {
                foreach (var holiday in holidays)
                {
                    context.Output.WriteLine($"{holiday.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\t{holiday.Name}\t{KindName(holiday.Kind)}");
                }
            }

            return CliApp.Success;
        });
        return command;
    }

    /// <summary>The kind as the CLI and the JSON print it.</summary>
    public static string KindName(BankHolidayKind kind) => kind switch
    {
        BankHolidayKind.Regular => "regular",
        BankHolidayKind.Substitute => "substitute",
        BankHolidayKind.Moved => "moved",
        _ => "one-off",
    };

    private static void RequireYear(int year, string field)
    {
        if (year < EnglandAndWalesBankHolidays.FirstSupportedYear || year > EnglandAndWalesBankHolidays.LastSupportedYear)
        {
            throw new CliInputException(
                $"{field}: {year} is outside the supported years {EnglandAndWalesBankHolidays.FirstSupportedYear} to {EnglandAndWalesBankHolidays.LastSupportedYear}.");
        }
    }
}
