using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>
/// The bank-holiday list itself (<see cref="EnglandAndWalesBankHolidays"/>), called directly: the shared calendar
/// computes it once per process, so tests through the calendar alone would not see a change in these rules.
/// </summary>
public class StandingRulesTests
{
    private static readonly IReadOnlyList<int> Years =
        Enumerable.Range(EnglandAndWalesBankHolidays.FirstSupportedYear, EnglandAndWalesBankHolidays.LastSupportedYear - EnglandAndWalesBankHolidays.FirstSupportedYear + 1).ToArray();

    private static readonly string[] StandingNames =
    {
        "New Year’s Day", "Good Friday", "Easter Monday", "Early May bank holiday", "Spring bank holiday", "Summer bank holiday", "Christmas Day", "Boxing Day",
    };

    [Fact]
    public void The_standing_rules_give_the_eight_holidays_once_each_in_date_order_on_weekdays_in_every_year()
    {
        Assert.All(Years, year =>
        {
            var holidays = EnglandAndWalesBankHolidays.StandingRules(year);
            Assert.Equal(StandingNames.Order(StringComparer.Ordinal), holidays.Select(h => h.Name).Order(StringComparer.Ordinal));
            Assert.Equal(holidays.Select(h => h.Date).Order(), holidays.Select(h => h.Date));
            Assert.Equal(8, holidays.Select(h => h.Date).Distinct().Count());
            Assert.All(holidays, h =>
            {
                Assert.Equal(year, h.Date.Year);
                Assert.False(IsWeekend(h.Date), $"{h.Name} {h.Date:yyyy-MM-dd} is on a weekend");
                Assert.False(h.IsProvisional);
                Assert.Null(h.Note);
            });
        });
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_are_two_days_before_and_one_day_after_Easter_Sunday()
    {
        Assert.All(Years, year =>
        {
            var holidays = EnglandAndWalesBankHolidays.StandingRules(year);
            var easter = EnglandAndWalesBankHolidays.EasterSunday(year);
            Assert.Equal(easter.PlusDays(-2), Single(holidays, "Good Friday").Date);
            Assert.Equal(easter.PlusDays(1), Single(holidays, "Easter Monday").Date);
        });
    }

    [Fact]
    public void The_May_and_August_holidays_are_the_first_Monday_of_May_and_the_last_Mondays_of_May_and_August()
    {
        Assert.All(Years, year =>
        {
            var holidays = EnglandAndWalesBankHolidays.StandingRules(year);
            AssertMondayInDays(Single(holidays, "Early May bank holiday"), year, 5, 1, 7);
            AssertMondayInDays(Single(holidays, "Spring bank holiday"), year, 5, 25, 31);
            AssertMondayInDays(Single(holidays, "Summer bank holiday"), year, 8, 25, 31);
        });
    }

    [Theory]
    [InlineData(2018, 5, 7, 5, 28, 8, 27)]
    [InlineData(2023, 5, 1, 5, 29, 8, 28)]
    [InlineData(2021, 5, 3, 5, 31, 8, 30)]
    [InlineData(2026, 5, 4, 5, 25, 8, 31)]
    public void The_Monday_holidays_are_found_when_the_month_starts_or_ends_on_a_Monday_and_when_it_does_not(
        int year, int earlyMonth, int earlyDay, int springMonth, int springDay, int summerMonth, int summerDay)
    {
        var holidays = EnglandAndWalesBankHolidays.StandingRules(year);
        Assert.Equal(new LocalDate(year, earlyMonth, earlyDay), Single(holidays, "Early May bank holiday").Date);
        Assert.Equal(new LocalDate(year, springMonth, springDay), Single(holidays, "Spring bank holiday").Date);
        Assert.Equal(new LocalDate(year, summerMonth, summerDay), Single(holidays, "Summer bank holiday").Date);
    }

    [Fact]
    public void New_Year_s_Day_on_a_weekend_is_replaced_by_the_next_Monday_in_every_year()
    {
        Assert.All(Years, year =>
        {
            var newYear = new LocalDate(year, 1, 1);
            var holiday = Single(EnglandAndWalesBankHolidays.StandingRules(year), "New Year’s Day");
            if (IsWeekend(newYear))
            {
                Assert.Equal(newYear.Next(IsoDayOfWeek.Monday), holiday.Date);
                Assert.Equal(BankHolidayKind.Substitute, holiday.Kind);
            }
            else
            {
                Assert.Equal(newYear, holiday.Date);
                Assert.Equal(BankHolidayKind.Regular, holiday.Kind);
            }
        });
    }

    [Fact]
    public void Christmas_and_Boxing_Day_follow_the_substitute_rules_for_each_day_of_the_week_in_every_year()
    {
        Assert.All(Years, year =>
        {
            var holidays = EnglandAndWalesBankHolidays.StandingRules(year);
            var christmas = Single(holidays, "Christmas Day");
            var boxing = Single(holidays, "Boxing Day");
            var (christmasDay, christmasKind, boxingDay, boxingKind) = new LocalDate(year, 12, 25).DayOfWeek switch
            {
                // Friday: Boxing Day falls on the Saturday and moves to Monday 28.
                IsoDayOfWeek.Friday => (25, BankHolidayKind.Regular, 28, BankHolidayKind.Substitute),

                // Saturday: Christmas Day takes Monday 27, Boxing Day (a Sunday) the next free weekday, Tuesday 28.
                IsoDayOfWeek.Saturday => (27, BankHolidayKind.Substitute, 28, BankHolidayKind.Substitute),

                // Sunday: Boxing Day stays on Monday 26, so Christmas Day takes Tuesday 27.
                IsoDayOfWeek.Sunday => (27, BankHolidayKind.Substitute, 26, BankHolidayKind.Regular),
                _ => (25, BankHolidayKind.Regular, 26, BankHolidayKind.Regular),
            };
            Assert.Equal(new LocalDate(year, 12, christmasDay), christmas.Date);
            Assert.Equal(christmasKind, christmas.Kind);
            Assert.Equal(new LocalDate(year, 12, boxingDay), boxing.Date);
            Assert.Equal(boxingKind, boxing.Kind);
        });
    }

    [Theory]
    [InlineData(2021, "2021-01-01 Regular New Year’s Day|2021-04-02 Regular Good Friday|2021-04-05 Regular Easter Monday|2021-05-03 Regular Early May bank holiday|2021-05-31 Regular Spring bank holiday|2021-08-30 Regular Summer bank holiday|2021-12-27 Substitute Christmas Day|2021-12-28 Substitute Boxing Day")]
    [InlineData(2022, "2022-01-03 Substitute New Year’s Day|2022-04-15 Regular Good Friday|2022-04-18 Regular Easter Monday|2022-05-02 Regular Early May bank holiday|2022-05-30 Regular Spring bank holiday|2022-08-29 Regular Summer bank holiday|2022-12-26 Regular Boxing Day|2022-12-27 Substitute Christmas Day")]
    [InlineData(2026, "2026-01-01 Regular New Year’s Day|2026-04-03 Regular Good Friday|2026-04-06 Regular Easter Monday|2026-05-04 Regular Early May bank holiday|2026-05-25 Regular Spring bank holiday|2026-08-31 Regular Summer bank holiday|2026-12-25 Regular Christmas Day|2026-12-28 Substitute Boxing Day")]
    public void The_standing_rules_of_a_year_are_exactly_these(int year, string expected)
    {
        var actual = EnglandAndWalesBankHolidays.StandingRules(year).Select(h => $"{h.Date:yyyy-MM-dd} {h.Kind} {h.Name}");
        Assert.Equal(expected.Split('|'), actual);
    }

    [Fact]
    public void The_standing_rules_ignore_proclamations()
    {
        var standing2022 = EnglandAndWalesBankHolidays.StandingRules(2022);
        Assert.Contains(standing2022, h => h.Date == new LocalDate(2022, 5, 30) && h.Name == "Spring bank holiday");
        Assert.DoesNotContain(standing2022, h => h.Date == new LocalDate(2022, 6, 2) || h.Date == new LocalDate(2022, 9, 19));
    }

    [Theory]
    [InlineData(2002, "2002-01-01 Regular New Year’s Day|2002-03-29 Regular Good Friday|2002-04-01 Regular Easter Monday|2002-05-06 Regular Early May bank holiday|2002-06-03 OneOff Queen’s Golden Jubilee|2002-06-04 Moved Spring bank holiday|2002-08-26 Regular Summer bank holiday|2002-12-25 Regular Christmas Day|2002-12-26 Regular Boxing Day")]
    [InlineData(2020, "2020-01-01 Regular New Year’s Day|2020-04-10 Regular Good Friday|2020-04-13 Regular Easter Monday|2020-05-08 Moved Early May bank holiday (VE day)|2020-05-25 Regular Spring bank holiday|2020-08-31 Regular Summer bank holiday|2020-12-25 Regular Christmas Day|2020-12-28 Substitute Boxing Day")]
    [InlineData(2022, "2022-01-03 Substitute New Year’s Day|2022-04-15 Regular Good Friday|2022-04-18 Regular Easter Monday|2022-05-02 Regular Early May bank holiday|2022-06-02 Moved Spring bank holiday|2022-06-03 OneOff Platinum Jubilee bank holiday|2022-08-29 Regular Summer bank holiday|2022-09-19 OneOff Bank Holiday for the State Funeral of Queen Elizabeth II|2022-12-26 Regular Boxing Day|2022-12-27 Substitute Christmas Day")]
    [InlineData(2023, "2023-01-02 Substitute New Year’s Day|2023-04-07 Regular Good Friday|2023-04-10 Regular Easter Monday|2023-05-01 Regular Early May bank holiday|2023-05-08 OneOff Bank holiday for the coronation of King Charles III|2023-05-29 Regular Spring bank holiday|2023-08-28 Regular Summer bank holiday|2023-12-25 Regular Christmas Day|2023-12-26 Regular Boxing Day")]
    public void A_year_with_proclamations_has_the_moved_and_one_off_holidays_in_date_order(int year, string expected)
    {
        var actual = EnglandAndWalesBankHolidays.ForYear(year).Select(h => $"{h.Date:yyyy-MM-dd} {h.Kind} {h.Name}");
        Assert.Equal(expected.Split('|'), actual);
    }

    [Fact]
    public void A_moved_holiday_keeps_its_proclamation_note_and_a_standing_one_has_none()
    {
        var holidays2012 = EnglandAndWalesBankHolidays.ForYear(2012);
        var spring = Single(holidays2012, "Spring bank holiday");
        Assert.Equal(new LocalDate(2012, 6, 4), spring.Date);
        Assert.Contains("Diamond Jubilee", spring.Note, StringComparison.Ordinal);
        Assert.Null(Single(holidays2012, "Easter Monday").Note);
    }

    [Fact]
    public void Every_year_is_its_standing_rules_with_each_moved_date_replaced_and_each_one_off_added()
    {
        var moved = EnglandAndWalesBankHolidays.MovedHolidays.ToDictionary(m => m.OriginalDate, m => m.Holiday);
        Assert.All(Years, year =>
        {
            var expected = EnglandAndWalesBankHolidays.StandingRules(year)
                .Select(h => moved.TryGetValue(h.Date, out var to) ? to : h.WithProvisional(year > EnglandAndWalesBankHolidays.LastAnnouncedYear))
                .Concat(EnglandAndWalesBankHolidays.OneOffHolidays.Where(h => h.Date.Year == year))
                .OrderBy(h => h.Date);
            Assert.Equal(expected, EnglandAndWalesBankHolidays.ForYear(year));
        });
    }

    [Fact]
    public void The_GOV_UK_list_is_what_the_year_by_year_list_gives_for_every_year_it_covers()
    {
        var published = GovUkOracleTests.Events()
            .Select(e => (e.Date, e.Title))
            .Distinct()
            .GroupBy(e => e.Date.Year)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Date).ToArray());
        Assert.All(published, year =>
            Assert.Equal(year.Value, EnglandAndWalesBankHolidays.ForYear(year.Key).Select(h => (h.Date, h.Name))));
    }

    [Fact]
    public void Only_years_after_the_last_announced_year_are_provisional()
    {
        int last = EnglandAndWalesBankHolidays.LastAnnouncedYear;
        Assert.All(EnglandAndWalesBankHolidays.ForYear(last), h => Assert.False(h.IsProvisional));
        Assert.All(EnglandAndWalesBankHolidays.ForYear(last - 1), h => Assert.False(h.IsProvisional));
        Assert.All(EnglandAndWalesBankHolidays.ForYear(last + 1), h => Assert.True(h.IsProvisional));
        Assert.All(EnglandAndWalesBankHolidays.ForYear(EnglandAndWalesBankHolidays.LastSupportedYear), h => Assert.True(h.IsProvisional));
    }

    [Fact]
    public void All_is_every_year_from_2000_to_2099_in_date_order()
    {
        var all = EnglandAndWalesBankHolidays.All();
        Assert.Equal(Years.Sum(y => EnglandAndWalesBankHolidays.ForYear(y).Count), all.Count);
        Assert.Equal(Years, all.Select(h => h.Date.Year).Distinct());
        Assert.Equal(all.Select(h => h.Date).Order(), all.Select(h => h.Date));
        Assert.Equal(new LocalDate(2000, 1, 3), all[0].Date);
        Assert.Equal(new LocalDate(2099, 12, 28), all[^1].Date);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2100)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void A_year_outside_2000_to_2099_is_rejected_naming_the_range(int year)
    {
        foreach (var call in new Func<int, IReadOnlyList<BankHoliday>>[] { EnglandAndWalesBankHolidays.StandingRules, EnglandAndWalesBankHolidays.ForYear })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => call(year));
            Assert.Equal("year", ex.ParamName);
            Assert.Equal(year, ex.ActualValue);
            Assert.Contains("The England and Wales bank holiday list covers the years 2000 to 2099.", ex.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2099)]
    public void The_first_and_last_supported_years_have_their_holidays(int year)
    {
        Assert.Equal(8, EnglandAndWalesBankHolidays.StandingRules(year).Count);
        Assert.Equal(8, EnglandAndWalesBankHolidays.ForYear(year).Count);
    }

    private static BankHoliday Single(IEnumerable<BankHoliday> holidays, string name) => Assert.Single(holidays, h => h.Name == name);

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static void AssertMondayInDays(BankHoliday holiday, int year, int month, int firstDay, int lastDay)
    {
        Assert.Equal(IsoDayOfWeek.Monday, holiday.Date.DayOfWeek);
        Assert.Equal(year, holiday.Date.Year);
        Assert.Equal(month, holiday.Date.Month);
        Assert.InRange(holiday.Date.Day, firstDay, lastDay);
        Assert.Equal(BankHolidayKind.Regular, holiday.Kind);
    }
}
