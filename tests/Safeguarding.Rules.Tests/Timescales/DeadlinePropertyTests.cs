using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>The laws a deadline report obeys, over random timelines.</summary>
[Properties(Arbitrary = new[] { typeof(TimelineArbitraries) }, MaxTest = 500)]
public class DeadlinePropertyTests
{
    // Every locally set rule is given a local timing, so that the laws hold for those rules too.
    private static readonly DeadlineEvaluator Evaluator = new(
        WorkingDayCalendar.EnglandAndWales,
        null,
        LocalTimescales.LocallySetRules.Aggregate(LocalTimescales.None, (locals, rule) => locals.With(rule.Id, 5, TimeUnit.WorkingDays)));
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static readonly TimescaleRule[] ForwardRules = TimescaleCatalog.Timescales
        .Where(r => r.Direction == ClockDirection.Forward && r.IsEvaluated && r.Id is not ("DL-07"))
        .ToArray();

    [Property]
    public bool A_working_day_due_date_is_never_a_non_working_day(RandomTimeline timeline, DayOffset asOf) =>
        Evaluate(timeline, asOf).Entries
            .Where(e => e.DueDate is not null && e.Rule is TimescaleRule { Unit: TimeUnit.WorkingDays })
            .All(e => Calendar.IsWorkingDay(e.DueDate!.Value));

    [Property]
    public Property Moving_a_start_event_later_never_makes_its_due_date_earlier(DayOffset a, DayOffset b) =>
        Prop.ForAll(
            Gen.Elements(ForwardRules).ToArbitrary(),
            rule =>
            {
                var (early, late) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
                return DueOfSingleStart(rule, early) <= DueOfSingleStart(rule, late);
            });

    [Property]
    public Property An_end_event_on_or_before_the_due_date_is_met_and_after_it_is_late(DayOffset start, DayOffset gap) =>
        Prop.ForAll(
            Gen.Elements(ForwardRules.Where(r => r.Clock.Start is ClockStart.EachOccurrence or ClockStart.EarliestOfSeveral && r.Clock.Scope is ClockScope.EachStart or ClockScope.EachReview).ToArray()).ToArbitrary(),
            rule =>
            {
                var startDate = TimelineArbitraries.Origin.PlusDays(start.Value);
                var endDate = startDate.PlusDays(gap.Value % 250);
                var endType = rule.Obligations[0].EndEvents[0];
                var report = Evaluator.Evaluate(
                    CaseTimeline.Create(new CaseEvent(rule.StartEvents[0], startDate), new CaseEvent(endType, endDate)),
                    endDate.PlusDays(1));
                var entry = report.Entries.Single(e => e.RuleId == rule.Id && e.ObligationIndex == 0 && e.Occurrence == 1);
                return entry.Status == (endDate <= entry.DueDate!.Value ? DeadlineStatus.Met : DeadlineStatus.MetLate);
            });

    [Property]
    public bool The_report_does_not_depend_on_the_order_events_are_given_in(RandomTimeline timeline, DayOffset asOf, int seed)
    {
        var shuffled = timeline.Events.OrderBy(e => (e.GetHashCode() ^ seed) & 0x7fffffff).ToArray();
        var first = Evaluate(timeline, asOf);
        var second = Evaluate(new RandomTimeline(shuffled), asOf);
        return first.Entries.SequenceEqual(second.Entries)
            && first.Warnings.Select(w => (w.EventType, w.Message)).Order().SequenceEqual(second.Warnings.Select(w => (w.EventType, w.Message)).Order());
    }

    [Property]
    public bool Evaluating_as_of_a_later_date_never_turns_met_into_anything_else(RandomTimeline timeline, DayOffset a, DayOffset b)
    {
        var (early, late) = a.Value <= b.Value ? (a, b) : (b, a);
        var later = Evaluate(timeline, late).Entries.ToDictionary(e => (e.RuleId, e.ObligationIndex, e.Occurrence), e => e.Status);
        return Evaluate(timeline, early).Entries
            .Where(e => e.Status == DeadlineStatus.Met)
            .All(e => later.TryGetValue((e.RuleId, e.ObligationIndex, e.Occurrence), out var status) && status == DeadlineStatus.Met);
    }

    [Property]
    public bool An_undetermined_deadline_always_names_a_missing_fact_and_no_other_status_does(RandomTimeline timeline, DayOffset asOf) =>
        Evaluate(timeline, asOf).Entries.All(e => (e.Status == DeadlineStatus.Undetermined) == (e.MissingFacts.Count > 0));

    [Property]
    public bool Every_entry_carries_the_citations_of_its_rule(RandomTimeline timeline, DayOffset asOf) =>
        Evaluate(timeline, asOf).Entries.All(e => e.Citations.Count > 0);

    private static DeadlineReport Evaluate(RandomTimeline timeline, DayOffset asOf) =>
        Evaluator.Evaluate(CaseTimeline.Create(timeline.Events), TimelineArbitraries.Origin.PlusDays(asOf.Value));

    private static NodaTime.LocalDate DueOfSingleStart(TimescaleRule rule, int offset)
    {
        var date = TimelineArbitraries.Origin.PlusDays(offset);
        var events = new List<CaseEvent> { new(rule.StartEvents[0], date) { InitiatedSection47 = true, PlanMade = true } };
        if (rule.Id == "DL-04")
        {
            events.Add(new CaseEvent(CaseEventType.Section47ConcernsSubstantiated, date));
        }

        var report = Evaluator.Evaluate(CaseTimeline.Create(events), date);
        return report.Entries.First(e => e.RuleId == rule.Id && e.Occurrence == 1).DueDate!.Value;
    }
}
