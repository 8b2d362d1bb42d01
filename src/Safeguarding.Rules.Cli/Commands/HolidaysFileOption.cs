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
    public static WorkingDayCalendar Calendar(CliContext context, string? path)
    {
        if (path is null)
        {
            return WorkingDayCalendar.EnglandAndWales;
        }

        var stream = InputFiles.Open(context, path, Name);
        try
        {
            return WorkingDayCalendar.EnglandAndWales.WithGovUkBankHolidays(stream);
        }
        catch (FormatException ex)
        {
            throw new CliInputException($"{Name}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw InputFiles.Unreadable(Name, ex);
        }
        finally
        {
            if (path != InputFiles.StandardInput)
            {
                stream.Dispose();
            }
        }
    }
}
