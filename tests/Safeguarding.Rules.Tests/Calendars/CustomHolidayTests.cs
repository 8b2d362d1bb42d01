using System;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>A caller's own calendar: holidays added with WithHolidays and removed with WithoutHolidays.</summary>
public class CustomHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void A_derived_calendar_lists_its_holidays_in_date_order_and_keeps_the_last_announced_year()
    {
        var early = new BankHoliday(new LocalDate(2001, 3, 5), "Early extra", BankHolidayKind.OneOff);
        var late = new BankHoliday(new LocalDate(2098, 3, 5), "Late extra", BankHolidayKind.OneOff);
        var added = Calendar.WithHolidays(new[] { late, early });
        var removed = Calendar.WithoutHolidays(new[] { new LocalDate(2026, 12, 25) });

        Assert.Equal(added.Holidays.Select(h => h.Date).Order(), added.Holidays.Select(h => h.Date));
        Assert.Equal(removed.Holidays.Select(h => h.Date).Order(), removed.Holidays.Select(h => h.Date));
        Assert.Equal(Calendar.Holidays.Count + 2, added.Holidays.Count);
        Assert.Equal(Calendar.Holidays.Count - 1, removed.Holidays.Count);
        Assert.Equal(Calendar.LastAnnouncedYear, added.LastAnnouncedYear);
        Assert.Equal(Calendar.LastAnnouncedYear, removed.LastAnnouncedYear);
    }

    [Fact]
    public void An_added_holiday_on_a_date_that_has_one_replaces_it()
    {
        var renamed = new BankHoliday(new LocalDate(2026, 12, 25), "Renamed Christmas", BankHolidayKind.Moved, note: "A test proclamation.");
        var custom = Calendar.WithHolidays(new[] { renamed });
        Assert.Equal(renamed, custom.GetHoliday(renamed.Date));
        Assert.Equal(Calendar.Holidays.Count, custom.Holidays.Count);
        Assert.Equal("Christmas Day", Calendar.GetHoliday(renamed.Date)!.Name);
    }

    [Fact]
    public void An_added_holiday_on_a_weekend_is_listed_and_the_day_stays_a_non_working_day()
    {
        var saturday = new LocalDate(2030, 6, 15);
        Assert.Equal(IsoDayOfWeek.Saturday, saturday.DayOfWeek);
        var custom = Calendar.WithHolidays(new[] { new BankHoliday(saturday, "Weekend extra", BankHolidayKind.OneOff) });
        Assert.Equal("Weekend extra", custom.GetHoliday(saturday)!.Name);
        Assert.False(custom.IsWorkingDay(saturday));
        Assert.Equal(new LocalDate(2030, 6, 17), custom.AddWorkingDays(new LocalDate(2030, 6, 14), 1));
    }

    [Fact]
    public void Adding_no_holidays_or_removing_dates_that_are_not_holidays_changes_nothing()
    {
        Assert.Equal(Calendar.Holidays, Calendar.WithHolidays(Array.Empty<BankHoliday>()).Holidays);
        var notHolidays = new[] { new LocalDate(2026, 12, 24), new LocalDate(2026, 12, 26) };
        Assert.Equal(Calendar.Holidays, Calendar.WithoutHolidays(notHolidays).Holidays);
    }

    [Fact]
    public void Removing_a_holiday_makes_its_weekday_a_working_day_and_counts_change_with_it()
    {
        var christmas = new LocalDate(2026, 12, 25);
        var custom = Calendar.WithoutHolidays(new[] { christmas, christmas });
        Assert.Null(custom.GetHoliday(christmas));
        Assert.True(custom.IsWorkingDay(christmas));
        Assert.Equal(christmas, custom.AddWorkingDays(new LocalDate(2026, 12, 24), 1));
        Assert.Equal(Calendar.WorkingDaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)) + 1, custom.WorkingDaysBetween(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)));
    }

    [Fact]
    public void A_holiday_can_be_added_on_the_first_and_last_days_of_the_range_but_not_outside_it()
    {
        var first = new BankHoliday(WorkingDayCalendar.MinSupportedDate, "First", BankHolidayKind.OneOff);
        var last = new BankHoliday(WorkingDayCalendar.MaxSupportedDate, "Last", BankHolidayKind.OneOff);
        var custom = Calendar.WithHolidays(new[] { first, last });
        Assert.Equal(first, custom.GetHoliday(first.Date));
        Assert.False(custom.IsWorkingDay(last.Date));

        foreach (var date in new[] { WorkingDayCalendar.MinSupportedDate.PlusDays(-1), WorkingDayCalendar.MaxSupportedDate.PlusDays(1) })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WithHolidays(new[] { new BankHoliday(date, "Outside", BankHolidayKind.OneOff) }));
            Assert.Equal("added", ex.ParamName);
        }
    }

    [Fact]
    public void A_date_to_remove_outside_the_range_is_rejected()
    {
        foreach (var date in new[] { WorkingDayCalendar.MinSupportedDate.PlusDays(-1), WorkingDayCalendar.MaxSupportedDate.PlusDays(1) })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WithoutHolidays(new[] { date }));
            Assert.Equal("removed", ex.ParamName);
        }

        Assert.Equal(Calendar.Holidays, Calendar.WithoutHolidays(new[] { WorkingDayCalendar.MinSupportedDate, WorkingDayCalendar.MaxSupportedDate }).Holidays);
    }

    [Fact]
    public void A_null_list_of_holidays_or_dates_is_rejected_by_name()
    {
        Assert.Equal("added", Assert.Throws<ArgumentNullException>(() => Calendar.WithHolidays(null!)).ParamName);
        Assert.Equal("removed", Assert.Throws<ArgumentNullException>(() => Calendar.WithoutHolidays(null!)).ParamName);
    }

    [Fact]
    public void A_derived_calendar_can_be_derived_again()
    {
        var extra = new BankHoliday(new LocalDate(2031, 3, 3), "Extra", BankHolidayKind.OneOff);
        var custom = Calendar.WithHolidays(new[] { extra }).WithoutHolidays(new[] { new LocalDate(2031, 1, 1) });
        Assert.False(custom.IsWorkingDay(extra.Date));
        Assert.True(custom.IsWorkingDay(new LocalDate(2031, 1, 1)));
        Assert.Equal(Calendar.Holidays.Count, custom.Holidays.Count);
    }
}
