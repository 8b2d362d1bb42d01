using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>
/// The edges of the supported range (1 January 2000 to 31 December 2099) and the checks on every argument: a date or
/// result just inside the range is answered, one just outside throws <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
public class RangeEdgeTests
{
    private const string RangeText = "2000-01-01 to 2099-12-31";

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // Saturday 1 and Sunday 2 January 2000 are a weekend and Monday 3 is the substitute New Year's Day.
    private static readonly LocalDate FirstWorkingDay = new(2000, 1, 4);

    // Thursday 31 December 2099 is a working day (Boxing Day, a Saturday, moved to Monday 28).
    private static readonly LocalDate LastWorkingDay = new(2099, 12, 31);

    [Fact]
    public void The_range_is_1_January_2000_to_31_December_2099()
    {
        Assert.Equal(new LocalDate(2000, 1, 1), WorkingDayCalendar.MinSupportedDate);
        Assert.Equal(new LocalDate(2099, 12, 31), WorkingDayCalendar.MaxSupportedDate);
        Assert.Equal(2028, Calendar.LastAnnouncedYear);
    }

    [Fact]
    public void The_first_and_last_dates_of_the_range_are_answered()
    {
        Assert.False(Calendar.IsWorkingDay(WorkingDayCalendar.MinSupportedDate));
        Assert.Null(Calendar.GetHoliday(WorkingDayCalendar.MinSupportedDate));
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2000, 1, 3)));
        Assert.Equal("New Year’s Day", Calendar.GetHoliday(new LocalDate(2000, 1, 3))!.Name);
        Assert.True(Calendar.IsWorkingDay(FirstWorkingDay));
        Assert.True(Calendar.IsWorkingDay(WorkingDayCalendar.MaxSupportedDate));
        Assert.Null(Calendar.GetHoliday(WorkingDayCalendar.MaxSupportedDate));
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2100-01-01")]
    [InlineData("1900-06-01")]
    [InlineData("2200-06-01")]
    public void Every_method_taking_a_date_rejects_one_outside_the_range_naming_the_parameter_and_the_range(string text)
    {
        var date = Parse(text);
        AssertOutOfRange("date", () => Calendar.IsWorkingDay(date));
        AssertOutOfRange("date", () => Calendar.GetHoliday(date));
        AssertOutOfRange("date", () => Calendar.AddWorkingDays(date, 1));
        AssertOutOfRange("date", () => Calendar.AddWorkingDays(date, 0));
        AssertOutOfRange("date", () => Calendar.TryAddWorkingDays(date, 1, out _));
        AssertOutOfRange("date", () => Calendar.SubtractWorkingDays(date, 1));
        AssertOutOfRange("date", () => Calendar.NextWorkingDay(date));
        AssertOutOfRange("date", () => Calendar.PreviousWorkingDay(date));
        AssertOutOfRange("date", () => Calendar.OnOrNextWorkingDay(date));
        AssertOutOfRange("date", () => Calendar.OnOrPreviousWorkingDay(date));
        AssertOutOfRange("start", () => Calendar.WorkingDaysBetween(date, FirstWorkingDay));
        AssertOutOfRange("end", () => Calendar.WorkingDaysBetween(FirstWorkingDay, date));
        AssertOutOfRange("from", () => Calendar.HolidaysBetween(date, LastWorkingDay));
        AssertOutOfRange("to", () => Calendar.HolidaysBetween(FirstWorkingDay, date));
    }

    [Fact]
    public void Adding_can_reach_the_first_and_last_working_days_of_the_range_but_not_beyond()
    {
        Assert.Equal(FirstWorkingDay, Calendar.AddWorkingDays(FirstWorkingDay.PlusDays(1), -1));
        Assert.Equal(FirstWorkingDay, Calendar.AddWorkingDays(WorkingDayCalendar.MinSupportedDate, 1));
        Assert.Equal(LastWorkingDay, Calendar.AddWorkingDays(LastWorkingDay.PlusDays(-1), 1));
        Assert.Equal(LastWorkingDay, Calendar.AddWorkingDays(FirstWorkingDay, Calendar.WorkingDaysBetween(FirstWorkingDay, LastWorkingDay)));
        Assert.Equal(FirstWorkingDay, Calendar.AddWorkingDays(LastWorkingDay, -Calendar.WorkingDaysBetween(FirstWorkingDay, LastWorkingDay)));

        AssertResultOutOfRange(() => Calendar.AddWorkingDays(FirstWorkingDay, -1));
        AssertResultOutOfRange(() => Calendar.AddWorkingDays(WorkingDayCalendar.MinSupportedDate, -1));
        AssertResultOutOfRange(() => Calendar.AddWorkingDays(LastWorkingDay, 1));
        AssertResultOutOfRange(() => Calendar.AddWorkingDays(FirstWorkingDay, Calendar.WorkingDaysBetween(FirstWorkingDay, LastWorkingDay) + 1));
        AssertResultOutOfRange(() => Calendar.AddWorkingDays(LastWorkingDay, -Calendar.WorkingDaysBetween(FirstWorkingDay, LastWorkingDay) - 1));
    }

    [Fact]
    public void Next_and_previous_working_day_throw_at_the_ends_of_the_range()
    {
        Assert.Equal(LastWorkingDay, Calendar.NextWorkingDay(LastWorkingDay.PlusDays(-1)));
        Assert.Equal(FirstWorkingDay, Calendar.PreviousWorkingDay(FirstWorkingDay.PlusDays(1)));
        AssertResultOutOfRange(() => Calendar.NextWorkingDay(LastWorkingDay));
        AssertResultOutOfRange(() => Calendar.PreviousWorkingDay(FirstWorkingDay));
        AssertResultOutOfRange(() => Calendar.OnOrPreviousWorkingDay(WorkingDayCalendar.MinSupportedDate));
        Assert.Equal(LastWorkingDay, Calendar.OnOrNextWorkingDay(LastWorkingDay));
        Assert.Equal(FirstWorkingDay, Calendar.OnOrPreviousWorkingDay(FirstWorkingDay));
        Assert.Equal(FirstWorkingDay, Calendar.OnOrNextWorkingDay(WorkingDayCalendar.MinSupportedDate));
    }

    [Fact]
    public void On_or_previous_working_day_keeps_a_working_day_and_steps_back_from_any_other_day()
    {
        Assert.Equal(Parse("2026-12-24"), Calendar.OnOrPreviousWorkingDay(Parse("2026-12-24")));
        Assert.Equal(Parse("2026-12-29"), Calendar.OnOrPreviousWorkingDay(Parse("2026-12-29")));
        Assert.Equal(Parse("2026-12-24"), Calendar.OnOrPreviousWorkingDay(Parse("2026-12-28")));
        Assert.Equal(Parse("2026-12-29"), Calendar.OnOrNextWorkingDay(Parse("2026-12-29")));
        Assert.Equal(Parse("2026-12-29"), Calendar.OnOrNextWorkingDay(Parse("2026-12-25")));
    }

    [Fact]
    public void Try_add_gives_the_result_and_true_inside_the_range()
    {
        Assert.True(Calendar.TryAddWorkingDays(Parse("2026-12-24"), 1, out var next));
        Assert.Equal(Parse("2026-12-29"), next);
        Assert.True(Calendar.TryAddWorkingDays(Parse("2026-12-29"), -1, out var previous));
        Assert.Equal(Parse("2026-12-24"), previous);
        Assert.True(Calendar.TryAddWorkingDays(Parse("2026-12-26"), -1, out var fromSaturday));
        Assert.Equal(Parse("2026-12-24"), fromSaturday);
        Assert.True(Calendar.TryAddWorkingDays(FirstWorkingDay.PlusDays(1), -1, out var first));
        Assert.Equal(FirstWorkingDay, first);
        Assert.True(Calendar.TryAddWorkingDays(LastWorkingDay.PlusDays(-1), 1, out var last));
        Assert.Equal(LastWorkingDay, last);
    }

    [Fact]
    public void Try_add_gives_false_and_the_start_date_when_the_result_would_leave_the_range()
    {
        Assert.False(Calendar.TryAddWorkingDays(FirstWorkingDay, -1, out var beforeFirst));
        Assert.Equal(FirstWorkingDay, beforeFirst);
        Assert.False(Calendar.TryAddWorkingDays(LastWorkingDay, 1, out var afterLast));
        Assert.Equal(LastWorkingDay, afterLast);
        Assert.False(Calendar.TryAddWorkingDays(Parse("2050-01-04"), int.MaxValue, out var huge));
        Assert.Equal(Parse("2050-01-04"), huge);
        Assert.False(Calendar.TryAddWorkingDays(Parse("2050-01-04"), int.MinValue, out var hugeBack));
        Assert.Equal(Parse("2050-01-04"), hugeBack);
    }

    [Theory]
    [InlineData("2026-12-26")]
    [InlineData("2026-12-29")]
    [InlineData("2000-01-01")]
    [InlineData("2099-12-31")]
    public void Try_add_of_zero_gives_true_and_the_date_itself_working_day_or_not(string text)
    {
        var date = Parse(text);
        Assert.True(Calendar.TryAddWorkingDays(date, 0, out var result));
        Assert.Equal(date, result);
        Assert.Equal(date, Calendar.AddWorkingDays(date, 0));
    }

    [Fact]
    public void Subtracting_the_smallest_int_is_rejected_as_a_count_too_large()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.SubtractWorkingDays(Parse("2050-01-04"), int.MinValue));
        Assert.Equal("workingDays", ex.ParamName);
        Assert.Equal(int.MinValue, ex.ActualValue);
        Assert.Contains("The count is too large.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtracting_goes_back_and_a_negative_count_goes_forward()
    {
        Assert.Equal(FirstWorkingDay, Calendar.SubtractWorkingDays(FirstWorkingDay.PlusDays(1), 1));
        Assert.Equal(Parse("2026-12-29"), Calendar.SubtractWorkingDays(Parse("2026-12-24"), -1));
        AssertResultOutOfRange(() => Calendar.SubtractWorkingDays(FirstWorkingDay, 1));
        AssertResultOutOfRange(() => Calendar.SubtractWorkingDays(Parse("2050-01-04"), int.MaxValue));
    }

    [Fact]
    public void Counting_over_the_whole_range_counts_every_weekday_that_is_not_a_holiday()
    {
        int expected = 0;
        for (var d = WorkingDayCalendar.MinSupportedDate; d <= WorkingDayCalendar.MaxSupportedDate; d = d.PlusDays(1))
        {
            if (d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && Calendar.GetHoliday(d) is null)
            {
                expected++;
            }
        }

        Assert.Equal(expected, Calendar.WorkingDaysBetween(WorkingDayCalendar.MinSupportedDate, WorkingDayCalendar.MaxSupportedDate));
        Assert.Equal(-expected, Calendar.WorkingDaysBetween(WorkingDayCalendar.MaxSupportedDate, WorkingDayCalendar.MinSupportedDate));
        Assert.Equal(0, Calendar.WorkingDaysBetween(WorkingDayCalendar.MaxSupportedDate, WorkingDayCalendar.MaxSupportedDate));
    }

    [Fact]
    public void Is_supported_is_true_from_the_first_to_the_last_date_and_false_outside_or_in_another_calendar()
    {
        Assert.True(WorkingDayCalendar.IsSupported(WorkingDayCalendar.MinSupportedDate));
        Assert.True(WorkingDayCalendar.IsSupported(WorkingDayCalendar.MaxSupportedDate));
        Assert.True(WorkingDayCalendar.IsSupported(Parse("2050-06-15")));
        Assert.False(WorkingDayCalendar.IsSupported(WorkingDayCalendar.MinSupportedDate.PlusDays(-1)));
        Assert.False(WorkingDayCalendar.IsSupported(WorkingDayCalendar.MaxSupportedDate.PlusDays(1)));
        Assert.False(WorkingDayCalendar.IsSupported(new LocalDate(2050, 6, 15, CalendarSystem.Julian)));
        Assert.False(WorkingDayCalendar.IsSupported(new LocalDate(2050, 6, 15, CalendarSystem.Gregorian)));
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_rejected_naming_the_parameter()
    {
        var julian = new LocalDate(2026, 1, 1, CalendarSystem.Julian);
        var ex = Assert.Throws<ArgumentException>(() => Calendar.GetHoliday(julian));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("The date must be in the ISO calendar.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => Calendar.WorkingDaysBetween(julian, FirstWorkingDay)).ParamName);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2100)]
    public void Holidays_in_a_year_outside_the_range_are_rejected_naming_the_years(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysInYear(year));
        Assert.Equal("fromYear", ex.ParamName);
        Assert.Equal(year, ex.ActualValue);
        Assert.Contains("The working-day calendar supports the years 2000 to 2099.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_in_years_checks_each_year_by_name()
    {
        Assert.Equal("fromYear", Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysInYears(1999, 2000)).ParamName);
        Assert.Equal("toYear", Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysInYears(2099, 2100)).ParamName);
        Assert.Equal("toYear", Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysInYears(2000, 1999)).ParamName);

        var backwards = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysInYears(2027, 2026));
        Assert.Equal("toYear", backwards.ParamName);
        Assert.Equal(2026, backwards.ActualValue);
        Assert.Contains("The last year must not be before the first year (2027).", backwards.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_in_years_covers_the_first_and_last_years_and_joins_several()
    {
        Assert.Equal(new LocalDate(2000, 1, 3), Calendar.HolidaysInYear(2000)[0].Date);
        Assert.Equal(new LocalDate(2099, 12, 28), Calendar.HolidaysInYear(2099)[^1].Date);
        Assert.Equal(
            Calendar.HolidaysInYear(2026).Concat(Calendar.HolidaysInYear(2027)).Concat(Calendar.HolidaysInYear(2028)),
            Calendar.HolidaysInYears(2026, 2028));
        Assert.Equal(Calendar.Holidays, Calendar.HolidaysInYears(2000, 2099));
    }

    [Fact]
    public void Holidays_between_a_date_and_itself_is_that_day_s_holiday_or_nothing()
    {
        var christmas = Assert.Single(Calendar.HolidaysBetween(Parse("2026-12-25"), Parse("2026-12-25")));
        Assert.Equal("Christmas Day", christmas.Name);
        Assert.Empty(Calendar.HolidaysBetween(Parse("2026-12-24"), Parse("2026-12-24")));
        Assert.Equal(Calendar.Holidays, Calendar.HolidaysBetween(WorkingDayCalendar.MinSupportedDate, WorkingDayCalendar.MaxSupportedDate));
    }

    [Fact]
    public void Holidays_between_dates_in_the_wrong_order_is_rejected_naming_the_last_date()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.HolidaysBetween(Parse("2026-12-25"), Parse("2026-12-24")));
        Assert.Equal("to", ex.ParamName);
        Assert.Contains("The last date must not be before the first date.", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertOutOfRange(string paramName, Func<object?> call)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains($"The working-day calendar supports dates from {RangeText}.", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertResultOutOfRange(Func<LocalDate> call)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => call());
        Assert.Equal("workingDays", ex.ParamName);
        Assert.Contains($"The result is outside the supported range of the working-day calendar, {RangeText}.", ex.Message, StringComparison.Ordinal);
    }

    private static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
