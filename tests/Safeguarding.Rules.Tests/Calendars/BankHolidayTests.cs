using System;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

public class BankHolidayTests
{
    [Fact]
    public void A_bank_holiday_keeps_what_it_was_given()
    {
        var holiday = new BankHoliday(new LocalDate(2030, 6, 14), "Extra", BankHolidayKind.OneOff, isProvisional: true, note: "By proclamation.");
        Assert.Equal(new LocalDate(2030, 6, 14), holiday.Date);
        Assert.Equal("Extra", holiday.Name);
        Assert.Equal(BankHolidayKind.OneOff, holiday.Kind);
        Assert.True(holiday.IsProvisional);
        Assert.Equal("By proclamation.", holiday.Note);
    }

    [Fact]
    public void A_bank_holiday_is_not_provisional_and_has_no_note_unless_told()
    {
        var holiday = new BankHoliday(new LocalDate(2030, 6, 14), "Extra", BankHolidayKind.Regular);
        Assert.False(holiday.IsProvisional);
        Assert.Null(holiday.Note);
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BankHoliday(new LocalDate(2030, 6, 14, CalendarSystem.Julian), "Extra", BankHolidayKind.OneOff));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("must be in the ISO calendar", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void A_blank_name_is_rejected(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new BankHoliday(new LocalDate(2030, 6, 14), name, BankHolidayKind.OneOff));
        Assert.Equal("name", ex.ParamName);
        Assert.Contains("must not be blank", ex.Message, StringComparison.Ordinal);
    }
}
