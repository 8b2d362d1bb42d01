using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>
/// The calendar against the published GOV.UK England and Wales list (TestData/govuk-bank-holidays-england-and-wales.json;
/// its README names the snapshots and the years they cover).
/// </summary>
public class GovUkOracleTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    public static IReadOnlyList<(string Snapshot, LocalDate Date, string Title, string? Notes)> Events()
    {
        var path = Path.Combine(System.AppContext.BaseDirectory, "Calendars", "TestData", "govuk-bank-holidays-england-and-wales.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var events = new List<(string, LocalDate, string, string?)>();
        foreach (var snapshot in document.RootElement.GetProperty("snapshots").EnumerateArray())
        {
            var source = snapshot.GetProperty("retrieved_from").GetString()!;
            foreach (var e in snapshot.GetProperty("events").EnumerateArray())
            {
                var date = LocalDatePattern.Iso.Parse(e.GetProperty("date").GetString()!).Value;
                var notes = e.TryGetProperty("notes", out var n) ? n.GetString() : null;
                events.Add((source, date, e.GetProperty("title").GetString()!, notes));
            }
        }

        return events;
    }

    private static IEnumerable<int> CoveredYears() => Events().Select(e => e.Date.Year).Distinct().Order();

    [Fact]
    public void The_oracle_covers_2012_to_the_last_announced_year()
    {
        var years = CoveredYears().ToArray();
        Assert.Equal(2012, years.First());
        Assert.Equal(EnglandAndWalesBankHolidays.LastAnnouncedYear, years.Last());
        Assert.Equal(Enumerable.Range(2012, years.Length), years);
    }

    [Fact]
    public void Every_GOV_UK_holiday_is_a_bank_holiday_with_the_same_name()
    {
        var failures = new List<string>();
        foreach (var (snapshot, date, title, _) in Events())
        {
            var holiday = Calendar.GetHoliday(date);
            if (holiday is null)
            {
                failures.Add($"{date:yyyy-MM-dd} {title} ({snapshot}) is missing");
            }
            else if (holiday.Name != title)
            {
                failures.Add($"{date:yyyy-MM-dd} is '{holiday.Name}', GOV.UK says '{title}'");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Every_bank_holiday_in_a_year_GOV_UK_covers_is_on_the_GOV_UK_list()
    {
        var published = Events().Select(e => e.Date).ToHashSet();
        var extra = CoveredYears()
            .SelectMany(Calendar.HolidaysInYear)
            .Where(h => !published.Contains(h.Date))
            .Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}")
            .ToArray();
        Assert.Empty(extra);
    }

    [Fact]
    public void Every_GOV_UK_substitute_day_is_a_substitute_or_moved_holiday_here()
    {
        var substitutes = Events().Where(e => e.Notes == "Substitute day").ToArray();
        Assert.NotEmpty(substitutes);
        Assert.All(substitutes, e => Assert.Contains(Calendar.GetHoliday(e.Date)!.Kind, new[] { BankHolidayKind.Substitute, BankHolidayKind.Moved }));
    }
}
