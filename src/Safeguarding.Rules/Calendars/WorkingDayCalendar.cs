using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;

namespace Safeguarding.Rules.Calendars;

/// <summary>
/// The working-day calendar: "any day which is not a Saturday, Sunday, or bank holiday" (Working Together 2026,
/// footnote 209), on the England and Wales bank holidays.
/// </summary>
/// <remarks>
/// <para>Immutable and safe to share between threads. Adding and counting working days take constant time: the
/// calendar holds, for each day of the supported range, the number of working days up to it, and the dates of the
/// working days in order.</para>
/// <para>Every date must lie in the supported range (<see cref="MinSupportedDate"/> to
/// <see cref="MaxSupportedDate"/>), and so must every result; otherwise the method throws
/// <see cref="ArgumentOutOfRangeException"/> naming the range. Dates must be in the ISO calendar.</para>
/// <para>To follow a proclamation that comes after this release, derive a calendar with
/// <see cref="WithHolidays(IEnumerable{BankHoliday})"/> or <see cref="WithoutHolidays(IEnumerable{LocalDate})"/>.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly int EpochDayNumber = DayNumber(EnglandAndWalesBankHolidays.FirstSupportedYear, 1, 1);
    private static readonly int DayCount =
        DayNumber(EnglandAndWalesBankHolidays.LastSupportedYear, 12, 31) - EpochDayNumber + 1;

    private static readonly Lazy<WorkingDayCalendar> Default =
        new(() => new WorkingDayCalendar(EnglandAndWalesBankHolidays.All(), EnglandAndWalesBankHolidays.LastAnnouncedYear));

    // workingDaysBefore[i] = working days in [MinSupportedDate, day i); length DayCount + 1.
    private readonly int[] workingDaysBefore;
    private readonly LocalDate[] workingDates;
    private readonly BankHoliday?[] holidayByDay;
    private readonly ReadOnlyCollection<BankHoliday> holidays;

    // The dates of the provisional holidays, in order: a due date counted across one of them may yet move.
    private readonly LocalDate[] provisionalDates;

    private WorkingDayCalendar(IEnumerable<BankHoliday> holidays, int lastAnnouncedYear)
    {
        LastAnnouncedYear = lastAnnouncedYear;
        this.holidays = holidays.OrderBy(h => h.Date).ToReadOnly();
        provisionalDates = this.holidays.Where(h => h.IsProvisional).Select(h => h.Date).ToArray();
        holidayByDay = new BankHoliday?[DayCount];
        foreach (var holiday in this.holidays)
        {
            holidayByDay[Index(holiday.Date, nameof(holidays))] = holiday;
        }

        workingDaysBefore = new int[DayCount + 1];
        var dates = new List<LocalDate>(DayCount);
        var date = MinSupportedDate;
        for (int i = 0; i < DayCount; i++, date = date.PlusDays(1))
        {
            bool working = holidayByDay[i] is null && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
            workingDaysBefore[i + 1] = workingDaysBefore[i] + (working ? 1 : 0);
            if (working)
            {
                dates.Add(date);
            }
        }

        workingDates = dates.ToArray();
    }

    /// <summary>The England and Wales calendar as this release knows it.</summary>
    public static WorkingDayCalendar EnglandAndWales => Default.Value;

    /// <summary>The first date the calendar supports: 1 January 2000.</summary>
    public static LocalDate MinSupportedDate { get; } = new(EnglandAndWalesBankHolidays.FirstSupportedYear, 1, 1);

    /// <summary>The last date the calendar supports: 31 December 2099.</summary>
    public static LocalDate MaxSupportedDate { get; } = new(EnglandAndWalesBankHolidays.LastSupportedYear, 12, 31);

    /// <summary>The last year whose holidays were announced; holidays of later years are provisional unless a caller added them.</summary>
    public int LastAnnouncedYear { get; }

    /// <summary>Every bank holiday in the supported range, in date order.</summary>
    public IReadOnlyList<BankHoliday> Holidays => holidays;

    /// <summary>Whether a date is a working day: not a Saturday, Sunday or bank holiday.</summary>
    /// <param name="date">A date in the supported range.</param>
    /// <returns>True for a working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        int i = Index(date, nameof(date));
        return workingDaysBefore[i + 1] != workingDaysBefore[i];
    }

    /// <summary>The bank holiday on a date, or null when the date is not a bank holiday.</summary>
    /// <param name="date">A date in the supported range.</param>
    /// <returns>The holiday, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public BankHoliday? GetHoliday(LocalDate date) => holidayByDay[Index(date, nameof(date))];

    /// <summary>
    /// Adds working days. The start date is day 0 whatever it is; if it is not a working day, the next working day
    /// is day 1. A negative count subtracts: from a working day, the count goes back from it; from a non-working
    /// day, the previous working day is day −1. Zero returns the date unchanged.
    /// </summary>
    /// <param name="date">The start date, in the supported range.</param>
    /// <param name="workingDays">How many working days to add; negative to subtract.</param>
    /// <returns>The date that many working days on (a working day unless <paramref name="workingDays"/> is 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int workingDays)
    {
        int i = Index(date, nameof(date));
        if (workingDays == 0)
        {
            return date;
        }

        long ordinal = Ordinal(i, workingDays);
        if (ordinal < 1 || ordinal > workingDates.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(workingDays),
                workingDays,
                $"The result is outside the supported range of the working-day calendar, {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}.");
        }

        return workingDates[ordinal - 1];
    }

    /// <summary>Adds working days as <see cref="AddWorkingDays"/> does, without throwing when the result leaves the supported range.</summary>
    /// <param name="date">The start date, in the supported range.</param>
    /// <param name="workingDays">How many working days to add; negative to subtract.</param>
    /// <param name="result">The result, or <paramref name="date"/> when it would leave the range.</param>
    /// <returns>False when the result would lie outside the supported range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the supported range.</exception>
    public bool TryAddWorkingDays(LocalDate date, int workingDays, out LocalDate result)
    {
        int i = Index(date, nameof(date));
        long ordinal = Ordinal(i, workingDays);
        if (workingDays == 0 || ordinal < 1 || ordinal > workingDates.Length)
        {
            result = date;
            return workingDays == 0;
        }

        result = workingDates[ordinal - 1];
        return true;
    }

    /// <summary>Subtracts working days: the same as <see cref="AddWorkingDays"/> with the count negated.</summary>
    /// <param name="date">The start date, in the supported range.</param>
    /// <param name="workingDays">How many working days to go back.</param>
    /// <returns>The date that many working days earlier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate SubtractWorkingDays(LocalDate date, int workingDays) =>
        workingDays == int.MinValue
            ? throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays, "The count is too large.")
            : AddWorkingDays(date, -workingDays);

    /// <summary>
    /// Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>;
    /// negative when <paramref name="end"/> is earlier.
    /// </summary>
    /// <param name="start">The first date (not counted).</param>
    /// <param name="end">The second date (counted if it is a working day).</param>
    /// <returns>The signed count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        workingDaysBefore[Index(end, nameof(end)) + 1] - workingDaysBefore[Index(start, nameof(start)) + 1];

    /// <summary>The first working day strictly after a date.</summary>
    /// <param name="date">A date in the supported range.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before a date.</summary>
    /// <param name="date">A date in the supported range.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>The date itself if it is a working day, otherwise the next working day.</summary>
    /// <param name="date">A date in the supported range.</param>
    /// <returns>A working day on or after the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate OnOrNextWorkingDay(LocalDate date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>The date itself if it is a working day, otherwise the previous working day.</summary>
    /// <param name="date">A date in the supported range.</param>
    /// <returns>A working day on or before the date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the result is outside the supported range.</exception>
    public LocalDate OnOrPreviousWorkingDay(LocalDate date) => IsWorkingDay(date) ? date : PreviousWorkingDay(date);

    /// <summary>The bank holidays of one year, in date order.</summary>
    /// <param name="year">A year in the supported range.</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public IReadOnlyList<BankHoliday> HolidaysInYear(int year) => HolidaysInYears(year, year);

    /// <summary>The bank holidays of a range of years, both included, in date order.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year.</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside the supported range, or <paramref name="toYear"/> is before <paramref name="fromYear"/>.</exception>
    public IReadOnlyList<BankHoliday> HolidaysInYears(int fromYear, int toYear)
    {
        RequireYear(fromYear, nameof(fromYear));
        RequireYear(toYear, nameof(toYear));
        if (toYear < fromYear)
        {
            throw new ArgumentOutOfRangeException(nameof(toYear), toYear, $"The last year must not be before the first year ({fromYear}).");
        }

        return HolidaysBetween(new LocalDate(fromYear, 1, 1), new LocalDate(toYear, 12, 31));
    }

    /// <summary>The bank holidays from one date to another, both included, in date order.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date.</param>
    /// <returns>The holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<BankHoliday> HolidaysBetween(LocalDate from, LocalDate to)
    {
        int first = Index(from, nameof(from));
        int last = Index(to, nameof(to));
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"The last date must not be before the first date.");
        }

        var result = new List<BankHoliday>();
        for (int i = first; i <= last; i++)
        {
            if (holidayByDay[i] is { } holiday)
            {
                result.Add(holiday);
            }
        }

        return new ReadOnlyCollection<BankHoliday>(result);
    }

    /// <summary>
    /// A calendar with more holidays: a proclamation made after this release, say. A holiday on a date that already
    /// has one replaces it. Added holidays are never provisional.
    /// </summary>
    /// <param name="added">The holidays to add.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A holiday is outside the supported range.</exception>
    public WorkingDayCalendar WithHolidays(IEnumerable<BankHoliday> added)
    {
        if (added is null)
        {
            throw new ArgumentNullException(nameof(added));
        }

        var byDate = holidays.ToDictionary(h => h.Date);
        foreach (var holiday in added)
        {
            Index(holiday.Date, nameof(added));
            byDate[holiday.Date] = holiday.WithProvisional(false);
        }

        return new WorkingDayCalendar(byDate.Values, LastAnnouncedYear);
    }

    /// <summary>
    /// A calendar corrected by a published list of bank holidays, such as GOV.UK's (read it with the
    /// Safeguarding.Rules.Json package). The list is authoritative for every year it covers (a year with at least one
    /// of its holidays): that year's holidays become exactly the list's, so a holiday the list moves is moved (its
    /// standing date is no longer a holiday), a one-off holiday is added, and none of them is provisional. Years the
    /// list does not cover keep their holidays, provisional or not. <see cref="LastAnnouncedYear"/> moves on through
    /// every year the list covers that follows it without a gap.
    /// </summary>
    /// <param name="published">The published holidays (of one division: England and Wales).</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">The list or a holiday is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A holiday is outside the supported range.</exception>
    /// <exception cref="ArgumentException">Two holidays of the list share a date.</exception>
    public WorkingDayCalendar WithPublishedHolidays(IEnumerable<BankHoliday> published)
    {
        if (published is null)
        {
            throw new ArgumentNullException(nameof(published));
        }

        var byDate = new Dictionary<LocalDate, BankHoliday>();
        foreach (var holiday in published)
        {
            if (holiday is null)
            {
                throw new ArgumentNullException(nameof(published), "A holiday is null.");
            }

            Index(holiday.Date, nameof(published));
            if (byDate.ContainsKey(holiday.Date))
            {
                throw new ArgumentException($"two holidays on {holiday.Date:yyyy-MM-dd}.", nameof(published));
            }

            byDate.Add(holiday.Date, holiday.WithProvisional(false));
        }

        var years = new HashSet<int>(byDate.Keys.Select(d => d.Year));
        int lastAnnounced = LastAnnouncedYear;
        while (years.Contains(lastAnnounced + 1))
        {
            lastAnnounced++;
        }

        return new WorkingDayCalendar(holidays.Where(h => !years.Contains(h.Date.Year)).Concat(byDate.Values), lastAnnounced);
    }

    /// <summary>
    /// The provisional holidays from one date to another, both included, in date order: the holidays a count of
    /// working days across that span relies on that the government has not yet announced. Empty when none.
    /// </summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The last date (before <paramref name="from"/> counts the span the other way).</param>
    /// <returns>The dates.</returns>
    public IReadOnlyList<LocalDate> ProvisionalHolidaysBetween(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        // Most spans end before the first provisional holiday (the years after the last announced one): no search.
        if (provisionalDates.Length == 0 || to < provisionalDates[0] || from > provisionalDates[provisionalDates.Length - 1])
        {
            return Array.Empty<LocalDate>();
        }

        int first = FirstProvisionalOnOrAfter(from);
        if (first >= provisionalDates.Length || provisionalDates[first] > to)
        {
            return Array.Empty<LocalDate>();
        }

        int last = first;
        while (last < provisionalDates.Length && provisionalDates[last] <= to)
        {
            last++;
        }

        var dates = new LocalDate[last - first];
        Array.Copy(provisionalDates, first, dates, 0, dates.Length);
        return Array.AsReadOnly(dates);
    }

    private int FirstProvisionalOnOrAfter(LocalDate date)
    {
        int low = 0, high = provisionalDates.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (provisionalDates[middle] < date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A calendar with holidays removed: the original date of a holiday moved by proclamation, say.</summary>
    /// <param name="removed">The dates that are no longer bank holidays. A date that is not a holiday is ignored.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the supported range.</exception>
    public WorkingDayCalendar WithoutHolidays(IEnumerable<LocalDate> removed)
    {
        if (removed is null)
        {
            throw new ArgumentNullException(nameof(removed));
        }

        var set = new HashSet<LocalDate>();
        foreach (var date in removed)
        {
            Index(date, nameof(removed));
            set.Add(date);
        }

        return new WorkingDayCalendar(holidays.Where(h => !set.Contains(h.Date)), LastAnnouncedYear);
    }

    /// <summary>Whether a date lies in the supported range.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the calendar can answer for it.</returns>
    public static bool IsSupported(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso && date >= MinSupportedDate && date <= MaxSupportedDate;

    // The 1-based ordinal of the target among all working days of the range. Counts are bounded by the range
    // (about 25,000 working days), so long arithmetic cannot overflow whatever workingDays is.
    private long Ordinal(int index, int workingDays)
    {
        int upTo = workingDaysBefore[index + 1];
        bool isWorkingDay = upTo != workingDaysBefore[index];
        return workingDays > 0 || isWorkingDay ? (long)upTo + workingDays : (long)upTo + workingDays + 1;
    }

    private static int Index(LocalDate date, string paramName)
    {
        int year = date.Year;
        if (year < EnglandAndWalesBankHolidays.FirstSupportedYear || year > EnglandAndWalesBankHolidays.LastSupportedYear)
        {
            throw OutOfRange(paramName, date);
        }

        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("The date must be in the ISO calendar.", paramName);
        }

        return DayNumber(year, date.Month, date.Day) - EpochDayNumber;
    }

    private static ArgumentOutOfRangeException OutOfRange(string paramName, LocalDate date) =>
        new(paramName, date, $"The working-day calendar supports dates from {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}.");

    private static void RequireYear(int year, string paramName)
    {
        if (year < EnglandAndWalesBankHolidays.FirstSupportedYear || year > EnglandAndWalesBankHolidays.LastSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                year,
                $"The working-day calendar supports the years {EnglandAndWalesBankHolidays.FirstSupportedYear} to {EnglandAndWalesBankHolidays.LastSupportedYear}.");
        }
    }

    // Days since 0000-03-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil), for positive years.
    private static int DayNumber(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - (era * 400);
        int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra;
    }
}
