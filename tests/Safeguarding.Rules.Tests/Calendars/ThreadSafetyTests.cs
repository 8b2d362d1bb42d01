using System.Linq;
using System.Threading.Tasks;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Xunit;

namespace Safeguarding.Rules.Tests.Calendars;

public class ThreadSafetyTests
{
    [Fact]
    public void One_calendar_shared_by_many_threads_gives_the_single_threaded_answers()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales.WithHolidays(new[] { new BankHoliday(new LocalDate(2031, 3, 3), "Test holiday", BankHolidayKind.OneOff) });
        var inputs = Enumerable.Range(0, 20_000)
            .Select(i => (Date: new LocalDate(2001, 1, 1).PlusDays((i * 7919) % 35_000), N: (i % 121) - 60))
            .ToArray();
        var expected = inputs.Select(x => (calendar.AddWorkingDays(x.Date, x.N), calendar.IsWorkingDay(x.Date), calendar.WorkingDaysBetween(x.Date, x.Date.PlusDays(x.N)))).ToArray();

        var actual = new (LocalDate, bool, int)[inputs.Length];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            for (int round = 0; round < 4; round++)
            {
                for (int i = worker; i < inputs.Length; i += 8)
                {
                    var (date, n) = inputs[i];
                    actual[i] = (calendar.AddWorkingDays(date, n), calendar.IsWorkingDay(date), calendar.WorkingDaysBetween(date, date.PlusDays(n)));
                }
            }
        });

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_shared_England_and_Wales_calendar_is_one_instance_however_many_threads_ask_first()
    {
        var instances = new WorkingDayCalendar[16];
        Parallel.For(0, instances.Length, i => instances[i] = WorkingDayCalendar.EnglandAndWales);
        Assert.All(instances, c => Assert.Same(instances[0], c));
    }
}
