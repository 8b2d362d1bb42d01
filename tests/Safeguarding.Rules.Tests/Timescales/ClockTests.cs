using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>The clock model: rules are data, the evaluator interprets shapes, and every edge gives an entry, not a crash.</summary>
public class ClockTests
{
    [Fact]
    public void The_evaluator_and_the_clock_shapes_name_no_rule_id()
    {
        var engine = new[] { "DeadlineEvaluator.cs", "ClockRun.cs", "ClockShapes.cs", "Clock.cs", "DeadlineEntry.cs", "DeadlineReport.cs" };
        foreach (var file in engine)
        {
            var source = File.ReadAllText(Repository.PathTo("src", "Safeguarding.Rules", "Timescales", file));
            Assert.DoesNotMatch(new Regex(@"""D[LC]-\d+"), source);
        }
    }

    [Fact]
    public void Every_timescale_rule_is_declared_in_a_process_file_beside_its_quote()
    {
        var folder = Repository.PathTo("src", "Safeguarding.Rules", "Timescales", "Rules");
        var declared = Directory.GetFiles(folder, "*.cs").SelectMany(f => Regex.Matches(File.ReadAllText(f), @"""(DL-\d+)""").Select(m => m.Groups[1].Value)).ToList();
        Assert.Equal(TimescaleCatalog.Timescales.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal), declared.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Event_types_are_numbered_from_zero_without_gaps_so_event_sets_have_a_place_for_each_and_no_cap()
    {
        var values = CaseEventTypes.All.Select(t => (int)t).ToArray();
        Assert.Equal(Enumerable.Range(0, values.Length), values);
        Assert.Equal(values.Length, EventSet.Size);
        Assert.True(EventSet.Of(CaseEventTypes.All.ToArray()).All(b => b));
    }

    [Fact]
    public void Every_rule_states_its_amount_unit_and_direction_through_its_clock()
    {
        foreach (var rule in TimescaleCatalog.Timescales)
        {
            Assert.Equal((rule.Clock.Count.Amount, rule.Clock.Count.Unit, rule.Clock.Count.Direction), (rule.Amount, rule.Unit, rule.Direction));
            Assert.Equal(rule.Clock.Obligations, rule.Obligations);
            Assert.Same(Edition.WorkingTogether2026, rule.Edition);
        }
    }

    [Theory]
    [InlineData("2026-11-02", DeadlineStatus.Due, 1)]
    [InlineData("2026-11-03", DeadlineStatus.Due, 0)]
    [InlineData("2026-11-04", DeadlineStatus.Overdue, 1)]
    [InlineData("2026-11-09", DeadlineStatus.Overdue, 4)]
    public void A_deadline_is_due_on_its_own_due_date_and_overdue_the_day_after(string asOf, DeadlineStatus status, int days)
    {
        // Referral on Monday 2 November 2026: acknowledged by Tuesday 3 November.
        var entry = Report(asOf, Ev(ReferralReceived, "2026-11-02")).Entry("DL-01");
        Assert.Equal((D("2026-11-03"), status, days), (entry.DueDate!.Value, entry.Status, entry.Days));
    }

    [Theory]
    [InlineData("2026-12-01", 45)]
    [InlineData("2026-12-29", 27)]
    public void The_days_left_on_a_working_day_clock_are_working_days(string asOf, int left)
    {
        // 45 working days from 1 December 2026 (Christmas and Boxing Day substitutes in between) is 5 February 2027.
        var entry = Report(asOf, Ev(ReferralReceived, "2026-12-01")).Entry("DL-03");
        Assert.Equal((D("2027-02-05"), DeadlineStatus.Due, left), (entry.DueDate!.Value, entry.Status, entry.Days));
    }

    [Fact]
    public void The_days_left_on_a_month_clock_are_calendar_days()
    {
        var entry = Report("2027-03-01", Ev(LcsprDecision, "2027-01-15")).Entry("DL-15");
        Assert.Equal((D("2027-07-15"), DeadlineStatus.Due, 136), (entry.DueDate!.Value, entry.Status, entry.Days));
    }

    [Fact]
    public void An_end_event_with_no_start_before_it_is_warned_about_by_position()
    {
        var report = Report("2026-12-01", Ev(ReferralReceived, "2026-11-10"), Ev(ReferralAcknowledged, "2026-11-05"));
        var warning = Assert.Single(report.Warnings, w => w.Message == "referral-acknowledged with no earlier referral-received (DL-01)");
        Assert.Equal((1, ReferralAcknowledged), (warning.Position, warning.EventType));
    }

    [Fact]
    public void An_LCSPR_published_with_no_decision_recorded_is_not_started_and_warned_about()
    {
        var report = Report("2027-06-01", Ev(LcsprPublished, "2027-05-01"));
        Assert.Equal(DeadlineStatus.NotStarted, report.Entry("DL-15", occurrence: 0).Status);
        Assert.Contains(report.Warnings, w => w.Message == "lcspr-published with no earlier lcspr-decision (DL-15)");
    }

    [Fact]
    public void A_core_group_meeting_with_no_conference_before_it_is_warned_about()
    {
        var report = Report("2026-12-01", Ev(CoreGroupMeeting, "2026-11-02"), Ev(InitialChildProtectionConference, "2026-11-05") with { PlanMade = true });
        Assert.Contains(report.Warnings, w => w.Message == "core-group-meeting with no earlier initial-child-protection-conference (DL-05)" && w.Position == 0);
    }

    [Fact]
    public void A_review_conference_before_any_initial_conference_is_warned_about_once()
    {
        var report = Report("2027-06-01", Ev(ReviewConference, "2026-11-02"), Ev(InitialChildProtectionConference, "2026-11-05") with { PlanMade = true });
        Assert.Single(report.Warnings, w => w.Message == "a review conference before the initial child protection conference");
    }

    [Theory]
    [InlineData("2028-05-01", DeadlineStatus.Running, 0, "2028-05-02")]
    [InlineData("2028-05-02", DeadlineStatus.Met, 0, "2028-05-02")]
    [InlineData("2028-09-01", DeadlineStatus.Met, 0, "2028-05-02")]
    public void A_published_LCSPR_meets_its_year_of_public_availability_once_the_year_has_run(string asOf, DeadlineStatus status, int unused, string earliest)
    {
        _ = unused;
        var entry = Report(asOf, Ev(LcsprDecision, "2026-11-02"), Ev(LcsprPublished, "2027-05-02")).Entry("DL-17");
        Assert.Equal((status, D(earliest)), (entry.Status, entry.DueDate!.Value));
        Assert.Equal(status == DeadlineStatus.Running ? 1 : 0, entry.Days);
    }

    [Fact]
    public void A_report_withdrawn_before_its_minimum_period_is_breached_by_the_days_it_fell_short()
    {
        var late = Report("2030-06-01", Ev(NationalReviewDecision, "2026-11-02"), Ev(NationalReviewPublished, "2027-05-03"), Ev(NationalReviewWithdrawn, "2030-05-03")).Entry("DL-20");
        Assert.Equal((DeadlineStatus.Met, D("2030-05-03"), D("2030-05-03")), (late.Status, late.DueDate!.Value, late.EndDate!.Value));
        var early = Report("2030-06-01", Ev(NationalReviewDecision, "2026-11-02"), Ev(NationalReviewPublished, "2027-05-03"), Ev(NationalReviewWithdrawn, "2030-05-01")).Entry("DL-20");
        Assert.Equal((DeadlineStatus.Breached, 2), (early.Status, early.Days));
        Assert.True(Report("2030-06-01", Ev(NationalReviewDecision, "2026-11-02"), Ev(NationalReviewPublished, "2027-05-03"), Ev(NationalReviewWithdrawn, "2030-05-01")).HasMissed);
    }

    [Fact]
    public void Two_LCSPR_decisions_in_one_timeline_each_get_their_own_completion_copies_and_availability()
    {
        var report = Report(
            "2028-06-01",
            Ev(LcsprDecision, "2026-11-02"),
            Ev(LcsprReportSentToPanel, "2027-03-01"),
            Ev(LcsprPublished, "2027-03-15"),
            Ev(LcsprDecision, "2027-06-01"),
            Ev(LcsprPublished, "2028-01-10"));
        Assert.Equal(new[] { DeadlineStatus.Met, DeadlineStatus.MetLate }, report.For("DL-15").Select(e => e.Status));
        Assert.Equal(new[] { DeadlineStatus.Met, DeadlineStatus.Overdue }, report.For("DL-16").Where(e => e.ObligationIndex == 0).Select(e => e.Status));
        Assert.Equal(new[] { 1, 2 }, report.For("DL-17").Select(e => e.Occurrence));
    }

    [Fact]
    public void Two_national_review_decisions_are_told_apart_by_their_decisions()
    {
        var report = Report(
            "2028-06-01",
            Ev(NationalReviewDecision, "2026-11-02"),
            Ev(NationalReviewSentToSecretaryOfState, "2027-04-01"),
            Ev(NationalReviewPublished, "2027-04-15"),
            Ev(NationalReviewDecision, "2027-06-01"),
            Ev(NationalReviewPublished, "2027-12-01"));
        Assert.Equal(new[] { DeadlineStatus.Met, DeadlineStatus.Met }, report.For("DL-18").Select(e => e.Status));
        Assert.Equal(new[] { DeadlineStatus.Met, DeadlineStatus.Overdue }, report.For("DL-19").Select(e => e.Status));
    }

    [Fact]
    public void A_working_day_deadline_past_the_calendar_is_an_entry_of_its_own_and_the_rest_is_evaluated()
    {
        var report = Report("2099-12-31", Ev(ReferralReceived, "2099-12-30"));
        var assessment = report.Entry("DL-03");
        Assert.Equal((DeadlineStatus.OutsideCalendar, (NodaTime.LocalDate?)null), (assessment.Status, assessment.DueDate));
        Assert.Contains("2000-01-01 to 2099-12-31", assessment.Note, StringComparison.Ordinal);
        Assert.Equal((DeadlineStatus.Due, D("2099-12-31")), (report.Entry("DL-01").Status, report.Entry("DL-01").DueDate!.Value));
    }

    [Fact]
    public void A_planned_publication_past_the_calendar_gives_its_copies_an_outside_calendar_entry()
    {
        var report = Report("2099-06-01", Ev(LcsprDecision, "2099-01-04"), Ev(LcsprPublicationPlanned, "2100-01-05"));
        Assert.All(report.For("DL-16"), e => Assert.Equal(DeadlineStatus.OutsideCalendar, e.Status));
        Assert.Equal(DeadlineStatus.Due, report.Entry("DL-15").Status);
    }

    [Fact]
    public void A_month_deadline_past_the_calendar_is_still_evaluated()
    {
        var entry = Report("2099-12-31", Ev(InitialChildProtectionConference, "2099-11-16") with { PlanMade = true }).Entry("DL-06");
        Assert.Equal((DeadlineStatus.Due, D("2100-02-16")), (entry.Status, entry.DueDate!.Value));
    }

    [Fact]
    public void An_as_of_date_outside_the_calendar_is_refused_naming_the_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Report("2100-01-01", Ev(ReferralReceived, "2099-12-01")));
        Assert.Contains("2000-01-01 to 2099-12-31", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undetermined_entry_names_its_missing_facts_as_fact_definitions()
    {
        var entry = Report("2026-12-01", Ev(InitialChildProtectionConference, "2026-11-02")).Entry("DL-05");
        Assert.Equal(DeadlineStatus.Undetermined, entry.Status);
        Assert.Same(TimelineFacts.ConferencePlanMade, Assert.Single(entry.MissingFacts));
        Assert.Contains(TimelineFacts.ConferencePlanMade, TimescaleCatalog.Get("DL-05").Clock.Facts);
    }

    [Fact]
    public void Under_the_event_day_counts_reading_a_working_day_clock_is_due_one_working_day_earlier()
    {
        var readings = Readings.Default.With("within-n-working-days", "event-day-counts");
        Assert.Equal(D("2026-11-03"), Report("2026-11-02", Ev(ReferralReceived, "2026-11-02")).Entry("DL-01").DueDate);
        Assert.Equal(D("2026-11-02"), Report(readings, "2026-11-02", Ev(ReferralReceived, "2026-11-02")).Entry("DL-01").DueDate);
        // A Saturday referral is not a working day, so the reading does not move it: due Monday.
        Assert.Equal(D("2026-11-09"), Report(readings, "2026-11-09", Ev(ReferralReceived, "2026-11-07")).Entry("DL-01").DueDate);
    }

    [Theory]
    [InlineData("2026-11-30", "2027-02-28", "2027-03-02")]
    [InlineData("2027-11-30", "2028-02-29", "2028-03-01")]
    [InlineData("2026-11-15", "2027-02-15", "2027-02-15")]
    public void Under_the_overflow_reading_a_first_review_in_a_short_month_rolls_into_the_next(string conference, string clamped, string overflowed)
    {
        var events = new[] { Ev(InitialChildProtectionConference, conference) with { PlanMade = true } };
        Assert.Equal(D(clamped), Report(conference, events).Entry("DL-06").DueDate);
        Assert.Equal(D(overflowed), Report(Readings.Default.With("within-n-months", "overflow-to-next-month"), conference, events).Entry("DL-06").DueDate);
    }

    [Fact]
    public void Under_the_convene_means_called_reading_calling_the_transfer_in_conference_in_time_meets_the_limit()
    {
        var events = new[] { Ev(PermanentMoveNotified, "2026-11-02"), Ev(TransferInConferenceConvened, "2026-11-10"), Ev(TransferInConference, "2026-12-15") };
        Assert.Equal(DeadlineStatus.MetLate, Report("2027-01-04", events).Entry("DL-08").Status);
        var called = Report(Readings.Default.With("dl-08-convene-means-held", "convene-means-called"), "2027-01-04", events).Entry("DL-08");
        Assert.Equal((DeadlineStatus.Met, D("2026-11-10")), (called.Status, called.EndDate!.Value));
    }
}
