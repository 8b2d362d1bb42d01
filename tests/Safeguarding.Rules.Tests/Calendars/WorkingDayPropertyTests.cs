using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>The laws working-day arithmetic obeys, over the whole supported range.</summary>
[Properties(Arbitrary = new[] { typeof(CalendarArbitraries) }, MaxTest = 2000)]
public class WorkingDayPropertyTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Property]
    public bool Adding_a_non_zero_number_of_working_days_lands_on_a_working_day(AnyDate start, NonZeroCount n) =>
        Calendar.IsWorkingDay(Calendar.AddWorkingDays(start.Value, n.Value));

    [Property]
    public bool Counting_the_working_days_from_a_date_to_that_date_plus_N_gives_N(AnyDate start, PositiveCount n) =>
        Calendar.WorkingDaysBetween(start.Value, Calendar.AddWorkingDays(start.Value, n.Value)) == n.Value;

    [Property]
    public bool Counting_back_from_a_working_day_to_that_day_minus_N_gives_minus_N(WorkingDate start, PositiveCount n) =>
        Calendar.WorkingDaysBetween(start.Value, Calendar.AddWorkingDays(start.Value, -n.Value)) == -n.Value;

    [Property]
    public bool Adding_a_then_b_working_days_equals_adding_a_plus_b(AnyDate start, PositiveCount a, PositiveCount b) =>
        Calendar.AddWorkingDays(Calendar.AddWorkingDays(start.Value, a.Value), b.Value) ==
        Calendar.AddWorkingDays(start.Value, a.Value + b.Value);

    [Property]
    public bool Adding_is_monotone_in_the_number_of_days(AnyDate start, NonZeroCount a, NonZeroCount b)
    {
        var (low, high) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        return Calendar.AddWorkingDays(start.Value, low) <= Calendar.AddWorkingDays(start.Value, high);
    }

    [Property]
    public bool Adding_is_monotone_in_the_start_date(AnyDate x, AnyDate y, NonZeroCount n)
    {
        var (early, late) = x.Value <= y.Value ? (x.Value, y.Value) : (y.Value, x.Value);
        return Calendar.AddWorkingDays(early, n.Value) <= Calendar.AddWorkingDays(late, n.Value);
    }

    [Property]
    public bool Subtracting_N_inverts_adding_N_on_working_days(WorkingDate start, NonZeroCount n) =>
        Calendar.SubtractWorkingDays(Calendar.AddWorkingDays(start.Value, n.Value), n.Value) == start.Value;

    [Property]
    public bool No_Saturday_or_Sunday_is_ever_a_working_day(AnyDate date) =>
        date.Value.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) || !Calendar.IsWorkingDay(date.Value);

    [Property]
    public bool A_weekday_is_a_working_day_exactly_when_it_is_not_a_bank_holiday(AnyDate date) =>
        date.Value.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ||
        Calendar.IsWorkingDay(date.Value) == (Calendar.GetHoliday(date.Value) is null);

    [Property]
    public bool Adding_agrees_with_a_day_by_day_count(AnyDate start, NonZeroCount n) =>
        Calendar.AddWorkingDays(start.Value, n.Value) == NaiveAdd(start.Value, n.Value);

    [Property]
    public bool From_a_non_working_day_the_next_working_day_is_day_1(AnyDate start, PositiveCount n) =>
        Calendar.IsWorkingDay(start.Value) ||
        Calendar.AddWorkingDays(start.Value, n.Value) == Calendar.AddWorkingDays(Calendar.OnOrNextWorkingDay(start.Value), n.Value - 1);

    private static LocalDate NaiveAdd(LocalDate date, int n)
    {
        int step = n > 0 ? 1 : -1;
        for (int remaining = n; remaining != 0;)
        {
            date = date.PlusDays(step);
            if (Calendar.GetHoliday(date) is null && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                remaining -= step;
            }
        }

        return date;
    }
}
