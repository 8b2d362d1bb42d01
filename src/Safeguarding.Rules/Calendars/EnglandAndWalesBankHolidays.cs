using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;

namespace Safeguarding.Rules.Calendars;

/// <summary>
/// The England and Wales bank holidays: the standing rules, and every date moved or added by royal proclamation in
/// the supported range.
/// </summary>
/// <remarks>
/// <para>The standing rules: New Year's Day (1 January), Good Friday, Easter Monday, the early May bank holiday (the
/// first Monday in May), the spring bank holiday (the last Monday in May), the summer bank holiday (the last Monday
/// in August), Christmas Day and Boxing Day. A holiday that falls on a Saturday or Sunday is replaced by the next
/// weekday that is not already a holiday (so Christmas Day on a Saturday gives Monday 27 and Tuesday 28 December).</para>
/// <para>Christmas Day and Good Friday are holidays by common law rather than under the 1971 Act; the library treats
/// them as bank holidays, as GOV.UK lists them.</para>
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>The first year the library's built-in list covers.</summary>
    public const int FirstSupportedYear = 2000;

    /// <summary>The last year the library's built-in list covers.</summary>
    public const int LastSupportedYear = 2099;

    /// <summary>
    /// The last year whose bank holidays the government had announced when this release was made. Later years are
    /// computed by the standing rules and marked provisional.
    /// </summary>
    public const int LastAnnouncedYear = 2028;

    internal const string NewYearsDay = "New Year’s Day";
    internal const string GoodFriday = "Good Friday";
    internal const string EasterMonday = "Easter Monday";
    internal const string EarlyMay = "Early May bank holiday";
    internal const string Spring = "Spring bank holiday";
    internal const string Summer = "Summer bank holiday";
    internal const string ChristmasDay = "Christmas Day";
    internal const string BoxingDay = "Boxing Day";

    /// <summary>
    /// Every standing holiday that royal proclamation moved to another date in the supported range.
    /// </summary>
    public static IReadOnlyList<MovedBankHoliday> MovedHolidays { get; } = ReadOnlyLists.Of(new[]
    {
        new MovedBankHoliday(
            new LocalDate(2002, 5, 27),
            new BankHoliday(new LocalDate(2002, 6, 4), Spring, BankHolidayKind.Moved, note: "Moved from Monday 27 May 2002 by royal proclamation for the Queen’s Golden Jubilee.")),
        new MovedBankHoliday(
            new LocalDate(2012, 5, 28),
            new BankHoliday(new LocalDate(2012, 6, 4), Spring, BankHolidayKind.Moved, note: "Moved from Monday 28 May 2012 by royal proclamation for the Queen’s Diamond Jubilee.")),
        new MovedBankHoliday(
            new LocalDate(2020, 5, 4),
            new BankHoliday(new LocalDate(2020, 5, 8), "Early May bank holiday (VE day)", BankHolidayKind.Moved, note: "Moved from Monday 4 May 2020 to Friday 8 May by royal proclamation for the 75th anniversary of VE Day.")),
        new MovedBankHoliday(
            new LocalDate(2022, 5, 30),
            new BankHoliday(new LocalDate(2022, 6, 2), Spring, BankHolidayKind.Moved, note: "Moved from Monday 30 May 2022 to Thursday 2 June by royal proclamation for the Queen’s Platinum Jubilee.")),
    });

    /// <summary>Every additional holiday proclaimed for one year only in the supported range.</summary>
    public static IReadOnlyList<BankHoliday> OneOffHolidays { get; } = ReadOnlyLists.Of(new[]
    {
        new BankHoliday(new LocalDate(2002, 6, 3), "Queen’s Golden Jubilee", BankHolidayKind.OneOff, note: "Additional bank holiday by royal proclamation."),
        new BankHoliday(new LocalDate(2011, 4, 29), "Royal wedding", BankHolidayKind.OneOff, note: "Additional bank holiday by royal proclamation for the wedding of Prince William and Catherine Middleton."),
        new BankHoliday(new LocalDate(2012, 6, 5), "Queen’s Diamond Jubilee", BankHolidayKind.OneOff, note: "Additional bank holiday by royal proclamation."),
        new BankHoliday(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday", BankHolidayKind.OneOff, note: "Additional bank holiday by royal proclamation."),
        new BankHoliday(new LocalDate(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", BankHolidayKind.OneOff, note: "Additional bank holiday by royal proclamation."),
        new BankHoliday(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III", BankHolidayKind.OneOff, note: "Additional bank holiday by royal proclamation."),
    });

    /// <summary>Computes Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    /// <param name="year">The year.</param>
    /// <returns>Easter Sunday.</returns>
    public static LocalDate EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    /// <summary>
    /// The bank holidays of one year by the standing rules alone, before any proclamation moves or adds a date.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstSupportedYear"/> to <see cref="LastSupportedYear"/>.</param>
    /// <returns>The holidays in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public static IReadOnlyList<BankHoliday> StandingRules(int year)
    {
        RequireYear(year, nameof(year));
        var easter = EasterSunday(year);
        var standing = new (LocalDate Date, string Name)[]
        {
            (new LocalDate(year, 1, 1), NewYearsDay),
            (easter.PlusDays(-2), GoodFriday),
            (easter.PlusDays(1), EasterMonday),
            (FirstMonday(year, 5), EarlyMay),
            (LastMonday(year, 5), Spring),
            (LastMonday(year, 8), Summer),
            (new LocalDate(year, 12, 25), ChristmasDay),
            (new LocalDate(year, 12, 26), BoxingDay),
        };

        // Holidays on weekdays keep their dates; then each weekend holiday, in date order, takes the next weekday
        // not already a holiday. So Christmas Day on a Sunday leaves Boxing Day on Monday 26 and takes Tuesday 27.
        var list = standing.Where(h => !IsWeekend(h.Date)).Select(h => new BankHoliday(h.Date, h.Name, BankHolidayKind.Regular)).ToList();
        var taken = new HashSet<LocalDate>(list.Select(h => h.Date));
        foreach (var (date, name) in standing.Where(h => IsWeekend(h.Date)).OrderBy(h => h.Date))
        {
            var substitute = date;
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.PlusDays(1);
            }

            taken.Add(substitute);
            list.Add(new BankHoliday(substitute, name, BankHolidayKind.Substitute));
        }

        return list.OrderBy(h => h.Date).ToReadOnly();
    }

    /// <summary>
    /// The bank holidays of one year: the standing rules with every proclamation applied, marked provisional after
    /// <see cref="LastAnnouncedYear"/>.
    /// </summary>
    /// <param name="year">A year from <see cref="FirstSupportedYear"/> to <see cref="LastSupportedYear"/>.</param>
    /// <returns>The holidays in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public static IReadOnlyList<BankHoliday> ForYear(int year)
    {
        RequireYear(year, nameof(year));
        var provisional = year > LastAnnouncedYear;
        var holidays = new List<BankHoliday>();
        foreach (var holiday in StandingRules(year))
        {
            var moved = MovedHolidays.FirstOrDefault(m => m.OriginalDate == holiday.Date);
            holidays.Add(moved is null ? holiday.WithProvisional(provisional) : moved.Holiday);
        }

        holidays.AddRange(OneOffHolidays.Where(h => h.Date.Year == year));
        return holidays.OrderBy(h => h.Date).ToReadOnly();
    }

    /// <summary>Every bank holiday of the supported range, in date order.</summary>
    /// <returns>The holidays.</returns>
    public static IReadOnlyList<BankHoliday> All()
    {
        var all = new List<BankHoliday>(((LastSupportedYear - FirstSupportedYear) + 1) * 8);
        for (int year = FirstSupportedYear; year <= LastSupportedYear; year++)
        {
            all.AddRange(ForYear(year));
        }

        return new ReadOnlyCollection<BankHoliday>(all);
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static LocalDate FirstMonday(int year, int month)
    {
        var date = new LocalDate(year, month, 1);
        while (date.DayOfWeek != IsoDayOfWeek.Monday)
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    private static LocalDate LastMonday(int year, int month)
    {
        var date = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
        while (date.DayOfWeek != IsoDayOfWeek.Monday)
        {
            date = date.PlusDays(-1);
        }

        return date;
    }

    private static void RequireYear(int year, string paramName)
    {
        if (year < FirstSupportedYear || year > LastSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                year,
                $"The England and Wales bank holiday list covers the years {FirstSupportedYear} to {LastSupportedYear}.");
        }
    }
}

/// <summary>A standing bank holiday that royal proclamation moved to another date. Immutable, and equal by value.</summary>
public sealed class MovedBankHoliday : IEquatable<MovedBankHoliday>
{
    /// <summary>Creates a moved holiday.</summary>
    /// <param name="originalDate">The date the standing rules give, which became a working day.</param>
    /// <param name="holiday">The holiday on its new date (kind <see cref="BankHolidayKind.Moved"/>).</param>
    /// <exception cref="ArgumentNullException">The holiday is null.</exception>
    public MovedBankHoliday(LocalDate originalDate, BankHoliday holiday)
    {
        OriginalDate = originalDate;
        Holiday = holiday ?? throw new ArgumentNullException(nameof(holiday));
    }

    /// <summary>The date the standing rules give, which became a working day.</summary>
    public LocalDate OriginalDate { get; }

    /// <summary>The holiday on its new date (kind <see cref="BankHolidayKind.Moved"/>).</summary>
    public BankHoliday Holiday { get; }

    /// <summary>Compares two moved holidays by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(MovedBankHoliday? left, MovedBankHoliday? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two moved holidays by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(MovedBankHoliday? left, MovedBankHoliday? right) => !(left == right);

    /// <summary>Deconstructs the moved holiday.</summary>
    /// <param name="originalDate">The date the standing rules give.</param>
    /// <param name="holiday">The holiday on its new date.</param>
    public void Deconstruct(out LocalDate originalDate, out BankHoliday holiday)
    {
        originalDate = OriginalDate;
        holiday = Holiday;
    }

    /// <inheritdoc />
    public bool Equals(MovedBankHoliday? other) =>
        other is not null && OriginalDate == other.OriginalDate && Holiday.Equals(other.Holiday);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MovedBankHoliday);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((OriginalDate.GetHashCode() * 31) + Holiday.GetHashCode());

    /// <inheritdoc />
    public override string ToString() => $"{Holiday} (moved from {OriginalDate:yyyy-MM-dd})";
}
