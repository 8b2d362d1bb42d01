using System.Linq;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>Boundary cases a policy reader can check against the text, one sentence each.</summary>
public class DeadlineBoundaryTests
{
    [Fact]
    public void A_referral_received_on_Christmas_Eve_2026_is_decided_by_Tuesday_29_December_2026()
    {
        var report = Report("2026-12-24", Ev(ReferralReceived, "2026-12-24"));
        var decision = report.Entry("DL-02");
        Assert.Equal(D("2026-12-29"), decision.DueDate);
        Assert.Equal(DeadlineStatus.Due, decision.Status);
        Assert.Equal(Force.Should, decision.Force);
        Assert.Equal(D("2026-12-29"), report.Entry("DL-01").DueDate);
    }

    [Fact]
    public void A_referral_received_on_a_Saturday_is_acknowledged_by_the_end_of_Monday()
    {
        var report = Report("2026-11-21", Ev(ReferralReceived, "2026-11-21"));
        Assert.Equal(D("2026-11-23"), report.Entry("DL-01").DueDate);
    }

    [Fact]
    public void Under_the_alternative_reading_a_Saturday_referral_is_acknowledged_by_Tuesday()
    {
        var options = Readings.Default.With("at-11-non-working-day-start", "next-working-day-is-day-zero");
        Assert.Equal(D("2026-11-24"), Report(options, "2026-11-21", Ev(ReferralReceived, "2026-11-21")).Entry("DL-01").DueDate);
    }

    [Fact]
    public void A_referral_acknowledged_on_the_due_date_is_met_and_one_working_day_later_is_late_by_one()
    {
        Assert.Equal(DeadlineStatus.Met, Report("2027-01-10", Ev(ReferralReceived, "2026-12-24"), Ev(ReferralAcknowledged, "2026-12-29")).Entry("DL-01").Status);
        var late = Report("2027-01-10", Ev(ReferralReceived, "2026-12-24"), Ev(ReferralAcknowledged, "2026-12-30")).Entry("DL-01");
        Assert.Equal((DeadlineStatus.MetLate, 1, TimeUnit.WorkingDays), (late.Status, late.Days, late.DaysUnit));
    }

    [Theory]
    [InlineData("2026-11-30", "2027-02-28")]
    [InlineData("2027-11-30", "2028-02-29")]
    [InlineData("2026-11-29", "2027-02-28")]
    [InlineData("2027-01-31", "2027-04-30")]
    [InlineData("2026-03-15", "2026-06-15")]
    public void A_conference_whose_first_review_falls_in_a_shorter_month_is_due_by_that_month_s_last_day(string conference, string due)
    {
        var report = Report(conference, Ev(StrategyDiscussion, conference) with { InitiatedSection47 = true }, Ev(InitialChildProtectionConference, conference) with { PlanMade = true });
        Assert.Equal(D(due), report.Entry("DL-06").DueDate);
    }

    [Fact]
    public void A_publication_after_Easter_has_its_pre_publication_copy_counted_back_over_Easter_Monday_and_Good_Friday()
    {
        // Publication Thursday 9 April 2026: back over 8, 7, (6 Easter Monday, 5, 4, 3 Good Friday), 2, 1, 31, 30, 27 March.
        var published = Ev(LcsprPublished, "2026-04-09");
        var onTime = Report("2026-05-01", Ev(LcsprDecision, "2025-11-01"), published, Ev(LcsprReportSentToPanel, "2026-03-27"), Ev(LcsprReportSentToSecretaryOfState, "2026-03-30"));
        Assert.Equal(D("2026-03-27"), onTime.Entry("DL-16").DueDate);
        Assert.Equal(DeadlineStatus.Met, onTime.Entry("DL-16", obligation: 0).Status);
        var late = onTime.Entry("DL-16", obligation: 1);
        Assert.Equal((DeadlineStatus.MetLate, 1, Force.Must), (late.Status, late.Days, late.Force));
        var ofsted = onTime.Entry("DL-16", obligation: 2);
        Assert.Equal((DeadlineStatus.Overdue, Force.Should, "copy to Ofsted"), (ofsted.Status, ofsted.Force, ofsted.Obligation));
    }

    [Fact]
    public void A_planned_publication_date_gives_the_pre_publication_deadline_before_publication()
    {
        var report = Report("2026-03-01", Ev(LcsprDecision, "2025-11-01"), Ev(LcsprPublicationPlanned, "2026-04-09"));
        var panel = report.Entry("DL-16");
        Assert.Equal((DeadlineStatus.Due, D("2026-03-27")), (panel.Status, panel.DueDate!.Value));
        Assert.NotNull(panel.Note);
    }

    [Fact]
    public void A_strategy_discussion_held_on_a_bank_holiday_starts_the_conference_clock_with_the_next_working_day_as_day_1()
    {
        // Spring bank holiday, Monday 25 May 2026: Tuesday 26 May is day 1, Monday 15 June day 15.
        var report = Report("2026-05-25", Ev(StrategyDiscussion, "2026-05-25") with { InitiatedSection47 = true }, Ev(Section47ConcernsSubstantiated, "2026-05-25"));
        Assert.Equal(D("2026-06-15"), report.Entry("DL-04").DueDate);
    }

    [Fact]
    public void With_two_unmarked_strategy_discussions_a_conference_before_the_earlier_due_date_is_met_whichever_started_the_clock()
    {
        // Due 26 May from 1 May (4 and 25 May are bank holidays), 1 June from 8 May: a conference on 20 May meets both.
        var icpc = Report("2026-06-30", Ev(StrategyDiscussion, "2026-05-01"), Ev(StrategyDiscussion, "2026-05-08"), Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true }).Entry("DL-04");
        Assert.Equal((DeadlineStatus.Met, D("2026-05-26")), (icpc.Status, icpc.DueDate!.Value));
        Assert.Contains("between 2026-05-26 and 2026-06-01", icpc.Note!, System.StringComparison.Ordinal);
    }

    [Fact]
    public void With_two_unmarked_strategy_discussions_a_conference_between_the_two_due_dates_is_undetermined_naming_the_missing_fact()
    {
        var icpc = Report("2026-06-30", Ev(StrategyDiscussion, "2026-05-01"), Ev(StrategyDiscussion, "2026-05-08"), Ev(InitialChildProtectionConference, "2026-05-27") with { PlanMade = true }).Entry("DL-04");
        Assert.Equal(DeadlineStatus.Undetermined, icpc.Status);
        Assert.Equal(new[] { TimelineFacts.StrategyDiscussionInitiatedSection47 }, icpc.MissingFacts);
        Assert.Equal(D("2026-05-26"), icpc.DueDate);
    }

    [Fact]
    public void With_two_unmarked_strategy_discussions_and_no_conference_after_both_due_dates_the_conference_is_overdue()
    {
        var icpc = Report("2027-03-01", Ev(StrategyDiscussion, "2026-12-21"), Ev(StrategyDiscussion, "2026-12-23"), Ev(Section47ConcernsSubstantiated, "2027-01-04")).Entry("DL-04");
        Assert.Equal((DeadlineStatus.Overdue, D("2027-01-18")), (icpc.Status, icpc.DueDate!.Value));
    }

    [Fact]
    public void A_second_child_protection_plan_gets_its_own_conference_core_group_and_review_deadlines()
    {
        // The first plan starts before Working Together 2026's default commencement: apply the 2026 rules to it.
        var report = Report(
            Readings.Default.With("clocks-before-commencement", "apply-current-edition"),
            "2027-06-30",
            Ev(StrategyDiscussion, "2026-01-05") with { InitiatedSection47 = true },
            Ev(InitialChildProtectionConference, "2026-01-20") with { PlanMade = true },
            Ev(CoreGroupMeeting, "2026-01-27"),
            Ev(ReviewConference, "2026-04-15"),
            Ev(PlanEnded, "2026-06-15"),
            Ev(StrategyDiscussion, "2027-01-04") with { InitiatedSection47 = true },
            Ev(InitialChildProtectionConference, "2027-02-15") with { PlanMade = true });
        var second = report.Entry("DL-04", occurrence: 2);
        Assert.Equal((DeadlineStatus.MetLate, D("2027-01-25")), (second.Status, second.DueDate!.Value));
        Assert.Equal((DeadlineStatus.Overdue, D("2027-03-01")), (report.Entry("DL-05", occurrence: 2).Status, report.Entry("DL-05", occurrence: 2).DueDate!.Value));
        Assert.Equal((DeadlineStatus.Overdue, D("2027-05-15")), (report.Entry("DL-06", occurrence: 2).Status, report.Entry("DL-06", occurrence: 2).DueDate!.Value));
        Assert.True(report.HasOverdue);
        Assert.Equal(DeadlineStatus.Met, report.Entry("DL-06", occurrence: 1).Status);
    }

    [Fact]
    public void A_review_missed_before_the_plan_ended_is_breached_not_overdue()
    {
        var report = Report("2028-06-01", Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true }, Ev(CoreGroupMeeting, "2027-01-20"), Ev(PlanEnded, "2027-05-01"));
        var review = report.Entry("DL-06");
        Assert.Equal((DeadlineStatus.Breached, D("2027-04-15")), (review.Status, review.DueDate!.Value));
        Assert.False(report.HasOverdue);
        Assert.True(report.HasMissed);
    }

    [Fact]
    public void A_second_allegation_after_the_designated_officer_was_informed_of_the_first_starts_its_own_clock()
    {
        var report = Report(
            "2027-02-05",
            Ev(AllegationReportedToEmployer, "2026-11-26"),
            Ev(AllegationReportedToPolice, "2026-11-27"),
            Ev(LadoInformed, "2026-11-27"),
            Ev(AllegationReportedToEmployer, "2027-02-01"));
        Assert.Equal(DeadlineStatus.Met, report.Entry("DL-09").Status);
        var second = report.Entry("DL-09", occurrence: 2);
        Assert.Equal((DeadlineStatus.Overdue, D("2027-02-02")), (second.Status, second.DueDate!.Value));
    }

    [Fact]
    public void A_second_LCSPR_gets_its_own_pre_publication_deadlines()
    {
        var report = Report(
            "2027-06-25",
            Ev(LcsprDecision, "2026-06-01"),
            Ev(LcsprReportSentToPanel, "2026-11-02"),
            Ev(LcsprPublished, "2026-11-20"),
            Ev(LcsprDecision, "2027-01-10"),
            Ev(LcsprPublicationPlanned, "2027-06-30"));
        Assert.Equal(DeadlineStatus.Met, report.Entry("DL-16", occurrence: 1).Status);
        var second = report.Entry("DL-16", occurrence: 2);
        Assert.Equal((DeadlineStatus.Overdue, D("2027-06-21")), (second.Status, second.DueDate!.Value));
    }

    [Fact]
    public void Two_different_planned_publication_dates_use_the_earlier_and_warn()
    {
        var report = Report("2027-12-01", Ev(LcsprDecision, "2027-06-01"), Ev(LcsprPublicationPlanned, "2027-11-30"), Ev(LcsprPublicationPlanned, "2028-01-10"));
        Assert.Equal(D("2027-11-19"), report.Entry("DL-16").DueDate);
        Assert.Contains(report.Warnings, w => w.Message.Contains("more than one planned publication date", System.StringComparison.Ordinal));
    }

    [Fact]
    public void With_two_strategy_discussions_the_one_that_initiated_section_47_starts_the_conference_clock()
    {
        var report = Report("2026-06-30", Ev(StrategyDiscussion, "2026-05-01"), Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = true }, Ev(InitialChildProtectionConference, "2026-05-29") with { PlanMade = true });
        var icpc = report.Entry("DL-04");
        Assert.Equal((D("2026-05-08"), D("2026-06-01"), DeadlineStatus.Met), (icpc.StartDate!.Value, icpc.DueDate!.Value, icpc.Status));
    }

    [Fact]
    public void Before_section_47_enquiries_conclude_the_conference_deadline_is_shown_but_undetermined_until_concerns_are_substantiated()
    {
        var icpc = Report("2026-05-10", Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = true }).Entry("DL-04");
        Assert.Equal(DeadlineStatus.Undetermined, icpc.Status);
        Assert.Equal(new[] { TimelineFacts.Section47ConcernsSubstantiated }, icpc.MissingFacts);
        Assert.Equal(D("2026-06-01"), icpc.DueDate);
    }

    [Fact]
    public void A_conference_that_makes_no_plan_starts_no_core_group_or_review_deadline()
    {
        var report = Report("2026-09-30", Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = true }, Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = false });
        Assert.Empty(report.For("DL-05"));
        Assert.Empty(report.For("DL-06"));
        Assert.Empty(report.For("DL-07"));
    }

    [Fact]
    public void A_conference_that_does_not_record_whether_a_plan_was_made_leaves_the_core_group_deadline_undetermined()
    {
        var core = Report("2026-05-21", Ev(InitialChildProtectionConference, "2026-05-20")).Entry("DL-05");
        Assert.Equal(DeadlineStatus.Undetermined, core.Status);
        Assert.Equal(new[] { TimelineFacts.ConferencePlanMade }, core.MissingFacts);
    }

    [Fact]
    public void The_core_group_meets_within_10_working_days_of_the_initial_conference()
    {
        var report = Report("2026-06-30", Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true }, Ev(CoreGroupMeeting, "2026-06-04"));
        var core = report.Entry("DL-05");
        Assert.Equal((D("2026-06-04"), DeadlineStatus.Met), (core.DueDate!.Value, core.Status));
    }

    [Fact]
    public void Reviews_repeat_at_most_six_months_apart_from_the_previous_review_while_the_plan_lasts()
    {
        var report = Report(
            "2028-02-01",
            Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true },
            Ev(ReviewConference, "2027-04-10"),
            Ev(ReviewConference, "2027-10-20"));
        Assert.Equal((D("2027-04-15"), DeadlineStatus.Met), (report.Entry("DL-06").DueDate!.Value, report.Entry("DL-06").Status));
        var second = report.Entry("DL-07", occurrence: 2);
        Assert.Equal((D("2027-10-10"), DeadlineStatus.MetLate, 10), (second.DueDate!.Value, second.Status, second.Days));
        var third = report.Entry("DL-07", occurrence: 3);
        Assert.Equal((D("2028-04-20"), DeadlineStatus.Due), (third.DueDate!.Value, third.Status));
    }

    [Fact]
    public void Under_the_alternative_anchor_a_late_review_does_not_push_the_next_one_back()
    {
        var options = Readings.Default.With("at-10-review-anchor", "previous-due-date");
        var report = Report(options, "2028-02-01", Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true }, Ev(ReviewConference, "2027-04-10"), Ev(ReviewConference, "2027-10-20"));
        // First review due 15 April 2028; the second 15 October 2027 (held late, 20 October); the third 15 April 2027.
        Assert.Equal(D("2027-10-15"), report.Entry("DL-07", occurrence: 2).DueDate);
        Assert.Equal(D("2028-04-15"), report.Entry("DL-07", occurrence: 3).DueDate);
    }

    [Fact]
    public void No_review_falls_due_after_the_plan_ends()
    {
        var report = Report("2028-06-01", Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true }, Ev(ReviewConference, "2027-04-10"), Ev(PlanEnded, "2027-04-10"));
        Assert.Single(report.For("DL-06"));
        Assert.Empty(report.For("DL-07"));
    }

    [Fact]
    public void A_serious_incident_notification_is_due_5_working_days_after_the_first_partner_became_aware_by_default()
    {
        var events = new[] { Ev(IncidentAwareness, "2026-12-04") with { Partner = SafeguardingPartner.Police }, Ev(IncidentAwareness, "2026-12-07") with { Partner = SafeguardingPartner.LocalAuthority } };
        Assert.Equal(D("2026-12-11"), Report("2026-12-07", events).Entry("DL-13").DueDate);
        var laReading = Report(Readings.Default.With("at-04-incident-awareness", "local-authority"), "2026-12-07", events).Entry("DL-13");
        Assert.Equal(D("2026-12-14"), laReading.DueDate);
    }

    [Fact]
    public void Under_the_local_authority_reading_an_earlier_awareness_by_an_unnamed_partner_leaves_the_deadline_undetermined_while_the_readings_disagree()
    {
        // Unnamed awareness Friday 4 December (due 11 December), the local authority's Monday 7 December (due 14 December).
        var options = Readings.Default.With("at-04-incident-awareness", "local-authority");
        var events = new[] { Ev(IncidentAwareness, "2026-12-04"), Ev(IncidentAwareness, "2026-12-07") with { Partner = SafeguardingPartner.LocalAuthority } };
        Assert.Equal(DeadlineStatus.Due, Report(options, "2026-12-08", events).Entry("DL-13").Status);
        var between = Report(options, "2026-12-14", events).Entry("DL-13");
        Assert.Equal(DeadlineStatus.Undetermined, between.Status);
        Assert.Equal(new[] { TimelineFacts.LocalAuthorityAwareness }, between.MissingFacts);
        var late = Report(options, "2027-03-01", events).Entry("DL-13");
        Assert.Equal((DeadlineStatus.Overdue, D("2026-12-14")), (late.Status, late.DueDate!.Value));
    }

    [Fact]
    public void The_rapid_review_is_due_15_working_days_after_the_notification_and_is_non_statutory()
    {
        // Thursday 10 December 2026: day 15 is Tuesday 5 January 2027, past Christmas, the Boxing Day substitute and New Year.
        var entry = Report("2026-12-14", Ev(IncidentAwareness, "2026-12-04"), Ev(SeriousIncidentNotificationSubmitted, "2026-12-10")).Entry("DL-14");
        Assert.Equal((D("2027-01-05"), Force.NonStatutory), (entry.DueDate!.Value, entry.Force));
    }

    [Theory]
    [InlineData("completed-and-published", DeadlineStatus.Overdue)]
    [InlineData("completed", DeadlineStatus.Met)]
    [InlineData("submitted", DeadlineStatus.Overdue)]
    public void An_LCSPR_completed_but_not_published_within_six_months_is_late_only_under_the_published_reading(string reading, DeadlineStatus expected)
    {
        var entry = Report(Readings.Default.With("at-06-lcspr-end", reading), "2027-03-15", Ev(LcsprDecision, "2026-08-31"), Ev(LcsprCompleted, "2027-02-01")).Entry("DL-15");
        Assert.Equal((D("2027-02-28"), expected), (entry.DueDate!.Value, entry.Status));
        Assert.NotNull(entry.BreachHandling);
    }

    [Fact]
    public void The_registrar_has_seven_calendar_days_not_working_days()
    {
        var entry = Report("2026-12-24", Ev(DeathRegistered, "2026-12-24")).Entry("DL-21");
        Assert.Equal((D("2026-12-31"), TimeUnit.CalendarDays, Force.Must), (entry.DueDate!.Value, entry.DaysUnit, entry.Force));
    }

    [Fact]
    public void The_coroner_has_three_working_days()
    {
        Assert.Equal(D("2026-12-31"), Report("2026-12-24", Ev(CoronerDecidedToInvestigate, "2026-12-24")).Entry("DL-22").DueDate);
    }

    [Fact]
    public void The_yearly_report_is_due_by_30_September_after_the_financial_year_and_its_copies_seven_days_after_publication()
    {
        var report = Report("2027-10-10", Ev(FinancialYearEnded, "2027-03-31"), Ev(YearlyReportPublished, "2027-09-28"), Ev(YearlyReportSentToPanel, "2027-10-05"));
        Assert.Equal((D("2027-09-30"), DeadlineStatus.Met), (report.Entry("DL-11").DueDate!.Value, report.Entry("DL-11").Status));
        Assert.Equal((D("2027-10-05"), DeadlineStatus.Met), (report.Entry("DL-12").DueDate!.Value, report.Entry("DL-12").Status));
        Assert.Equal(DeadlineStatus.Overdue, report.Entry("DL-12", obligation: 1).Status);
    }

    [Fact]
    public void An_assessment_past_45_working_days_is_late_and_the_report_says_to_record_the_reasons()
    {
        var entry = Report("2027-03-01", Ev(ReferralReceived, "2026-11-02"), Ev(AssessmentConcluded, "2027-01-15")).Entry("DL-03");
        Assert.Equal(D("2027-01-07"), entry.DueDate);
        Assert.Equal((DeadlineStatus.MetLate, 6), (entry.Status, entry.Days));
        Assert.Contains("record the reasons", entry.BreachHandling!, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_LADO_is_informed_within_one_working_day_of_the_first_report_of_an_allegation()
    {
        var report = Report("2026-11-30", Ev(AllegationReportedToPolice, "2026-11-26"), Ev(AllegationReportedToEmployer, "2026-11-27"), Ev(LadoInformed, "2026-11-27"));
        Assert.Equal((D("2026-11-27"), DeadlineStatus.Met), (report.Entry("DL-09").DueDate!.Value, report.Entry("DL-09").Status));
    }

    [Fact]
    public void An_urgency_rule_carries_its_word_and_no_due_date()
    {
        var report = Report("2026-11-30", Ev(AllegationReportedToEmployer, "2026-11-27"), Ev(AllegationReportedToSeniorManager, "2026-11-30"));
        var entry = report.Entry("DL-41");
        Assert.Equal((DeadlineStatus.Done, Urgency.Immediately, (NodaTime.LocalDate?)null, 3), (entry.Status, entry.Urgency!.Value, entry.DueDate, entry.Days));
    }

    [Fact]
    public void A_published_LCSPR_stays_available_for_a_year_and_withdrawing_it_earlier_is_a_breach()
    {
        var running = Report("2026-06-01", Ev(LcsprPublished, "2026-04-09")).Entry("DL-17");
        Assert.Equal((DeadlineStatus.Running, D("2027-04-09")), (running.Status, running.DueDate!.Value));
        var breached = Report("2026-12-01", Ev(LcsprPublished, "2026-04-09"), Ev(LcsprWithdrawn, "2026-12-01")).Entry("DL-17");
        Assert.Equal(DeadlineStatus.Breached, breached.Status);
    }

    [Fact]
    public void An_injected_clock_gives_today_in_England_so_a_referral_late_on_Christmas_Eve_in_UTC_is_still_Christmas_Eve()
    {
        // 23:30 UTC on 24 December 2026 is 23:30 in London (GMT); 23:30 UTC on 30 June is already 1 July in London (BST).
        var winter = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 12, 24, 23, 30));
        var summer = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 6, 30, 23, 30));
        var timeline = CaseTimeline.Create(Ev(ReferralReceived, "2026-12-24"));
        Assert.Equal(D("2026-12-24"), DeadlineEvaluator.Default.Evaluate(timeline, winter).AsOf);
        Assert.Equal(D("2026-07-01"), DeadlineEvaluator.Default.Evaluate(timeline, summer).AsOf);
    }

    [Fact]
    public void Events_after_the_as_of_date_are_left_out()
    {
        var report = Report("2026-12-24", Ev(ReferralReceived, "2026-12-24"), Ev(ReferralAcknowledged, "2026-12-29"));
        Assert.Equal(DeadlineStatus.Due, report.Entry("DL-01").Status);
        Assert.Equal(1, report.EventsAfterAsOf);
    }

    [Fact]
    public void Events_in_an_impossible_order_are_reported_as_warnings_not_errors()
    {
        var report = Report(
            "2026-06-30",
            Ev(CoreGroupMeeting, "2026-05-01"),
            Ev(StrategyDiscussion, "2026-04-29") with { InitiatedSection47 = true },
            Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true });
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((0, CaseEventType.CoreGroupMeeting), (warning.Position!.Value, warning.EventType!.Value));
        Assert.Equal(DeadlineStatus.Overdue, report.Entry("DL-05").Status);
    }

    [Fact]
    public void A_case_that_has_reached_a_process_lists_the_deadlines_not_yet_started_in_it()
    {
        var report = Report("2026-11-03", Ev(ReferralReceived, "2026-11-02"));
        Assert.Equal(new[] { "DL-01", "DL-02", "DL-03" }, report.Entries.Select(e => e.RuleId));
        var cp = Report("2026-11-05", Ev(StrategyDiscussion, "2026-11-04") with { InitiatedSection47 = true });
        Assert.Equal(DeadlineStatus.NotStarted, cp.Entry("DL-05", occurrence: 0).Status);
    }
}
