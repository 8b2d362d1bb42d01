using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>
/// Easter decides two bank holidays a year, so its date is checked for every year of the range against a table,
/// and far beyond the range against a second, different algorithm.
/// </summary>
public class EasterTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // Easter Sunday (Western, Gregorian) for 2000 to 2099, one entry a year. Written down with python-dateutil's
    // easter() (Claus Tøndering's method, not the library's), and spot-checked against published tables:
    // 23 April 2000, 23 March 2008, 31 March 2024, 25 April 2038 (the latest date possible), 24 April 2095.
    private static readonly string[] EasterSundays2000To2099 =
    {
        "2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11",
        "2005-03-27", "2006-04-16", "2007-04-08", "2008-03-23", "2009-04-12",
        "2010-04-04", "2011-04-24", "2012-04-08", "2013-03-31", "2014-04-20",
        "2015-04-05", "2016-03-27", "2017-04-16", "2018-04-01", "2019-04-21",
        "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31",
        "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
        "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09",
        "2035-03-25", "2036-04-13", "2037-04-05", "2038-04-25", "2039-04-10",
        "2040-04-01", "2041-04-21", "2042-04-06", "2043-03-29", "2044-04-17",
        "2045-04-09", "2046-03-25", "2047-04-14", "2048-04-05", "2049-04-18",
        "2050-04-10", "2051-04-02", "2052-04-21", "2053-04-06", "2054-03-29",
        "2055-04-18", "2056-04-02", "2057-04-22", "2058-04-14", "2059-03-30",
        "2060-04-18", "2061-04-10", "2062-03-26", "2063-04-15", "2064-04-06",
        "2065-03-29", "2066-04-11", "2067-04-03", "2068-04-22", "2069-04-14",
        "2070-03-30", "2071-04-19", "2072-04-10", "2073-03-26", "2074-04-15",
        "2075-04-07", "2076-04-19", "2077-04-11", "2078-04-03", "2079-04-23",
        "2080-04-07", "2081-03-30", "2082-04-19", "2083-04-04", "2084-03-26",
        "2085-04-15", "2086-03-31", "2087-04-20", "2088-04-11", "2089-04-03",
        "2090-04-16", "2091-04-08", "2092-03-30", "2093-04-12", "2094-04-04",
        "2095-04-24", "2096-04-15", "2097-03-31", "2098-04-20", "2099-04-12",
    };

    private static IEnumerable<LocalDate> TableDates() => EasterSundays2000To2099.Select(s => LocalDatePattern.Iso.Parse(s).Value);

    [Fact]
    public void The_table_has_one_Sunday_for_each_year_2000_to_2099()
    {
        var dates = TableDates().ToArray();
        Assert.Equal(Enumerable.Range(2000, 100), dates.Select(d => d.Year));
        Assert.All(dates, d => Assert.Equal(IsoDayOfWeek.Sunday, d.DayOfWeek));
    }

    [Fact]
    public void Easter_Sunday_matches_the_table_in_every_year_2000_to_2099()
    {
        var wrong = TableDates()
            .Where(expected => EnglandAndWalesBankHolidays.EasterSunday(expected.Year) != expected)
            .Select(expected => $"{expected.Year}: expected {expected:yyyy-MM-dd}, got {EnglandAndWalesBankHolidays.EasterSunday(expected.Year):yyyy-MM-dd}")
            .ToArray();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Easter_Sunday_agrees_with_a_second_algorithm_in_every_Gregorian_year_1583_to_4099()
    {
        var wrong = Enumerable.Range(1583, 4099 - 1583 + 1)
            .Where(year => EnglandAndWalesBankHolidays.EasterSunday(year) != TonderingEaster(year))
            .Select(year => $"{year}: expected {TonderingEaster(year):yyyy-MM-dd}, got {EnglandAndWalesBankHolidays.EasterSunday(year):yyyy-MM-dd}")
            .Take(10)
            .ToArray();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Good_Friday_is_a_bank_holiday_two_days_before_Easter_Sunday_in_every_year_2000_to_2099()
    {
        Assert.All(TableDates(), easter =>
        {
            var holiday = Calendar.GetHoliday(easter.PlusDays(-2));
            Assert.NotNull(holiday);
            Assert.Equal("Good Friday", holiday.Name);
            Assert.Equal(BankHolidayKind.Regular, holiday.Kind);
        });
    }

    [Fact]
    public void Easter_Monday_is_a_bank_holiday_in_every_year_2000_to_2099()
    {
        Assert.All(TableDates(), easter =>
        {
            var holiday = Calendar.GetHoliday(easter.PlusDays(1));
            Assert.NotNull(holiday);
            Assert.Equal("Easter Monday", holiday.Name);
            Assert.Equal(BankHolidayKind.Regular, holiday.Kind);
        });
    }

    [Fact]
    public void Easter_Saturday_and_Sunday_are_not_bank_holidays_in_any_year_2000_to_2099()
    {
        Assert.All(TableDates(), easter =>
        {
            Assert.Null(Calendar.GetHoliday(easter));
            Assert.Null(Calendar.GetHoliday(easter.PlusDays(-1)));
        });
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_in_the_GOV_UK_list_fall_around_the_table_s_Easter_Sunday()
    {
        var events = GovUkOracleTests.Events();
        var easterByYear = TableDates().ToDictionary(d => d.Year);
        var goodFridays = events.Where(e => e.Title == "Good Friday").Select(e => e.Date).Distinct().ToArray();
        var easterMondays = events.Where(e => e.Title == "Easter Monday").Select(e => e.Date).Distinct().ToArray();

        Assert.Equal(Enumerable.Range(2012, 17), goodFridays.Select(d => d.Year).Order());
        Assert.Equal(Enumerable.Range(2012, 17), easterMondays.Select(d => d.Year).Order());
        Assert.All(goodFridays, d => Assert.Equal(easterByYear[d.Year].PlusDays(-2), d));
        Assert.All(easterMondays, d => Assert.Equal(easterByYear[d.Year].PlusDays(1), d));
    }

    // Claus Tøndering's formulation of the Gregorian computus (as in python-dateutil), a different algorithm from
    // the anonymous Gregorian one that the library uses.
    private static LocalDate TonderingEaster(int year)
    {
        int g = year % 19;
        int c = year / 100;
        int h = (c - (c / 4) - (((8 * c) + 13) / 25) + (19 * g) + 15) % 30;
        int i = h - ((h / 28) * (1 - ((h / 28) * (29 / (h + 1)) * ((21 - g) / 11))));
        int j = (year + (year / 4) + i + 2 - c + (c / 4)) % 7;
        int p = i - j;
        int day = 1 + ((p + 27 + ((p + 6) / 40)) % 31);
        int month = 3 + ((p + 26) / 30);
        return new LocalDate(year, month, day);
    }
}
