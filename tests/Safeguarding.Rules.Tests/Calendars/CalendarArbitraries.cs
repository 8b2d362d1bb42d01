using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Tests.Calendars;

/// <summary>A date in the supported range, with room either side for adding up to <see cref="CalendarArbitraries.MaxCount"/> working days.</summary>
public readonly record struct AnyDate(LocalDate Value)
{
    public override string ToString() => Value.ToString("yyyy-MM-dd (ddd)", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A working day in the supported range, with the same room.</summary>
public readonly record struct WorkingDate(LocalDate Value)
{
    public override string ToString() => Value.ToString("yyyy-MM-dd (ddd)", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A count of working days from 1 to <see cref="CalendarArbitraries.MaxCount"/>.</summary>
public readonly record struct PositiveCount(int Value);

/// <summary>A count from −MaxCount to MaxCount, never 0.</summary>
public readonly record struct NonZeroCount(int Value);

public static class CalendarArbitraries
{
    public const int MaxCount = 600;

    private static readonly LocalDate First = WorkingDayCalendar.MinSupportedDate.PlusDays(1800);
    private static readonly int Span = Period.DaysBetween(First, WorkingDayCalendar.MaxSupportedDate.PlusDays(-1800));

    private static Gen<LocalDate> Dates => Gen.Choose(0, Span).Select(i => First.PlusDays(i));

    public static Arbitrary<AnyDate> AnyDate() => Dates.Select(d => new AnyDate(d)).ToArbitrary();

    public static Arbitrary<WorkingDate> WorkingDate() =>
        Dates.Select(d => new WorkingDate(WorkingDayCalendar.EnglandAndWales.OnOrNextWorkingDay(d))).ToArbitrary();

    public static Arbitrary<PositiveCount> PositiveCount() => Gen.Choose(1, MaxCount).Select(n => new PositiveCount(n)).ToArbitrary();

    public static Arbitrary<NonZeroCount> NonZeroCount() =>
        Gen.Choose(1, MaxCount).SelectMany(n => Gen.Elements(n, -n)).Select(n => new NonZeroCount(n)).ToArbitrary();
}
