using System;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2026-12-24", 1, "2026-12-29")]
    [InlineData("2026-12-29", -1, "2026-12-24")]
    [InlineData("2026-11-21", 1, "2026-11-23")]
    [InlineData("2026-11-22", -1, "2026-11-20")]
    [InlineData("2026-11-23", 0, "2026-11-23")]
    [InlineData("2026-11-21", 0, "2026-11-21")]
    [InlineData("2026-04-02", 1, "2026-04-07")]
    [InlineData("2026-04-07", -1, "2026-04-02")]
    public void Adding_working_days_skips_weekends_and_bank_holidays(string start, int n, string expected)
    {
        Assert.Equal(Parse(expected), Calendar.AddWorkingDays(Parse(start), n));
    }

    [Theory]
    [InlineData("2026-12-24", "2026-12-29", 1)]
    [InlineData("2026-12-29", "2026-12-24", -1)]
    [InlineData("2026-12-24", "2026-12-24", 0)]
    [InlineData("2026-12-25", "2026-12-28", 0)]
    [InlineData("2026-01-01", "2026-12-31", 253)]
    [InlineData("2025-12-31", "2026-12-31", 253)]
    [InlineData("2027-12-24", "2027-12-29", 1)]
    public void Counting_working_days_counts_those_after_the_first_date_up_to_and_including_the_second(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(Parse(from), Parse(to)));
    }

    [Fact]
    public void Next_and_previous_working_day_are_strictly_after_and_before()
    {
        Assert.Equal(Parse("2026-12-29"), Calendar.NextWorkingDay(Parse("2026-12-24")));
        Assert.Equal(Parse("2026-12-24"), Calendar.PreviousWorkingDay(Parse("2026-12-29")));
        Assert.Equal(Parse("2026-12-29"), Calendar.OnOrNextWorkingDay(Parse("2026-12-26")));
        Assert.Equal(Parse("2026-12-24"), Calendar.OnOrPreviousWorkingDay(Parse("2026-12-26")));
        Assert.Equal(Parse("2026-12-24"), Calendar.OnOrNextWorkingDay(Parse("2026-12-24")));
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2100-01-01")]
    public void A_date_outside_the_supported_range_throws_naming_the_range(string date)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsWorkingDay(Parse(date)));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("2000-01-01 to 2099-12-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_outside_the_supported_range_throws_naming_the_count()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Parse("2099-12-30"), 5));
        Assert.Equal("workingDays", ex.ParamName);
        Assert.False(Calendar.TryAddWorkingDays(Parse("2000-01-04"), -5, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Parse("2050-01-04"), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Parse("2050-01-04"), int.MinValue));
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_rejected()
    {
        var julian = new LocalDate(2026, 1, 1, CalendarSystem.Julian);
        Assert.Throws<ArgumentException>(() => Calendar.IsWorkingDay(julian));
    }

    [Fact]
    public void A_caller_can_add_a_holiday_proclaimed_after_the_release_without_changing_the_shared_calendar()
    {
        var proclaimed = new BankHoliday(new LocalDate(2030, 6, 14), "Extra bank holiday", BankHolidayKind.OneOff);
        var custom = Calendar.WithHolidays(new[] { proclaimed });
        Assert.False(custom.IsWorkingDay(proclaimed.Date));
        Assert.Equal(proclaimed, custom.GetHoliday(proclaimed.Date));
        Assert.True(Calendar.IsWorkingDay(proclaimed.Date));
        Assert.Equal(new LocalDate(2030, 6, 17), custom.AddWorkingDays(new LocalDate(2030, 6, 13), 1));
    }

    [Fact]
    public void A_caller_can_remove_a_holiday_moved_by_a_later_proclamation()
    {
        var spring2035 = Calendar.HolidaysInYear(2035).Single(h => h.Name == "Spring bank holiday");
        Assert.True(spring2035.IsProvisional);
        var custom = Calendar.WithoutHolidays(new[] { spring2035.Date });
        Assert.True(custom.IsWorkingDay(spring2035.Date));
        Assert.False(Calendar.IsWorkingDay(spring2035.Date));
    }

    [Fact]
    public void An_added_holiday_is_never_provisional()
    {
        var date = Calendar.HolidaysInYear(2040)[0].Date;
        var custom = Calendar.WithHolidays(new[] { new BankHoliday(date, "New Year’s Day", BankHolidayKind.Regular, isProvisional: true) });
        Assert.False(custom.GetHoliday(date)!.IsProvisional);
    }

    [Fact]
    public void Holidays_between_two_dates_include_both_ends_in_date_order()
    {
        var holidays = Calendar.HolidaysBetween(Parse("2026-12-25"), Parse("2027-01-01"));
        Assert.Equal(new[] { "2026-12-25", "2026-12-28", "2027-01-01" }, holidays.Select(h => h.Date.ToString("yyyy-MM-dd", null)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysBetween(Parse("2027-01-01"), Parse("2026-12-25")));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysInYears(2027, 2026));
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
