using System;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>What one entry, one report and one timeline say about themselves.</summary>
public class DeadlineEntryTests
{
    private static UrgencyRule Urgency(string id) => TimescaleCatalog.Urgencies.Single(u => u.Id == id);

    [Fact]
    public void An_entry_names_its_rule_its_obligation_and_the_obligations_force()
    {
        var rule = TimescaleCatalog.Get("DL-16");
        var entry = new DeadlineEntry(rule, 2, 1, DeadlineStatus.Due, D("2026-04-09"), D("2026-03-27"), default, 3, null, null);
        Assert.Equal(("DL-16", rule.Title, "copy to Ofsted", Force.Should), (entry.RuleId, entry.Title, entry.Obligation, entry.Force));
        Assert.Same(rule, entry.Rule);
        Assert.Equal(2, entry.ObligationIndex);
        Assert.Equal(rule.Citations, entry.Citations);
        Assert.Null(entry.BreachHandling);
        Assert.Null(entry.Urgency);
        Assert.Equal(TimeUnit.WorkingDays, entry.DaysUnit);
    }

    [Fact]
    public void An_entry_for_an_obligation_the_rule_does_not_list_has_no_label_and_the_rules_force()
    {
        var rule = TimescaleCatalog.Get("DL-16");
        var entry = new DeadlineEntry(rule, 3, 1, DeadlineStatus.Due, default, default, default, 0, null, null);
        Assert.Equal((string.Empty, Force.Must), (entry.Obligation, entry.Force));
    }

    [Fact]
    public void An_urgency_entry_has_its_word_its_rules_force_calendar_days_and_no_breach_handling()
    {
        var rule = Urgency("DL-41");
        var entry = new DeadlineEntry(rule, 0, 1, DeadlineStatus.Pending, D("2026-11-27"), default, default, 3, null, null);
        Assert.Equal((Safeguarding.Rules.Timescales.Urgency.Immediately, Force.Should, TimeUnit.CalendarDays, string.Empty), (entry.Urgency!.Value, entry.Force, entry.DaysUnit, entry.Obligation));
        Assert.Null(entry.BreachHandling);
        Assert.Null(entry.DueDate);
    }

    [Fact]
    public void A_calendar_day_rule_counts_its_days_in_calendar_days_and_its_breach_handling_is_the_rules()
    {
        Assert.Equal(TimeUnit.CalendarDays, new DeadlineEntry(TimescaleCatalog.Get("DL-21"), 0, 1, DeadlineStatus.Due, default, default, default, 0, null, null).DaysUnit);
        Assert.Equal(TimeUnit.CalendarDays, new DeadlineEntry(TimescaleCatalog.Get("DL-06"), 0, 1, DeadlineStatus.Due, default, default, default, 0, null, null).DaysUnit);
        var assessment = TimescaleCatalog.Get("DL-03");
        Assert.Equal(assessment.BreachHandling, new DeadlineEntry(assessment, 0, 1, DeadlineStatus.Due, default, default, default, 0, null, null).BreachHandling);
    }

    [Fact]
    public void Dates_that_are_not_set_read_as_null_and_set_ones_as_themselves()
    {
        var rule = TimescaleCatalog.Get("DL-01");
        var empty = new DeadlineEntry(rule, 0, 0, DeadlineStatus.NotStarted, default, default, default, 0, null, null);
        Assert.Equal(((LocalDate?)null, (LocalDate?)null, (LocalDate?)null), (empty.StartDate, empty.DueDate, empty.EndDate));
        Assert.Empty(empty.MissingFacts);
        Assert.Null(empty.Note);
        var full = new DeadlineEntry(rule, 0, 1, DeadlineStatus.MetLate, D("2026-11-02"), D("2026-11-03"), D("2026-11-05"), 2, new[] { TimelineFacts.ConferencePlanMade }, "a note");
        Assert.Equal((D("2026-11-02"), D("2026-11-03"), D("2026-11-05")), (full.StartDate!.Value, full.DueDate!.Value, full.EndDate!.Value));
        Assert.Equal((1, DeadlineStatus.MetLate, 2, "a note"), (full.Occurrence, full.Status, full.Days, full.Note));
        Assert.Equal(new[] { TimelineFacts.ConferencePlanMade }, full.MissingFacts);
    }

    [Fact]
    public void Entries_are_equal_when_every_part_is_equal()
    {
        var rule = TimescaleCatalog.Get("DL-01");
        var facts = new[] { TimelineFacts.ConferencePlanMade };
        DeadlineEntry Make(IRule? r = null, int obligation = 0, int occurrence = 1, DeadlineStatus status = DeadlineStatus.Due, string start = "2026-11-02", string due = "2026-11-03", string? end = null, int days = 1, Safeguarding.Rules.Logic.FactDefinition[]? missing = null, string? note = "n") =>
            new(r ?? rule, obligation, occurrence, status, D(start), D(due), end is null ? default : D(end), days, missing ?? facts, note);

        var entry = Make();
        Assert.True(entry == Make());
        Assert.False(entry != Make());
        Assert.True(entry.Equals((object)Make()));
        Assert.Equal(entry.GetHashCode(), Make().GetHashCode());
        Assert.Equal(entry, new DeadlineEntry(rule, 0, 1, DeadlineStatus.Due, D("2026-11-02"), D("2026-11-03"), default, 1, new[] { TimelineFacts.ConferencePlanMade }, "n"));

        var different = new[]
        {
            Make(r: TimescaleCatalog.Get("DL-02")),
            Make(obligation: 1),
            Make(occurrence: 2),
            Make(status: DeadlineStatus.Overdue),
            Make(start: "2026-11-01"),
            Make(due: "2026-11-04"),
            Make(end: "2026-11-03"),
            Make(days: 2),
            Make(missing: new[] { TimelineFacts.StrategyDiscussion }),
            Make(note: "N"),
            Make(note: null),
        };
        Assert.All(different, other =>
        {
            Assert.False(entry == other);
            Assert.True(entry != other);
            Assert.False(entry.Equals((object)other));
        });
        Assert.False(entry.Equals("DL-01"));
        Assert.NotEqual(entry.GetHashCode(), Make(occurrence: 2).GetHashCode());
        Assert.NotEqual(entry.GetHashCode(), Make(due: "2026-11-04").GetHashCode());
        Assert.NotEqual(entry.GetHashCode(), Make(r: TimescaleCatalog.Get("DL-02")).GetHashCode());
        Assert.Equal(default(DeadlineEntry), default);
        _ = default(DeadlineEntry).GetHashCode();
    }

    [Fact]
    public void An_entry_prints_its_rule_obligation_occurrence_status_and_due_date()
    {
        var entry = new DeadlineEntry(TimescaleCatalog.Get("DL-16"), 1, 2, DeadlineStatus.Overdue, D("2026-04-09"), D("2026-03-30"), default, 1, null, null);
        Assert.Equal("DL-16 copy to the Secretary of State #2 Overdue due 2026-03-30", entry.ToString());
        Assert.Equal("DL-01  #0 NotStarted due ", new DeadlineEntry(TimescaleCatalog.Get("DL-01"), 0, 0, DeadlineStatus.NotStarted, default, default, default, 0, null, null).ToString());
    }

    [Fact]
    public void Entries_of_one_fact_set_share_one_read_only_list()
    {
        var facts = new[] { TimelineFacts.ConferencePlanMade };
        var one = new DeadlineEntry(TimescaleCatalog.Get("DL-05"), 0, 1, DeadlineStatus.Undetermined, default, default, default, 0, facts, null);
        var two = new DeadlineEntry(TimescaleCatalog.Get("DL-06"), 0, 1, DeadlineStatus.Undetermined, default, default, default, 0, facts, null);
        Assert.Same(one.MissingFacts, two.MissingFacts);
        Assert.IsNotType<Safeguarding.Rules.Logic.FactDefinition[]>(one.MissingFacts);
    }

    [Theory]
    [InlineData(DeadlineStatus.Overdue, true, true)]
    [InlineData(DeadlineStatus.MetLate, true, false)]
    [InlineData(DeadlineStatus.Breached, true, false)]
    [InlineData(DeadlineStatus.Met, false, false)]
    [InlineData(DeadlineStatus.Due, false, false)]
    [InlineData(DeadlineStatus.Running, false, false)]
    [InlineData(DeadlineStatus.Undetermined, false, false)]
    [InlineData(DeadlineStatus.NotStarted, false, false)]
    [InlineData(DeadlineStatus.Pending, false, false)]
    [InlineData(DeadlineStatus.Done, false, false)]
    [InlineData(DeadlineStatus.EditionNotInForce, false, false)]
    [InlineData(DeadlineStatus.OutsideCalendar, false, false)]
    public void A_report_has_missed_a_deadline_when_one_is_overdue_met_late_or_breached_and_is_overdue_only_when_one_is_overdue(DeadlineStatus status, bool missed, bool overdue)
    {
        var met = new DeadlineEntry(TimescaleCatalog.Get("DL-01"), 0, 1, DeadlineStatus.Met, D("2026-11-02"), D("2026-11-03"), D("2026-11-03"), 0, null, null);
        var entry = new DeadlineEntry(TimescaleCatalog.Get("DL-02"), 0, 1, status, D("2026-11-02"), D("2026-11-03"), default, 0, null, null);
        var report = new DeadlineReport(D("2026-11-10"), new[] { met, entry }, null, 0, Array.Empty<AppliedReading>(), Array.Empty<Edition>(), false);
        Assert.Equal((missed, overdue), (report.HasMissed, report.HasOverdue));
        var reversed = new DeadlineReport(D("2026-11-10"), new[] { entry, met }, null, 0, Array.Empty<AppliedReading>(), Array.Empty<Edition>(), false);
        Assert.Equal((missed, overdue), (reversed.HasMissed, reversed.HasOverdue));
    }

    [Fact]
    public void A_report_keeps_what_it_was_given_and_has_no_warnings_when_none_were_raised()
    {
        var warning = new TimelineWarning(0, ReferralReceived, "w");
        var readings = Readings.Default.Applied(new[] { TimescaleInterpretations.ReviewAnchor });
        var report = new DeadlineReport(D("2026-11-10"), Array.Empty<DeadlineEntry>(), new[] { warning }, 4, readings, new[] { Edition.WorkingTogether2026 }, true);
        Assert.Equal((D("2026-11-10"), 4, true), (report.AsOf, report.EventsAfterAsOf, report.AppliedBeforeCommencement));
        Assert.Equal(new[] { warning }, report.Warnings);
        Assert.Same(readings, report.Readings);
        Assert.Equal(new[] { Edition.WorkingTogether2026 }, report.Editions);
        Assert.False(report.HasMissed);
        Assert.False(report.HasOverdue);
        var quiet = Report("2026-11-10", Ev(ReferralReceived, "2026-11-02"), Ev(ReferralAcknowledged, "2026-11-02"));
        Assert.Empty(quiet.Warnings);
        Assert.Same(quiet.Warnings, Report("2026-11-10").Warnings);
        Assert.False(Report("2026-11-10").AppliedBeforeCommencement);
    }

    [Fact]
    public void A_timeline_orders_its_events_by_date_then_type_then_the_facts_they_carry_and_remembers_where_each_came_from()
    {
        var icpcNoPlan = Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = false };
        var icpcPlan = Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true };
        var discussionYes = Ev(StrategyDiscussion, "2026-05-20") with { InitiatedSection47 = true };
        var discussionUnknown = Ev(StrategyDiscussion, "2026-05-20");
        var police = Ev(IncidentAwareness, "2026-05-19") with { Partner = SafeguardingPartner.Police };
        var la = Ev(IncidentAwareness, "2026-05-19") with { Partner = SafeguardingPartner.LocalAuthority };
        var later = Ev(ReferralReceived, "2026-05-21");
        var timeline = CaseTimeline.Create(later, icpcPlan, discussionYes, police, icpcNoPlan, discussionUnknown, la);
        var expected = new[] { la, police, discussionUnknown, discussionYes, icpcNoPlan, icpcPlan, later }
            .OrderBy(e => e.Date).ThenBy(e => e.Type).ThenBy(e => e.InitiatedSection47).ThenBy(e => e.PlanMade).ThenBy(e => e.Partner).ToArray();
        Assert.Equal(expected, timeline.Events);
        Assert.Equal(new[] { discussionUnknown, discussionYes }, timeline.Events.Where(e => e.Type == StrategyDiscussion));
        Assert.Equal(new[] { icpcNoPlan, icpcPlan }, timeline.Events.Where(e => e.Type == InitialChildProtectionConference));
        var positions = Enumerable.Range(0, 7).Select(timeline.InputPosition).ToArray();
        Assert.Equal(timeline.Events, positions.Select(p => new[] { later, icpcPlan, discussionYes, police, icpcNoPlan, discussionUnknown, la }[p]));
        Assert.Equal(0, positions[6]);
        Assert.Equal(timeline.Events, CaseTimeline.Create(la, discussionUnknown, icpcNoPlan, police, discussionYes, icpcPlan, later).Events);
    }

    [Fact]
    public void A_timeline_refuses_a_missing_list_or_a_missing_event_and_the_empty_timeline_has_no_events()
    {
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => CaseTimeline.Create((System.Collections.Generic.IEnumerable<CaseEvent>)null!)).ParamName);
        var missing = Assert.Throws<ArgumentNullException>(() => CaseTimeline.Create(Ev(ReferralReceived, "2026-11-02"), null!));
        Assert.Equal("events", missing.ParamName);
        Assert.StartsWith("An event is null.", missing.Message, StringComparison.Ordinal);
        Assert.Empty(CaseTimeline.Empty.Events);
        Assert.Empty(CaseTimeline.Create().Events);
    }

    [Fact]
    public void The_evaluator_refuses_a_missing_timeline_or_clock_and_keeps_its_calendar_and_readings()
    {
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => DeadlineEvaluator.Default.Evaluate(null!, D("2026-11-02"))).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => DeadlineEvaluator.Default.Evaluate(CaseTimeline.Empty, (NodaTime.IClock)null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new DeadlineEvaluator(null!)).ParamName);
        var tooEarly = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineEvaluator.Default.Evaluate(CaseTimeline.Empty, D("1999-12-31")));
        Assert.Equal("asOf", tooEarly.ParamName);
        Assert.Same(Readings.Default, DeadlineEvaluator.Default.Readings);
        Assert.Same(WorkingDayCalendar.EnglandAndWales, DeadlineEvaluator.Default.Calendar);
        var readings = Readings.Default.With("at-10-review-anchor", "previous-due-date");
        Assert.Same(readings, new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales, readings).Readings);
        Assert.Empty(DeadlineEvaluator.Default.Evaluate(CaseTimeline.Empty, D("2000-01-01")).Entries);
        Assert.Empty(DeadlineEvaluator.Default.Evaluate(CaseTimeline.Empty, D("2099-12-31")).Entries);
    }

    [Fact]
    public void Each_report_holds_only_its_own_timelines_entries_when_one_evaluator_is_used_again()
    {
        var first = Report("2026-11-10", Ev(ReferralReceived, "2026-11-02"));
        var second = Report("2026-11-10", Ev(DeathRegistered, "2026-11-02"));
        Assert.Equal(new[] { "DL-01", "DL-02", "DL-03" }, first.Entries.Select(e => e.RuleId));
        Assert.Equal(new[] { "DL-21" }, second.Entries.Select(e => e.RuleId));
        Assert.Equal(new[] { "DL-01", "DL-02", "DL-03" }, first.Entries.Select(e => e.RuleId));
    }

    [Fact]
    public void The_report_lists_every_reading_applied_and_the_edition()
    {
        var report = Report("2026-11-10", Ev(ReferralReceived, "2026-11-02"));
        Assert.Contains(report.Readings, r => r.Interpretation.Id == "at-10-review-anchor" && !r.ChosenByCaller);
        Assert.Contains(report.Readings, r => r.Interpretation.Id == "clocks-before-commencement");
        Assert.Contains(report.Readings, r => r.Interpretation.Id == "at-06-lcspr-end");
        Assert.Equal(report.Readings.Count, report.Readings.Select(r => r.Interpretation.Id).Distinct().Count());
        Assert.Equal(new[] { Edition.WorkingTogether2026 }, report.Editions);
    }
}
