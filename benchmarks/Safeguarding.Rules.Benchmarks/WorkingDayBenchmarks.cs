using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Benchmarks;

/// <summary>
/// Working-day arithmetic against a naive day-by-day loop over the same holidays, in one run.
/// Target: add 45 working days in 15 ns or less, 0 bytes allocated, at least 20 times faster than the loop.
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.EnglandAndWales;
    private readonly HashSet<LocalDate> holidays = new();
    private readonly LocalDate start = new(2026, 12, 24);
    private readonly LocalDate end = new(2027, 3, 1);

    [GlobalSetup]
    public void Setup()
    {
        foreach (var holiday in calendar.Holidays)
        {
            holidays.Add(holiday.Date);
        }
    }

    [Benchmark(Baseline = true, Description = "Naive loop: add 45 working days")]
    public LocalDate NaiveAdd45()
    {
        var date = start;
        for (int remaining = 45; remaining > 0;)
        {
            date = date.PlusDays(1);
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !holidays.Contains(date))
            {
                remaining--;
            }
        }

        return date;
    }

    [Benchmark(Description = "Calendar: add 45 working days")]
    public LocalDate Add45() => calendar.AddWorkingDays(start, 45);

    [Benchmark(Description = "Calendar: subtract 7 working days")]
    public LocalDate Subtract7() => calendar.AddWorkingDays(start, -7);

    [Benchmark(Description = "Naive loop: count working days between")]
    public int NaiveBetween()
    {
        int count = 0;
        for (var date = start.PlusDays(1); date <= end; date = date.PlusDays(1))
        {
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !holidays.Contains(date))
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "Calendar: count working days between")]
    public int Between() => calendar.WorkingDaysBetween(start, end);

    [Benchmark(Description = "Calendar: is working day")]
    public bool IsWorkingDay() => calendar.IsWorkingDay(start);
}
