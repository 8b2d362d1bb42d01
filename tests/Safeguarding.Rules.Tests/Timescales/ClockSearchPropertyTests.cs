using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>
/// The searches the clock shapes walk a timeline with, which keep a long timeline linear (a forward scan that never
/// looks at an event twice, searches bounded by the episode or the review they belong to, windows found by halving),
/// find exactly what a plain search from the first event finds, on random timelines.
/// </summary>
[Properties(Arbitrary = new[] { typeof(TimelineArbitraries) }, MaxTest = 300)]
public class ClockSearchPropertyTests
{
    private static readonly CaseEventType[] Types = CaseEventTypes.All.ToArray();

    [Property]
    public bool A_forward_scan_finds_what_a_search_from_each_start_finds(RandomTimeline timeline, DayOffset asOf, int seed)
    {
        var run = Begin(timeline, asOf);
        var random = new Random(seed);
        var set = EventSet.Of(Types.Where(_ => random.Next(4) == 0).ToArray());
        var scan = run.Forward(set);
        for (int from = 0; from <= run.Visible; from += random.Next(0, 3))
        {
            if (scan.Next(from) != Plain(run, from, run.Visible, e => set[(int)e.Type]))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool A_search_bounded_by_an_episode_finds_what_a_whole_search_finds_inside_it(RandomTimeline timeline, DayOffset asOf, DayOffset notBefore, int seed)
    {
        var run = Begin(timeline, asOf);
        var random = new Random(seed);
        var type = Types[random.Next(Types.Length)];
        int from = random.Next(0, run.Visible + 1);
        int limit = random.Next(from, run.Visible + 1);
        var date = TimelineArbitraries.Origin.PlusDays(notBefore.Value - 100);
        int whole = Plain(run, from, run.Visible, e => e.Type == type && e.Date >= date);
        return run.FirstBefore(type, from, date, limit) == (whole >= 0 && whole < limit ? whole : -1);
    }

    [Property]
    public bool A_search_that_stops_at_a_date_finds_what_a_whole_search_finds_before_it(RandomTimeline timeline, DayOffset asOf, DayOffset to, int seed)
    {
        var run = Begin(timeline, asOf);
        var random = new Random(seed);
        var set = EventSet.Of(Types.Where(_ => random.Next(3) == 0).ToArray());
        int from = random.Next(0, run.Visible + 1);
        var end = random.Next(4) == 0 ? default : TimelineArbitraries.Origin.PlusDays(to.Value - 100);
        int whole = Plain(run, from, run.Visible, e => set[(int)e.Type]);
        int expected = whole >= 0 && end != default && run.Events[whole].Date >= end ? -1 : whole;
        return run.FirstFromBefore(set, from, end) == expected;
    }

    [Property]
    public bool A_window_found_by_halving_holds_what_a_search_from_the_first_event_finds(RandomTimeline timeline, DayOffset asOf, DayOffset a, DayOffset b, int seed)
    {
        var run = Begin(timeline, asOf);
        var random = new Random(seed);
        var type = Types[random.Next(Types.Length)];
        var from = random.Next(4) == 0 ? default : TimelineArbitraries.Origin.PlusDays(Math.Min(a.Value, b.Value) - 100);
        var to = random.Next(4) == 0 ? default : TimelineArbitraries.Origin.PlusDays(Math.Max(a.Value, b.Value) - 100);
        foreach (int limit in new[] { run.Visible, run.Events.Length })
        {
            int expected = Plain(run, 0, limit, e => e.Type == type && (from == default || e.Date >= from) && (to == default || e.Date < to));
            if (run.FirstInWindow(type, from, to, limit) != expected)
            {
                return false;
            }
        }

        return true;
    }

    [Xunit.Fact]
    public void A_forward_scan_cannot_go_back()
    {
        var events = new[] { new CaseEvent(CaseEventType.ReferralReceived, TimelineArbitraries.Origin), new CaseEvent(CaseEventType.ReferralReceived, TimelineArbitraries.Origin.PlusDays(1)) };
        var run = Begin(new RandomTimeline(events), new DayOffset(700));
        var scan = run.Forward(EventSet.Of(CaseEventType.ReferralReceived));
        Xunit.Assert.Equal(1, scan.Next(1));
        Xunit.Assert.Throws<InvalidOperationException>(() => scan.Next(0));
    }

    private static ClockRun Begin(RandomTimeline timeline, DayOffset asOf)
    {
        var run = new ClockRun();
        run.Begin(WorkingDayCalendar.EnglandAndWales, Readings.Default, Array.Empty<(Edition, bool, LocalDate?)>(), CaseTimeline.Create(timeline.Events), TimelineArbitraries.Origin.PlusDays(asOf.Value - 100), Array.Empty<CaseEventType>());
        return run;
    }

    // The plain search: every event from `from` up to `limit`, in order.
    private static int Plain(ClockRun run, int from, int limit, Func<CaseEvent, bool> matches)
    {
        for (int i = from; i < limit; i++)
        {
            if (matches(run.Events[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
