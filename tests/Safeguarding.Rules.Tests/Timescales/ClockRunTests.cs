using System;
using System.Linq;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>
/// The operations every clock shape shares: which events count as of a date, due dates in each unit, the status
/// against a due date (or a due date known only to lie between two), not started, edition and calendar limits.
/// </summary>
public class ClockRunTests
{
    private static readonly Readings ApplyToEarlierClocks = Readings.Default.With("clocks-before-commencement", "apply-current-edition");

    [Fact]
    public void A_planned_publication_dated_after_the_as_of_date_is_known_now_and_shows_the_reviews_other_deadlines_as_not_started()
    {
        // Planned for Tuesday 30 June 2026: seven working days before is Friday 19 June.
        var report = Report("2026-03-01", Ev(LcsprPublicationPlanned, "2026-06-30"));
        Assert.Equal(DeadlineStatus.NotStarted, report.Entry("DL-15", occurrence: 0).Status);
        var panel = report.Entry("DL-16");
        Assert.Equal((DeadlineStatus.Due, D("2026-06-19"), D("2026-06-30")), (panel.Status, panel.DueDate!.Value, panel.StartDate!.Value));
        Assert.Equal(1, report.EventsAfterAsOf);
    }

    [Fact]
    public void Events_dated_after_the_as_of_date_that_are_not_plans_show_no_process()
    {
        var report = Report("2026-11-01", Ev(ReferralReceived, "2026-11-02"), Ev(DeathRegistered, "2026-11-05"), Ev(LcsprDecision, "2026-11-06"));
        Assert.Empty(report.Entries);
        Assert.Empty(report.Warnings);
        Assert.Equal(3, report.EventsAfterAsOf);
    }

    [Fact]
    public void An_acknowledgement_on_the_day_of_the_referral_meets_it_and_raises_no_warning()
    {
        var report = Report("2026-11-10", Ev(ReferralReceived, "2026-11-02"), Ev(ReferralAcknowledged, "2026-11-02"));
        var entry = report.Entry("DL-01");
        Assert.Equal((DeadlineStatus.Met, D("2026-11-02"), D("2026-11-03"), 0), (entry.Status, entry.EndDate!.Value, entry.DueDate!.Value, entry.Days));
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void One_acknowledgement_meets_only_the_first_of_two_referrals()
    {
        var report = Report("2026-11-03", Ev(ReferralReceived, "2026-11-02"), Ev(ReferralReceived, "2026-11-03"), Ev(ReferralAcknowledged, "2026-11-03"));
        Assert.Equal(DeadlineStatus.Met, report.Entry("DL-01", occurrence: 1).Status);
        var second = report.Entry("DL-01", occurrence: 2);
        Assert.Equal((DeadlineStatus.Due, D("2026-11-04"), 1), (second.Status, second.DueDate!.Value, second.Days));
        Assert.Null(second.EndDate);
    }

    [Fact]
    public void An_acknowledgement_with_no_referral_at_all_is_warned_about_and_the_referral_deadlines_are_not_started()
    {
        var report = Report("2026-11-10", Ev(ReferralAcknowledged, "2026-11-02"));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((0, ReferralAcknowledged, "referral-acknowledged with no earlier referral-received (DL-01)"), (warning.Position!.Value, warning.EventType!.Value, warning.Message));
        Assert.Equal(new[] { ("DL-01", 0), ("DL-02", 0), ("DL-03", 0) }, report.Entries.Select(e => (e.RuleId, e.Occurrence)));
        Assert.All(report.Entries, e => Assert.Equal(DeadlineStatus.NotStarted, e.Status));
    }

    [Fact]
    public void Under_the_next_working_day_reading_a_referral_on_a_working_day_still_counts_from_its_own_day()
    {
        var options = Readings.Default.With("at-11-non-working-day-start", "next-working-day-is-day-zero");
        var report = Report(options, "2026-11-02", Ev(ReferralReceived, "2026-11-02"));
        Assert.Equal(D("2026-11-03"), report.Entry("DL-01").DueDate);
    }

    [Theory]
    [InlineData("2027-03-31", "2027-09-30")]
    [InlineData("2027-09-30", "2027-09-30")]
    [InlineData("2027-10-01", "2028-09-30")]
    public void The_yearly_report_is_due_on_the_next_30_September_on_or_after_the_year_end(string yearEnded, string due)
    {
        Assert.Equal(D(due), Report(yearEnded, Ev(FinancialYearEnded, yearEnded)).Entry("DL-11").DueDate);
    }

    [Fact]
    public void A_yearly_report_with_no_copies_yet_lists_each_copy_as_not_started_until_it_is_published()
    {
        var report = Report("2027-04-01", Ev(FinancialYearEnded, "2027-03-31"));
        Assert.Equal(new[] { 0, 1 }, report.For("DL-12").Select(e => e.ObligationIndex));
        Assert.All(report.For("DL-12"), e => Assert.Equal((DeadlineStatus.NotStarted, 0), (e.Status, e.Occurrence)));
    }

    [Theory]
    [InlineData("2027-01-02", DeadlineStatus.MetLate, 2)]
    [InlineData(null, DeadlineStatus.Overdue, 5)]
    public void A_calendar_day_deadline_is_late_by_calendar_days(string? supplied, DeadlineStatus status, int days)
    {
        // Registered on Christmas Eve 2026: due on 31 December, whatever the bank holidays.
        var events = supplied is null
            ? new[] { Ev(DeathRegistered, "2026-12-24") }
            : new[] { Ev(DeathRegistered, "2026-12-24"), Ev(ParticularsSuppliedToCdrPartners, supplied) };
        var entry = Report("2027-01-05", events).Entry("DL-21");
        Assert.Equal((D("2026-12-31"), status, days, TimeUnit.CalendarDays), (entry.DueDate!.Value, entry.Status, entry.Days, entry.DaysUnit));
    }

    [Fact]
    public void A_working_day_deadline_is_late_by_working_days()
    {
        // Due Tuesday 3 November 2026; as of Monday 9 November it is four working days late.
        var entry = Report("2026-11-09", Ev(ReferralReceived, "2026-11-02")).Entry("DL-02");
        Assert.Equal((DeadlineStatus.Overdue, 4), (entry.Status, entry.Days));
        var late = Report("2026-11-09", Ev(ReferralReceived, "2026-11-02"), Ev(ReferralDecisionMade, "2026-11-09")).Entry("DL-02");
        Assert.Equal((DeadlineStatus.MetLate, 4), (late.Status, late.Days));
    }

    [Fact]
    public void An_outside_calendar_entry_keeps_its_start_and_end_and_gives_no_verdict()
    {
        var entry = Report("2099-12-31", Ev(ReferralReceived, "2099-12-30"), Ev(AssessmentConcluded, "2099-12-31")).Entry("DL-03");
        Assert.Equal((DeadlineStatus.OutsideCalendar, D("2099-12-30"), D("2099-12-31"), 0), (entry.Status, entry.StartDate!.Value, entry.EndDate!.Value, entry.Days));
        Assert.Null(entry.DueDate);
        Assert.Equal("The due date falls outside the working-day calendar, which covers 2000-01-01 to 2099-12-31: no verdict is given.", entry.Note);
    }

    [Fact]
    public void A_clock_started_before_the_calendar_begins_is_outside_the_calendar_when_the_caller_applies_the_current_edition()
    {
        var report = Report(ApplyToEarlierClocks, "2000-01-05", Ev(ReferralReceived, "1999-12-31"));
        Assert.Equal(DeadlineStatus.OutsideCalendar, report.Entry("DL-01").Status);
        Assert.Equal(DeadlineStatus.OutsideCalendar, report.Entry("DL-03").Status);
        Assert.True(report.AppliedBeforeCommencement);
        Assert.Equal(DeadlineStatus.EditionNotInForce, Report("2000-01-05", Ev(ReferralReceived, "1999-12-31")).Entry("DL-01").Status);
    }

    [Fact]
    public void An_entry_whose_edition_was_not_in_force_keeps_its_start_and_end_and_drops_the_due_date()
    {
        var entry = Report("2019-06-01", Ev(ReferralReceived, "2019-03-04"), Ev(ReferralAcknowledged, "2019-03-05")).Entry("DL-01");
        Assert.Equal((DeadlineStatus.EditionNotInForce, D("2019-03-04"), D("2019-03-05"), 0), (entry.Status, entry.StartDate!.Value, entry.EndDate!.Value, entry.Days));
        Assert.Null(entry.DueDate);
        Assert.Empty(entry.MissingFacts);
        Assert.Equal(Edition.WorkingTogether2026.NotInForceNote(D("2019-03-04"), Readings.Default), entry.Note);
    }

    [Fact]
    public void An_entry_with_no_start_is_not_judged_against_the_edition()
    {
        // A notification with no awareness before it: the clock's start is unknown, so the edition cannot be ruled out.
        var entry = Report("2019-06-01", Ev(SeriousIncidentNotificationSubmitted, "2019-03-04")).Entry("DL-13");
        Assert.Equal((DeadlineStatus.Undetermined, D("2019-03-04")), (entry.Status, entry.EndDate!.Value));
        Assert.Null(entry.StartDate);
    }

    [Theory]
    [InlineData("2026-02-28", true)]
    [InlineData("2026-03-01", false)]
    [InlineData("2026-03-02", false)]
    public void The_report_says_it_applied_the_edition_early_only_for_a_clock_started_before_commencement(string referral, bool early)
    {
        Assert.Equal(early, Report(ApplyToEarlierClocks, "2026-03-20", Ev(ReferralReceived, referral)).AppliedBeforeCommencement);
        Assert.False(Report("2026-03-20", Ev(ReferralReceived, referral)).AppliedBeforeCommencement);
    }

    [Fact]
    public void Two_decisions_on_the_same_day_are_one_review()
    {
        var report = Report("2027-06-01", Ev(LcsprDecision, "2026-11-02"), Ev(LcsprDecision, "2026-11-02"), Ev(LcsprPublished, "2027-03-15"));
        Assert.Equal(new[] { 1, 1, 1 }, report.For("DL-16").Select(e => e.Occurrence));
        Assert.Equal((1, DeadlineStatus.Running), (report.Entry("DL-17").Occurrence, report.Entry("DL-17").Status));
    }

    [Fact]
    public void A_publication_on_the_day_of_a_later_decision_belongs_to_the_later_review()
    {
        var report = Report("2028-06-01", Ev(LcsprDecision, "2026-11-02"), Ev(LcsprDecision, "2027-06-01"), Ev(LcsprPublished, "2027-06-01"));
        Assert.Equal(new[] { 2, 2, 2 }, report.For("DL-16").Select(e => e.Occurrence));
        Assert.Equal(new[] { 2 }, report.For("DL-17").Select(e => e.Occurrence));
    }

    [Fact]
    public void A_publication_before_the_first_decision_belongs_to_the_first_review()
    {
        var report = Report("2027-06-01", Ev(LcsprPublished, "2026-10-01"), Ev(LcsprDecision, "2026-11-02"), Ev(LcsprDecision, "2027-01-04"));
        Assert.Equal(new[] { 1 }, report.For("DL-17").Select(e => e.Occurrence));
        Assert.Equal(D("2026-10-01"), report.Entry("DL-17").StartDate);
    }

    [Fact]
    public void The_same_planned_date_recorded_twice_is_one_plan_and_raises_no_warning()
    {
        var report = Report("2027-12-01", Ev(LcsprDecision, "2027-06-01"), Ev(LcsprPublicationPlanned, "2027-11-30"), Ev(LcsprPublicationPlanned, "2027-11-30"));
        Assert.Equal(D("2027-11-19"), report.Entry("DL-16").DueDate);
        Assert.Empty(report.Warnings);
    }

    [Fact]
    public void Plans_for_two_different_reviews_are_not_two_plans_for_one()
    {
        // Friday 28 May 2027 less seven working days is Wednesday 19 May; Tuesday 30 November 2027 less seven is Friday 19 November.
        var report = Report("2027-12-01", Ev(LcsprDecision, "2027-01-04"), Ev(LcsprPublicationPlanned, "2027-05-28"), Ev(LcsprDecision, "2027-06-01"), Ev(LcsprPublicationPlanned, "2027-11-30"));
        Assert.Empty(report.Warnings);
        Assert.Equal(D("2027-05-19"), report.Entry("DL-16", occurrence: 1).DueDate);
        Assert.Equal(D("2027-11-19"), report.Entry("DL-16", occurrence: 2).DueDate);
        Assert.Equal("Counted back from the planned publication date.", report.Entry("DL-16", occurrence: 2).Note);
    }

    [Fact]
    public void A_second_planned_date_is_warned_about_at_its_own_position()
    {
        var report = Report("2027-12-01", Ev(LcsprPublicationPlanned, "2028-01-10"), Ev(LcsprDecision, "2027-06-01"), Ev(LcsprPublicationPlanned, "2027-11-30"));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((0, LcsprPublicationPlanned), (warning.Position!.Value, warning.EventType!.Value));
        Assert.Equal("more than one planned publication date (lcspr-publication-planned); the earliest is used: record only the current plan", warning.Message);
    }

    // Two strategy discussions, neither marked: Friday 1 May 2026 (due Tuesday 26 May, after two bank holidays) or
    // Friday 8 May 2026 (due Monday 1 June). The start is known only to lie between them.
    private static readonly CaseEvent[] TwoUnmarked = { Ev(StrategyDiscussion, "2026-05-01"), Ev(StrategyDiscussion, "2026-05-08") };

    private const string BetweenNote = "The start is not recorded: it lies between 2026-05-01 and 2026-05-08, so the due date lies between 2026-05-26 and 2026-06-01.";

    [Theory]
    [InlineData("2026-05-26", DeadlineStatus.Met, "2026-05-01", "2026-05-26", 0)]
    [InlineData("2026-05-27", DeadlineStatus.Undetermined, "2026-05-01", "2026-05-26", 0)]
    [InlineData("2026-06-01", DeadlineStatus.Undetermined, "2026-05-01", "2026-05-26", 0)]
    [InlineData("2026-06-02", DeadlineStatus.MetLate, "2026-05-08", "2026-06-01", 1)]
    [InlineData("2026-06-05", DeadlineStatus.MetLate, "2026-05-08", "2026-06-01", 4)]
    public void With_the_start_between_two_dates_a_conference_is_judged_only_where_both_dates_agree(string conference, DeadlineStatus status, string start, string due, int days)
    {
        var entry = Report("2026-06-30", TwoUnmarked.Append(Ev(InitialChildProtectionConference, conference) with { PlanMade = true }).ToArray()).Entry("DL-04");
        Assert.Equal((status, D(start), D(due), D(conference), days), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value, entry.EndDate!.Value, entry.Days));
        Assert.Equal(BetweenNote, entry.Note);
        Assert.Equal(status == DeadlineStatus.Undetermined ? new[] { TimelineFacts.StrategyDiscussionInitiatedSection47 } : Array.Empty<Safeguarding.Rules.Logic.FactDefinition>(), entry.MissingFacts);
    }

    [Theory]
    [InlineData("2026-05-20", DeadlineStatus.Due, "2026-05-01", "2026-05-26", 3)]
    [InlineData("2026-05-26", DeadlineStatus.Due, "2026-05-01", "2026-05-26", 0)]
    [InlineData("2026-05-27", DeadlineStatus.Undetermined, "2026-05-01", "2026-05-26", 0)]
    [InlineData("2026-06-01", DeadlineStatus.Undetermined, "2026-05-01", "2026-05-26", 0)]
    [InlineData("2026-06-02", DeadlineStatus.Overdue, "2026-05-08", "2026-06-01", 1)]
    public void With_the_start_between_two_dates_a_conference_not_yet_held_is_due_until_the_earlier_date_and_overdue_after_the_later(string asOf, DeadlineStatus status, string start, string due, int days)
    {
        var entry = Report(asOf, TwoUnmarked.Append(Ev(Section47ConcernsSubstantiated, "2026-05-15")).ToArray()).Entry("DL-04");
        Assert.Equal((status, D(start), D(due), days), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value, entry.Days));
        Assert.Null(entry.EndDate);
        Assert.Equal(BetweenNote, entry.Note);
        Assert.Equal(status == DeadlineStatus.Undetermined ? new[] { TimelineFacts.StrategyDiscussionInitiatedSection47 } : Array.Empty<Safeguarding.Rules.Logic.FactDefinition>(), entry.MissingFacts);
    }

    [Fact]
    public void With_the_start_between_two_dates_and_the_later_due_date_past_the_calendar_no_verdict_is_given()
    {
        // From Tuesday 1 December 2099 the conference is due on 22 December; from Thursday 10 December, after the calendar ends.
        var entry = Report(
            "2099-12-31",
            Ev(StrategyDiscussion, "2099-12-01"),
            Ev(StrategyDiscussion, "2099-12-10"),
            Ev(InitialChildProtectionConference, "2099-12-21") with { PlanMade = true }).Entry("DL-04");
        Assert.Equal((DeadlineStatus.OutsideCalendar, D("2099-12-01"), D("2099-12-21")), (entry.Status, entry.StartDate!.Value, entry.EndDate!.Value));
        Assert.Null(entry.DueDate);
    }
}
