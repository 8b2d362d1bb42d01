using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Rules.Timescales;
using Xunit;

namespace Safeguarding.Rules.Tests.Timescales;

[Properties(Arbitrary = new[] { typeof(TimelineArbitraries) }, MaxTest = 300)]
public class ForRulesTests
{
    private static readonly string[] Some = { "DL-03", "DL-04", "DL-06", "DL-07" };

    [Property]
    public bool An_evaluator_for_some_rules_gives_exactly_their_entries_from_the_full_evaluation(RandomTimeline timeline, DayOffset asOf)
    {
        var date = TimelineArbitraries.Origin.PlusDays(asOf.Value);
        var all = DeadlineEvaluator.Default.Evaluate(CaseTimeline.Create(timeline.Events), date);
        var some = DeadlineEvaluator.Default.ForRules(Some).Evaluate(CaseTimeline.Create(timeline.Events), date);
        return some.Entries.SequenceEqual(all.Entries.Where(e => Some.Contains(e.RuleId)));
    }

    [Fact]
    public void An_unknown_rule_id_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DeadlineEvaluator.Default.ForRules("DL-99"));
    }

    [Fact]
    public void An_evaluator_for_some_rules_keeps_the_calendar_and_readings()
    {
        var evaluator = DeadlineEvaluator.Default.ForRules("DL-03");
        Assert.Same(DeadlineEvaluator.Default.Calendar, evaluator.Calendar);
        Assert.Same(DeadlineEvaluator.Default.Readings, evaluator.Readings);
        Assert.All(evaluator.Evaluate(CaseTimeline.Create(new CaseEvent(CaseEventType.ReferralReceived, new LocalDate(2026, 6, 1))), new LocalDate(2026, 7, 1)).Entries, e => Assert.Equal("DL-03", e.RuleId));
    }
}
