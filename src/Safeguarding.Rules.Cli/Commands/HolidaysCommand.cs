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
        var from = new Option<int>("--from") { Description = "The first year.", Required = true, CustomParser = CliParsing.WholeNumber };
        var to = new Option<int>("--to") { Description = "The last year (defaults to --from).", CustomParser = CliParsing.WholeNumber };
        var format = CliParsing.FormatOption("text", "json");
        var file = HolidaysFileOption.Create();
        var command = new Command("holidays", "List the England and Wales bank holidays of a range of years; holidays the government has not yet announced, generated from the standing rules, are marked provisional.") { from, to, format, file };
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

            var holidays = HolidaysFileOption.Calendar(context, parse.GetValue(file)).HolidaysInYears(first, last);
            if (parse.GetValue(format) == "json")
            {
                context.Output.Write(SafeguardingJson.Write(HolidayListDocument.From(holidays)));
            }
            else
            {
                foreach (var holiday in holidays)
                {
                    context.Output.WriteLine($"{holiday.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\t{holiday.Name}\t{holiday.Kind.Name()}{(holiday.IsProvisional ? "\tprovisional" : string.Empty)}");
                }
            }

            return CliApp.Success;
        });
        return command;
    }


    private static void RequireYear(int year, string field)
    {
        if (year < EnglandAndWalesBankHolidays.FirstSupportedYear || year > EnglandAndWalesBankHolidays.LastSupportedYear)
        {
            throw new CliInputException(
                $"{field}: {year} is outside the supported years {EnglandAndWalesBankHolidays.FirstSupportedYear} to {EnglandAndWalesBankHolidays.LastSupportedYear}.");
        }
    }
}
