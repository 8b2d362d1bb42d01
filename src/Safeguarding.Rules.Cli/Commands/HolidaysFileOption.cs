using System;
using System.CommandLine;
using System.IO;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Json.Calendars;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// <c>--holidays FILE</c>, on every command that counts working days: GOV.UK's bank-holiday JSON
/// (https://www.gov.uk/bank-holidays.json), whose england-and-wales division corrects the calendar for the years the
/// file covers, so a holiday proclaimed after this release needs no new release.
/// </summary>
internal static class HolidaysFileOption
{
    public const string Name = "--holidays";

    public static Option<string> Create() => new(Name)
    {
        Description = "GOV.UK's bank-holiday JSON (https://www.gov.uk/bank-holidays.json, saved to a file): its england-and-wales division is authoritative for the years it covers, which are then no longer provisional.",
        HelpName = "FILE",
    };

    /// <summary>The England and Wales calendar, corrected by the file when one is given.</summary>
    public static WorkingDayCalendar Calendar(string? path)
    {
        if (path is null)
        {
            return WorkingDayCalendar.EnglandAndWales;
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException($"{Name}: no file given.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return WorkingDayCalendar.EnglandAndWales.WithGovUkBankHolidays(stream);
        }
        catch (FormatException ex)
        {
            throw new CliInputException($"{Name}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliInputException($"{Name}: cannot read the file ({JsonInput.Reason(ex)}).", ex);
        }
    }
}
