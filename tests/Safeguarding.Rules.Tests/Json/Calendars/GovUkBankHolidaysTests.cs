using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Json.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Json.Calendars;

/// <summary>
/// A calendar updatable without a release: GOV.UK's published bank holidays (its england-and-wales division) correct the
/// calendar for the years the file covers. The fixture (Json/TestData/govuk-bank-holidays-2029-2030.json) invents a
/// one-off holiday in 2029 and moves the 2030 early May bank holiday; its README says so.
/// </summary>
public class GovUkBankHolidaysTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Json", "TestData", "govuk-bank-holidays-2029-2030.json");

    private static WorkingDayCalendar Corrected()
    {
        using var stream = File.OpenRead(Fixture);
        return WorkingDayCalendar.EnglandAndWales.WithGovUkBankHolidays(stream);
    }

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_england_and_wales_division_is_read_in_date_order_and_scotland_and_northern_ireland_are_ignored()
    {
        var holidays = GovUkBankHolidays.ReadFile(Fixture);
        Assert.Equal(17, holidays.Count);
        Assert.Equal(holidays.OrderBy(h => h.Date).Select(h => h.Date), holidays.Select(h => h.Date));
        Assert.DoesNotContain(holidays, h => h.Date == D(2029, 11, 30) || h.Date == D(2029, 1, 2) || h.Date == D(2029, 7, 12));
        Assert.All(holidays, h => Assert.False(h.IsProvisional));
        Assert.Equal("New Year’s Day", holidays[0].Name);
    }

    [Fact]
    public void A_one_off_holiday_in_the_file_becomes_a_bank_holiday()
    {
        var calendar = Corrected();
        Assert.True(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(D(2029, 6, 15)));
        var holiday = calendar.GetHoliday(D(2029, 6, 15));
        Assert.NotNull(holiday);
        Assert.Equal((BankHolidayKind.OneOff, "Bank holiday for the fixture’s one-off celebration", false), (holiday!.Kind, holiday.Name, holiday.IsProvisional));
        Assert.False(calendar.IsWorkingDay(D(2029, 6, 15)));

        // Ten working days from Friday 8 June 2029 now skip the one-off Friday.
        Assert.Equal(D(2029, 6, 22), WorkingDayCalendar.EnglandAndWales.AddWorkingDays(D(2029, 6, 8), 10));
        Assert.Equal(D(2029, 6, 25), calendar.AddWorkingDays(D(2029, 6, 8), 10));
    }

    [Fact]
    public void A_holiday_the_file_moves_leaves_its_standing_date_a_working_day()
    {
        var calendar = Corrected();
        Assert.NotNull(WorkingDayCalendar.EnglandAndWales.GetHoliday(D(2030, 5, 6)));
        Assert.True(calendar.IsWorkingDay(D(2030, 5, 6)));
        var moved = calendar.GetHoliday(D(2030, 5, 10))!;
        Assert.Equal((BankHolidayKind.Moved, "Early May bank holiday (moved)"), (moved.Kind, moved.Name));
    }

    [Fact]
    public void The_years_the_file_covers_are_confirmed_and_later_years_stay_provisional()
    {
        var before = WorkingDayCalendar.EnglandAndWales;
        Assert.True(before.HolidaysInYear(2029).All(h => h.IsProvisional));
        var calendar = Corrected();
        Assert.Equal(2030, calendar.LastAnnouncedYear);
        Assert.Equal(EnglandAndWalesBankHolidays.LastAnnouncedYear, before.LastAnnouncedYear);
        Assert.All(calendar.HolidaysInYears(2029, 2030), h => Assert.False(h.IsProvisional));
        Assert.All(calendar.HolidaysInYear(2031), h => Assert.True(h.IsProvisional));
        Assert.Equal(before.HolidaysInYear(2028), calendar.HolidaysInYear(2028));
        Assert.Equal(before.HolidaysInYear(2031), calendar.HolidaysInYear(2031));
        Assert.Empty(calendar.ProvisionalHolidaysBetween(D(2029, 1, 1), D(2030, 12, 31)));
        Assert.Equal(new[] { D(2031, 1, 1) }, calendar.ProvisionalHolidaysBetween(D(2030, 12, 20), D(2031, 1, 5)));
    }

    [Fact]
    public void Holidays_on_their_standing_dates_are_regular_and_substitute_days_are_marked_by_their_notes()
    {
        var holidays = Read("""{"england-and-wales":{"division":"england-and-wales","events":[{"title":"Christmas Day","date":"2027-12-27","notes":"Substitute day","bunting":true},{"title":"Boxing Day","date":"2027-12-28","notes":"Substitute day","bunting":true},{"title":"Summer bank holiday","date":"2027-08-30","notes":"","bunting":true}]}}""");
        Assert.Equal(new[] { BankHolidayKind.Regular, BankHolidayKind.Substitute, BankHolidayKind.Substitute }, holidays.Select(h => h.Kind));
        Assert.Equal("Substitute day", holidays[1].Note);
        Assert.Null(holidays[0].Note);
    }

    [Theory]
    [InlineData("[]", "$: expected an object holding the england-and-wales division.")]
    [InlineData("""{"scotland":{"division":"scotland","events":[]}}""", "$.england-and-wales: missing: the file holds no England and Wales division.")]
    [InlineData("""{"england-and-wales":[]}""", "$.england-and-wales: expected an object.")]
    [InlineData("""{"england-and-wales":{"division":"scotland","events":[]}}""", "$.england-and-wales.division: expected \"england-and-wales\".")]
    [InlineData("""{"england-and-wales":{"division":"england-and-wales"}}""", "$.england-and-wales.events: missing.")]
    [InlineData("""{"england-and-wales":{"events":{}}}""", "$.england-and-wales.events: expected an array.")]
    [InlineData("""{"england-and-wales":{"events":[7]}}""", "$.england-and-wales.events[0]: expected an object.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"X"}]}}""", "$.england-and-wales.events[0].date: missing.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"X","date":20290101}]}}""", "$.england-and-wales.events[0].date: expected a date, YYYY-MM-DD.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"X","date":"secret-2029"}]}}""", "$.england-and-wales.events[0].date: not a date, YYYY-MM-DD.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"X","date":"1999-12-31"}]}}""", "$.england-and-wales.events[0].date: outside the supported range 2000-01-01 to 2099-12-31.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"X","date":"2029-01-01"},{"title":"Y","date":"2029-01-01"}]}}""", "$.england-and-wales.events[1].date: the same date as events[0].")]
    [InlineData("""{"england-and-wales":{"events":[{"date":"2029-01-01"}]}}""", "$.england-and-wales.events[0].title: missing.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":" ","date":"2029-01-01"}]}}""", "$.england-and-wales.events[0].title: must not be blank.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":true,"date":"2029-01-01"}]}}""", "$.england-and-wales.events[0].title: expected text.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"\u001b[2Jsecret","date":"2029-01-01"}]}}""", "$.england-and-wales.events[0].title: contains a control character.")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"\ud800","date":"2029-01-01"}]}}""", "$.england-and-wales.events[0].title: not valid text (a lone surrogate).")]
    [InlineData("""{"england-and-wales":{"events":[{"title":"X","date":"2029-01-01","notes":"\ud800"}]}}""", "$.england-and-wales.events[0].notes: not valid text (a lone surrogate).")]
    [InlineData("""{"england-and-wales": secret""", "line 1: not valid JSON.")]
    public void A_file_not_in_the_format_is_one_plain_error_naming_the_json_path_and_never_a_value(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Read(json));
        Assert.Equal(expected, error.Message);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_longer_than_two_hundred_characters_is_refused()
    {
        string json = """{"england-and-wales":{"events":[{"title":"TITLE","date":"2029-01-01"}]}}""".Replace("TITLE", new string('x', 201), StringComparison.Ordinal);
        Assert.Equal("$.england-and-wales.events[0].title: longer than 200 characters.", Assert.Throws<FormatException>(() => Read(json)).Message);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => GovUkBankHolidays.Read(null!));
        Assert.Throws<ArgumentNullException>(() => GovUkBankHolidays.ReadFile(null!));
        Assert.Throws<ArgumentNullException>(() => ((WorkingDayCalendar)null!).WithGovUkBankHolidays(new MemoryStream()));
    }

    private static System.Collections.Generic.IReadOnlyList<BankHoliday> Read(string json) =>
        GovUkBankHolidays.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
