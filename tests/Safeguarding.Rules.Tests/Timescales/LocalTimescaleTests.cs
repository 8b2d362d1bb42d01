using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.DependencyInjection;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

[Properties(Arbitrary = new[] { typeof(TimelineArbitraries) }, MaxTest = 200)]
public class LocalTimescaleTests
{
    private static CaseEvent PlanMadeAt(string date) => new(InitialChildProtectionConference, D(date)) { PlanMade = true };

    private static DeadlineReport Report(LocalTimescales locals, string asOf, params CaseEvent[] events) =>
        new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales, null, locals).Evaluate(CaseTimeline.Create(events), D(asOf));

    [Fact]
    public void The_circulation_of_the_child_protection_plan_is_the_timing_the_guidance_leaves_to_a_local_protocol()
    {
        var rule = Assert.Single(LocalTimescales.LocallySetRules);
        Assert.Equal("DL-70", rule.Id);
        Assert.True(rule.Clock.Count.IsLocallySet);
        Assert.Equal(0, rule.Amount);
        Assert.Equal("locally set", rule.Clock.Count.ToString());
        Assert.Equal("define the local protocol for timeliness of circulating plans after the child protection conference", rule.Citations[0].Quote);
    }

    [Fact]
    public void Without_a_local_timescale_a_plan_circulation_gets_no_due_date_and_says_the_timing_is_for_local_arrangements()
    {
        var entry = T.Report("2026-12-01", PlanMadeAt("2026-11-02")).Entry("DL-70");
        Assert.Equal(DeadlineStatus.LocalTimescaleNotGiven, entry.Status);
        Assert.Null(entry.DueDate);
        Assert.Equal(D("2026-11-02"), entry.StartDate);
        Assert.True(entry.IsLocallySet);
        Assert.Null(entry.LocalTimescale);
        Assert.Contains("local arrangements", entry.Note, StringComparison.Ordinal);
        Assert.Equal("box 'The child protection plan' (after paragraph 256)", entry.Citations[0].Location);
    }

    [Theory]
    [InlineData(5, TimeUnit.WorkingDays, "2026-11-09", "2026-11-09", DeadlineStatus.Met, 0)]
    [InlineData(5, TimeUnit.WorkingDays, "2026-11-09", "2026-11-10", DeadlineStatus.MetLate, 1)]
    [InlineData(7, TimeUnit.CalendarDays, "2026-11-09", "2026-11-12", DeadlineStatus.MetLate, 3)]
    [InlineData(1, TimeUnit.Months, "2026-12-02", "2026-11-20", DeadlineStatus.Met, 0)]
    public void With_a_local_timescale_the_plan_circulation_is_due_by_the_local_count_from_the_initial_conference(int amount, TimeUnit unit, string due, string circulated, DeadlineStatus status, int late)
    {
        var entry = Report(LocalTimescales.None.With("DL-70", amount, unit), "2027-01-15", PlanMadeAt("2026-11-02"), Ev(ChildProtectionPlanCirculated, circulated)).Entry("DL-70");
        Assert.Equal((status, D(due), late), (entry.Status, entry.DueDate!.Value, entry.Days));
        Assert.Equal(new LocalTimescale(amount, unit), entry.LocalTimescale);
        Assert.Equal(unit == TimeUnit.WorkingDays ? TimeUnit.WorkingDays : TimeUnit.CalendarDays, entry.DaysUnit);
    }

    [Fact]
    public void A_plan_not_yet_circulated_is_overdue_once_the_local_time_has_passed()
    {
        var entry = Report(LocalTimescales.None.With("DL-70", 5, TimeUnit.WorkingDays), "2026-11-11", PlanMadeAt("2026-11-02")).Entry("DL-70");
        Assert.Equal((DeadlineStatus.Overdue, 2), (entry.Status, entry.Days));
    }

    [Fact]
    public void A_conference_that_made_no_plan_starts_no_circulation_clock()
    {
        var report = Report(LocalTimescales.None.With("DL-70", 5, TimeUnit.WorkingDays), "2026-12-01", new CaseEvent(InitialChildProtectionConference, D("2026-11-02")) { PlanMade = false });
        Assert.Empty(report.For("DL-70"));
    }

    [Theory]
    [InlineData("DL-04", 5, TimeUnit.WorkingDays)]
    [InlineData("DL-99", 5, TimeUnit.WorkingDays)]
    [InlineData("dl-70", 5, TimeUnit.WorkingDays)]
    public void A_local_timescale_is_refused_for_a_rule_whose_number_the_text_gives_or_that_does_not_exist(string id, int amount, TimeUnit unit)
    {
        Assert.Throws<ArgumentException>(() => LocalTimescales.None.With(id, amount, unit));
    }

    [Theory]
    [InlineData(0, TimeUnit.WorkingDays)]
    [InlineData(-3, TimeUnit.CalendarDays)]
    [InlineData(1000, TimeUnit.CalendarDays)]
    [InlineData(2, TimeUnit.Years)]
    [InlineData(1, TimeUnit.FixedDate)]
    [InlineData(1, TimeUnit.SchoolDays)]
    public void A_local_timescale_must_count_at_least_one_working_day_calendar_day_or_month(int amount, TimeUnit unit)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LocalTimescale(amount, unit));
    }

    [Fact]
    public void Local_timescales_are_immutable_each_addition_gives_a_new_set()
    {
        var one = LocalTimescales.None.With("DL-70", 5, TimeUnit.WorkingDays);
        var two = one.With("DL-70", 10, TimeUnit.CalendarDays);
        Assert.Equal((0, 1, 1), (LocalTimescales.None.Count, one.Count, two.Count));
        Assert.Equal(new LocalTimescale(5, TimeUnit.WorkingDays), one.Find("DL-70"));
        Assert.Equal(new LocalTimescale(10, TimeUnit.CalendarDays), two.Find("DL-70"));
        Assert.Null(LocalTimescales.None.Find("DL-70"));
    }

    [Property]
    public bool A_larger_local_count_never_gives_an_earlier_due_date(RandomTimeline timeline, DayOffset asOf, PositiveInt first, PositiveInt second, bool months)
    {
        var unit = months ? TimeUnit.Months : TimeUnit.WorkingDays;
        int small = Math.Min(first.Get % 60, second.Get % 60) + 1;
        int large = Math.Max(first.Get % 60, second.Get % 60) + 1;
        var date = TimelineArbitraries.Origin.PlusDays(asOf.Value);
        var events = timeline.Events.Select(e => e.Type == CoreGroupMeeting ? new CaseEvent(ChildProtectionPlanCirculated, e.Date) : e).ToArray();
        var smaller = Evaluate(small).For("DL-70").ToArray();
        var larger = Evaluate(large).For("DL-70").ToArray();
        return smaller.Length == larger.Length
            && smaller.Zip(larger, (s, l) => s.Occurrence == l.Occurrence && (s.DueDate is not { } sd || l.DueDate is not { } ld || sd <= ld)).All(ok => ok);

        DeadlineReport Evaluate(int amount) =>
            new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales, null, LocalTimescales.None.With("DL-70", amount, unit)).Evaluate(CaseTimeline.Create(events), date);
    }

    [Property]
    public bool Local_timescales_change_only_the_entries_of_locally_set_rules(RandomTimeline timeline, DayOffset asOf)
    {
        var date = TimelineArbitraries.Origin.PlusDays(asOf.Value);
        var plain = DeadlineEvaluator.Default.Evaluate(CaseTimeline.Create(timeline.Events), date);
        var withLocal = new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales, null, LocalTimescales.None.With("DL-70", 3, TimeUnit.WorkingDays)).Evaluate(CaseTimeline.Create(timeline.Events), date);
        return plain.Entries.Where(e => !e.IsLocallySet).SequenceEqual(withLocal.Entries.Where(e => !e.IsLocallySet))
            && plain.Entries.Where(e => e.IsLocallySet).All(e => e.Status is DeadlineStatus.LocalTimescaleNotGiven or DeadlineStatus.NotStarted or DeadlineStatus.EditionNotInForce && e.DueDate is null);
    }

    [Fact]
    public void The_registered_evaluator_uses_the_local_timescales_given_in_the_options()
    {
        using var provider = new ServiceCollection()
            .AddSafeguardingRules(o => o.UseLocalTimescale("DL-70", 5, TimeUnit.WorkingDays))
            .BuildServiceProvider();
        var evaluator = provider.GetRequiredService<DeadlineEvaluator>();
        Assert.Equal(new LocalTimescale(5, TimeUnit.WorkingDays), evaluator.LocalTimescales.Find("DL-70"));
        var entry = evaluator.Evaluate(CaseTimeline.Create(PlanMadeAt("2026-11-02")), D("2026-11-04")).Entry("DL-70");
        Assert.Equal((DeadlineStatus.Due, D("2026-11-09")), (entry.Status, entry.DueDate!.Value));
    }

    [Fact]
    public void An_evaluator_for_some_rules_keeps_the_local_timescales()
    {
        var evaluator = new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales, null, LocalTimescales.None.With("DL-70", 5, TimeUnit.WorkingDays)).ForRules("DL-70");
        Assert.Equal(DeadlineStatus.Due, evaluator.Evaluate(CaseTimeline.Create(PlanMadeAt("2026-11-02")), D("2026-11-04")).Entry("DL-70").Status);
    }

    [Theory]
    [InlineData("DL-23", 56, TimeUnit.CalendarDays, "paragraph 297")]
    [InlineData("DL-24", 28, TimeUnit.CalendarDays, "footnote 67 (to paragraph 141)")]
    [InlineData("DL-26", 1, TimeUnit.SchoolDays, "footnote 54 (to paragraph 132)")]
    public void The_periods_quantified_inside_definitions_and_descriptions_are_declared_with_their_number_but_not_evaluated(string id, int amount, TimeUnit unit, string location)
    {
        var rule = TimescaleCatalog.Get(id);
        Assert.Equal((amount, unit, false), (rule.Amount, rule.Unit, rule.IsEvaluated));
        Assert.Equal(location, rule.Citations[0].Location);
        Assert.Contains(amount == 1 ? "next school day" : $"{amount} days", rule.Citations[0].Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Operation_Encompass_is_labelled_non_statutory_because_it_is_a_footnote_with_no_modal_verb()
    {
        Assert.Equal(Force.NonStatutory, TimescaleCatalog.Get("DL-26").Force);
    }
}
