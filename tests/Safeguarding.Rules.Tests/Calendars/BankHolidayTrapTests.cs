using NodaTime;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>The dates that the well-known holiday libraries get wrong, as a policy reader would state them.</summary>
public class BankHolidayTrapTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData(2012, 5, 28, "the last Monday in May 2012, because the spring bank holiday moved to 4 June for the Diamond Jubilee")]
    [InlineData(2020, 5, 4, "the first Monday in May 2020, because the early May bank holiday moved to Friday 8 May for VE Day")]
    [InlineData(2022, 5, 30, "the last Monday in May 2022, because the spring bank holiday moved to Thursday 2 June for the Platinum Jubilee")]
    [InlineData(2002, 5, 27, "the last Monday in May 2002, because the spring bank holiday moved to 4 June for the Golden Jubilee")]
    public void A_standing_date_moved_by_proclamation_is_a_working_day(int year, int month, int day, string why)
    {
        Assert.True(Calendar.IsWorkingDay(new LocalDate(year, month, day)), why);
    }

    [Theory]
    [InlineData(2012, 6, 4, "Spring bank holiday", BankHolidayKind.Moved)]
    [InlineData(2012, 6, 5, "Queen’s Diamond Jubilee", BankHolidayKind.OneOff)]
    [InlineData(2020, 5, 8, "Early May bank holiday (VE day)", BankHolidayKind.Moved)]
    [InlineData(2022, 6, 2, "Spring bank holiday", BankHolidayKind.Moved)]
    [InlineData(2022, 6, 3, "Platinum Jubilee bank holiday", BankHolidayKind.OneOff)]
    [InlineData(2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II", BankHolidayKind.OneOff)]
    [InlineData(2023, 5, 8, "Bank holiday for the coronation of King Charles III", BankHolidayKind.OneOff)]
    [InlineData(2011, 4, 29, "Royal wedding", BankHolidayKind.OneOff)]
    [InlineData(2026, 12, 28, "Boxing Day", BankHolidayKind.Substitute)]
    [InlineData(2027, 12, 27, "Christmas Day", BankHolidayKind.Substitute)]
    [InlineData(2027, 12, 28, "Boxing Day", BankHolidayKind.Substitute)]
    [InlineData(2000, 1, 3, "New Year’s Day", BankHolidayKind.Substitute)]
    public void A_moved_one_off_or_substitute_date_is_not_a_working_day(int year, int month, int day, string name, BankHolidayKind kind)
    {
        var date = new LocalDate(year, month, day);
        Assert.False(Calendar.IsWorkingDay(date));
        var holiday = Assert.IsType<BankHoliday>(Calendar.GetHoliday(date));
        Assert.Equal(name, holiday.Name);
        Assert.Equal(kind, holiday.Kind);
    }

    [Fact]
    public void Boxing_Day_2026_falls_on_a_Saturday_and_its_substitute_is_Monday_28_December()
    {
        Assert.Equal(IsoDayOfWeek.Saturday, new LocalDate(2026, 12, 26).DayOfWeek);
        Assert.Null(Calendar.GetHoliday(new LocalDate(2026, 12, 26)));
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2026, 12, 26)));
        Assert.Equal(BankHolidayKind.Substitute, Calendar.GetHoliday(new LocalDate(2026, 12, 28))!.Kind);
    }

    [Fact]
    public void Christmas_Day_on_a_Sunday_keeps_Boxing_Day_on_the_Monday_and_moves_Christmas_to_the_Tuesday()
    {
        Assert.Equal("Boxing Day", Calendar.GetHoliday(new LocalDate(2022, 12, 26))!.Name);
        Assert.Equal(BankHolidayKind.Regular, Calendar.GetHoliday(new LocalDate(2022, 12, 26))!.Kind);
        Assert.Equal("Christmas Day", Calendar.GetHoliday(new LocalDate(2022, 12, 27))!.Name);
        Assert.Equal(BankHolidayKind.Substitute, Calendar.GetHoliday(new LocalDate(2022, 12, 27))!.Kind);
    }

    [Fact]
    public void Years_after_the_last_announced_year_are_provisional_and_earlier_ones_are_not()
    {
        int last = EnglandAndWalesBankHolidays.LastAnnouncedYear;
        Assert.All(Calendar.HolidaysInYear(last), h => Assert.False(h.IsProvisional));
        Assert.All(Calendar.HolidaysInYear(last + 1), h => Assert.True(h.IsProvisional));
        Assert.All(Calendar.HolidaysInYear(2099), h => Assert.True(h.IsProvisional));
    }

    [Fact]
    public void Every_year_of_the_range_has_at_least_the_eight_standing_holidays_and_none_on_a_weekend()
    {
        for (int year = EnglandAndWalesBankHolidays.FirstSupportedYear; year <= EnglandAndWalesBankHolidays.LastSupportedYear; year++)
        {
            var holidays = Calendar.HolidaysInYear(year);
            Assert.True(holidays.Count >= 8, $"{year} has {holidays.Count} holidays");
            Assert.All(holidays, h => Assert.True(h.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{h.Date} is a weekend"));
        }
    }

    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    [InlineData(2049, 4, 18)]
    [InlineData(2095, 4, 24)]
    public void Easter_Sunday_is_computed_by_the_Gregorian_rule(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), EnglandAndWalesBankHolidays.EasterSunday(year));
    }
}
