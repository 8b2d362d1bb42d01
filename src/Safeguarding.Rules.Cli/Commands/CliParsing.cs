using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>Shared parsing for command arguments and options.</summary>
internal static class CliParsing
{
    public static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>
    /// Today's date in England, for an omitted --as-of. The CLI is the composition root: it, never the library, reads
    /// the system clock, and only here.
    /// </summary>
    public static LocalDate Today() =>
        SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;

    /// <summary>Parses an ISO date (YYYY-MM-DD) and checks it lies in the calendar's range.</summary>
    public static LocalDate ParseDate(string? text, string field)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!result.Success)
        {
            throw new CliInputException($"{field}: '{text}' is not a date in the form YYYY-MM-DD.");
        }

        var date = result.Value;
        if (!WorkingDayCalendar.IsSupported(date))
        {
            throw new CliInputException(
                $"{field}: {date:yyyy-MM-dd} is outside the supported range {WorkingDayCalendar.MinSupportedDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxSupportedDate:yyyy-MM-dd}.");
        }

        return date;
    }
}
