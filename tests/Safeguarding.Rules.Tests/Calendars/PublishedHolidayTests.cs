using System;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>
/// A published list of holidays (GOV.UK's) corrects the calendar: authoritative for the years it covers, silent on the
/// others; and the calendar says which of its holidays are still provisional.
/// </summary>
public class PublishedHolidayTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_published_year_holds_exactly_the_lists_holidays_and_other_years_are_untouched()
    {
        // 2031 as published: the standing holidays, less Boxing Day, plus a one-off.
        var standing = EnglandAndWalesBankHolidays.StandingRules(2031).Where(h => h.Name != "Boxing Day").ToList();
        var oneOff = new BankHoliday(D(2031, 6, 13), "A one-off", BankHolidayKind.OneOff);
        var calendar = Calendar.WithPublishedHolidays(standing.Append(oneOff));

        Assert.Equal(standing.Append(oneOff).Select(h => h.Date).Order(), calendar.HolidaysInYear(2031).Select(h => h.Date));
        Assert.True(calendar.IsWorkingDay(D(2031, 12, 26)));
        Assert.All(calendar.HolidaysInYear(2031), h => Assert.False(h.IsProvisional));
        Assert.Equal(Calendar.HolidaysInYear(2030), calendar.HolidaysInYear(2030));
        Assert.Equal(Calendar.HolidaysInYear(2032), calendar.HolidaysInYear(2032));
    }

    [Fact]
    public void The_last_announced_year_moves_only_through_published_years_that_follow_it_without_a_gap()
    {
        var next = Calendar.WithPublishedHolidays(EnglandAndWalesBankHolidays.StandingRules(Calendar.LastAnnouncedYear + 1));
        Assert.Equal(Calendar.LastAnnouncedYear + 1, next.LastAnnouncedYear);
        var gap = Calendar.WithPublishedHolidays(EnglandAndWalesBankHolidays.StandingRules(Calendar.LastAnnouncedYear + 2));
        Assert.Equal(Calendar.LastAnnouncedYear, gap.LastAnnouncedYear);
        Assert.All(gap.HolidaysInYear(Calendar.LastAnnouncedYear + 2), h => Assert.False(h.IsProvisional));
        Assert.All(gap.HolidaysInYear(Calendar.LastAnnouncedYear + 1), h => Assert.True(h.IsProvisional));
        var earlier = Calendar.WithPublishedHolidays(EnglandAndWalesBankHolidays.ForYear(2020));
        Assert.Equal(Calendar.LastAnnouncedYear, earlier.LastAnnouncedYear);
    }

    [Fact]
    public void A_published_list_that_cannot_be_right_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Calendar.WithPublishedHolidays(null!));
        Assert.Throws<ArgumentNullException>(() => Calendar.WithPublishedHolidays(new BankHoliday[] { null! }));
        var twice = new BankHoliday(D(2031, 1, 1), "New Year’s Day", BankHolidayKind.Regular);
        Assert.StartsWith("two holidays on 2031-01-01.", Assert.Throws<ArgumentException>(() => Calendar.WithPublishedHolidays(new[] { twice, twice })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.WithPublishedHolidays(new[] { new BankHoliday(D(2100, 1, 1), "Too late", BankHolidayKind.OneOff) }));
    }

    [Fact]
    public void The_calendar_lists_the_provisional_holidays_of_a_span_in_either_direction()
    {
        int year = Calendar.LastAnnouncedYear + 1;
        var christmas = D(year, 12, 25);
        Assert.Empty(Calendar.ProvisionalHolidaysBetween(D(year - 1, 1, 1), D(year - 1, 12, 31)));
        var span = Calendar.ProvisionalHolidaysBetween(D(year, 12, 20), D(year + 1, 1, 2));
        Assert.Equal(Calendar.HolidaysBetween(D(year, 12, 20), D(year + 1, 1, 2)).Select(h => h.Date), span);
        Assert.Contains(Calendar.GetHoliday(christmas)!.Date, span);
        Assert.Equal(span, Calendar.ProvisionalHolidaysBetween(D(year + 1, 1, 2), D(year, 12, 20)));
        Assert.Equal(new[] { span[0] }, Calendar.ProvisionalHolidaysBetween(span[0], span[0]));
        Assert.Equal(Calendar.HolidaysBetween(D(2099, 12, 20), D(2099, 12, 31)).Select(h => h.Date), Calendar.ProvisionalHolidaysBetween(D(2099, 12, 20), D(2099, 12, 31)));
    }
}
