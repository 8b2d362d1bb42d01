using System;
using System.Linq;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>The edges of each clock shape, one sentence each, on the rules that use it.</summary>
public class ClockShapeTests
{
    private static readonly Readings LocalAuthorityAwareness = Readings.Default.With("at-04-incident-awareness", "local-authority");

    // Each occurrence (DL-12: two copies of each yearly report).

    [Fact]
    public void Each_copy_of_each_yearly_report_is_counted_on_its_own_from_the_first_report()
    {
        // Published 28 September (copies due 5 October) and 10 October (due 17 October). The one copy to the MASA Unit,
        // on 12 October, is the first not yet used, so it answers the first report, late.
        var report = Report(
            "2027-10-20",
            Ev(FinancialYearEnded, "2027-03-31"),
            Ev(YearlyReportPublished, "2027-09-28"),
            Ev(YearlyReportSentToPanel, "2027-10-01"),
            Ev(YearlyReportPublished, "2027-10-10"),
            Ev(YearlyReportSentToMasaUnit, "2027-10-12"));
        var panel = report.For("DL-12").Where(e => e.ObligationIndex == 0).Select(e => (e.Occurrence, e.Status, e.Days)).ToArray();
        var masa = report.For("DL-12").Where(e => e.ObligationIndex == 1).Select(e => (e.Occurrence, e.Status, e.Days)).ToArray();
        Assert.Equal(new[] { (1, DeadlineStatus.Met, 0), (2, DeadlineStatus.Overdue, 3) }, panel);
        Assert.Equal(new[] { (1, DeadlineStatus.MetLate, 7), (2, DeadlineStatus.Overdue, 3) }, masa);
        Assert.Empty(report.Warnings);
    }

    // Earliest of several (DL-09: the designated officer).

    [Fact]
    public void Designated_officer_informed_with_no_allegation_before_it_is_warned_about_and_not_started()
    {
        var report = Report("2026-11-30", Ev(LadoInformed, "2026-11-27"));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((0, "lado-informed with no earlier allegation-reported-to-employer (DL-09)"), (warning.Position!.Value, warning.Message));
        Assert.Equal(DeadlineStatus.NotStarted, report.Entry("DL-09", occurrence: 0).Status);
    }

    [Fact]
    public void Reports_of_one_allegation_before_the_designated_officer_is_informed_are_one_clock_from_the_first()
    {
        // Thursday 26 November 2026: due Friday 27 November. A second informing with no new allegation is warned about.
        var report = Report(
            "2026-12-10",
            Ev(AllegationReportedToEmployer, "2026-11-26"),
            Ev(AllegationReportedToPolice, "2026-11-27"),
            Ev(AllegationReportedToEmployer, "2026-11-30"),
            Ev(LadoInformed, "2026-12-01"),
            Ev(LadoInformed, "2026-12-03"));
        var entry = Assert.Single(report.For("DL-09"));
        Assert.Equal((1, DeadlineStatus.MetLate, D("2026-11-26"), D("2026-11-27"), D("2026-12-01"), 2), (entry.Occurrence, entry.Status, entry.StartDate!.Value, entry.DueDate!.Value, entry.EndDate!.Value, entry.Days));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((4, LadoInformed), (warning.Position!.Value, warning.EventType!.Value));
    }

    // The strategy discussion that initiated section 47 enquiries (DL-04).

    [Fact]
    public void A_conference_with_no_strategy_discussion_before_it_is_undetermined_naming_the_missing_discussion_and_warned_about()
    {
        var report = Report("2026-06-30", Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true });
        var entry = report.Entry("DL-04");
        Assert.Equal((DeadlineStatus.Undetermined, D("2026-05-20")), (entry.Status, entry.EndDate!.Value));
        Assert.Null(entry.StartDate);
        Assert.Null(entry.DueDate);
        Assert.Equal(new[] { TimelineFacts.StrategyDiscussion }, entry.MissingFacts);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((0, "an initial child protection conference with no strategy discussion on or before it"), (warning.Position!.Value, warning.Message));
    }

    [Fact]
    public void A_strategy_discussion_on_the_day_of_a_conference_counts_for_that_conference_and_not_the_next()
    {
        // The discussion of 1 May initiated the enquiries; another discussion on the conference day belongs to it too.
        var report = Report(
            "2026-07-31",
            Ev(StrategyDiscussion, "2026-05-01") with { InitiatedSection47 = true },
            Ev(StrategyDiscussion, "2026-05-20"),
            Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true },
            Ev(InitialChildProtectionConference, "2026-07-01") with { PlanMade = true });
        var first = report.Entry("DL-04", occurrence: 1);
        Assert.Equal((DeadlineStatus.Met, D("2026-05-01"), D("2026-05-26")), (first.Status, first.StartDate!.Value, first.DueDate!.Value));
        var second = report.Entry("DL-04", occurrence: 2);
        Assert.Equal((DeadlineStatus.Undetermined, D("2026-07-01")), (second.Status, second.EndDate!.Value));
        Assert.Equal(new[] { TimelineFacts.StrategyDiscussion }, second.MissingFacts);
    }

    [Fact]
    public void A_discussion_held_on_the_conference_day_starts_that_conferences_clock()
    {
        var entry = Report("2026-05-21", Ev(StrategyDiscussion, "2026-05-20") with { InitiatedSection47 = true }, Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true }).Entry("DL-04");
        Assert.Equal((DeadlineStatus.Met, D("2026-05-20"), D("2026-05-20")), (entry.Status, entry.StartDate!.Value, entry.EndDate!.Value));
    }

    [Fact]
    public void With_two_discussions_marked_as_initiating_section_47_the_earliest_is_used_and_the_timeline_is_warned_about()
    {
        var report = Report(
            "2026-06-30",
            Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = true },
            Ev(StrategyDiscussion, "2026-05-01") with { InitiatedSection47 = true },
            Ev(InitialChildProtectionConference, "2026-05-29") with { PlanMade = true });
        var entry = report.Entry("DL-04");
        Assert.Equal((DeadlineStatus.MetLate, D("2026-05-01"), D("2026-05-26"), 3), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value, entry.Days));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((1, "more than one strategy discussion is marked as initiating section 47 enquiries; the earliest is used"), (warning.Position!.Value, warning.Message));
    }

    [Fact]
    public void With_one_discussion_recorded_as_not_initiating_and_one_unrecorded_the_unrecorded_one_starts_the_clock()
    {
        var entry = Report(
            "2026-06-30",
            Ev(StrategyDiscussion, "2026-05-01") with { InitiatedSection47 = false },
            Ev(StrategyDiscussion, "2026-05-08"),
            Ev(InitialChildProtectionConference, "2026-05-29") with { PlanMade = true }).Entry("DL-04");
        Assert.Equal((DeadlineStatus.Met, D("2026-05-08"), D("2026-06-01")), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value));
        Assert.Null(entry.Note);
        Assert.Empty(entry.MissingFacts);
    }

    [Fact]
    public void The_only_discussion_before_a_conference_starts_its_clock_whatever_it_records()
    {
        var entry = Report(
            "2026-06-30",
            Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = false },
            Ev(InitialChildProtectionConference, "2026-06-02") with { PlanMade = true }).Entry("DL-04");
        Assert.Equal((DeadlineStatus.MetLate, D("2026-05-08"), D("2026-06-01"), 1), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value, entry.Days));
    }

    [Fact]
    public void With_every_discussion_recorded_as_not_initiating_section_47_the_latest_before_the_conference_starts_its_clock()
    {
        var entry = Report(
            "2026-06-30",
            Ev(StrategyDiscussion, "2026-05-01") with { InitiatedSection47 = false },
            Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = false },
            Ev(InitialChildProtectionConference, "2026-05-29") with { PlanMade = true }).Entry("DL-04");
        Assert.Equal((DeadlineStatus.Met, D("2026-05-08"), D("2026-06-01")), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value));
    }

    [Fact]
    public void A_discussion_that_did_not_initiate_section_47_enquiries_starts_no_conference_clock()
    {
        var report = Report("2026-06-30", Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = false });
        Assert.Equal(DeadlineStatus.NotStarted, Assert.Single(report.For("DL-04")).Status);
        var after = Report(
            "2026-09-30",
            Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = true },
            Ev(InitialChildProtectionConference, "2026-05-29") with { PlanMade = true },
            Ev(StrategyDiscussion, "2026-09-01") with { InitiatedSection47 = false });
        Assert.Equal(new[] { 1 }, after.For("DL-04").Select(e => e.Occurrence));
    }

    [Theory]
    [InlineData("2026-05-15", false)]
    [InlineData("2026-05-20", false)]
    [InlineData("2026-09-01", true)]
    public void Only_concerns_substantiated_after_the_last_conference_make_the_next_conference_due(string substantiated, bool due)
    {
        var entry = Report(
            "2026-09-02",
            Ev(StrategyDiscussion, "2026-05-08") with { InitiatedSection47 = true },
            Ev(Section47ConcernsSubstantiated, substantiated),
            Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true },
            Ev(StrategyDiscussion, "2026-09-01") with { InitiatedSection47 = true }).Entry("DL-04", occurrence: 2);
        Assert.Equal(due ? DeadlineStatus.Due : DeadlineStatus.Undetermined, entry.Status);
        Assert.Equal(due ? Array.Empty<Safeguarding.Rules.Logic.FactDefinition>() : new[] { TimelineFacts.Section47ConcernsSubstantiated }, entry.MissingFacts);
        Assert.Equal((D("2026-09-01"), D("2026-09-22")), (entry.StartDate!.Value, entry.DueDate!.Value));
    }

    [Fact]
    public void Before_enquiries_conclude_two_unrecorded_discussions_leave_both_facts_missing_and_show_the_earlier_due_date()
    {
        var entry = Report("2026-05-10", Ev(StrategyDiscussion, "2026-05-01"), Ev(StrategyDiscussion, "2026-05-08")).Entry("DL-04");
        Assert.Equal((DeadlineStatus.Undetermined, D("2026-05-01"), D("2026-05-26")), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value));
        Assert.Equal(new[] { TimelineFacts.StrategyDiscussionInitiatedSection47, TimelineFacts.Section47ConcernsSubstantiated }, entry.MissingFacts);
    }

    [Fact]
    public void Before_enquiries_conclude_a_conference_due_past_the_calendar_gives_no_verdict()
    {
        var entry = Report("2099-12-31", Ev(StrategyDiscussion, "2099-12-18") with { InitiatedSection47 = true }).Entry("DL-04");
        Assert.Equal((DeadlineStatus.OutsideCalendar, D("2099-12-18"), 1), (entry.Status, entry.StartDate!.Value, entry.Occurrence));
        Assert.Null(entry.EndDate);
    }

    // The first core group meeting after each conference that made a plan (DL-05).

    [Fact]
    public void A_core_group_meeting_after_the_next_conference_belongs_to_the_next_plan()
    {
        // The first conference, Wednesday 20 May 2026, needs its core group by Thursday 4 June.
        var report = Report(
            "2026-06-30",
            Ev(InitialChildProtectionConference, "2026-05-20") with { PlanMade = true },
            Ev(InitialChildProtectionConference, "2026-06-10") with { PlanMade = true },
            Ev(CoreGroupMeeting, "2026-06-12"));
        var first = report.Entry("DL-05", occurrence: 1);
        Assert.Equal((DeadlineStatus.Overdue, D("2026-06-04")), (first.Status, first.DueDate!.Value));
        Assert.Null(first.EndDate);
        var second = report.Entry("DL-05", occurrence: 2);
        Assert.Equal((DeadlineStatus.Met, D("2026-06-12")), (second.Status, second.EndDate!.Value));
    }

    [Fact]
    public void A_conference_that_does_not_record_a_plan_near_the_end_of_the_calendar_gives_no_verdict_on_the_core_group()
    {
        var report = Report("2099-12-31", Ev(InitialChildProtectionConference, "2099-12-22"), Ev(InitialChildProtectionConference, "2099-12-23") with { PlanMade = true });
        Assert.Equal((DeadlineStatus.OutsideCalendar, D("2099-12-22")), (report.Entry("DL-05", occurrence: 1).Status, report.Entry("DL-05", occurrence: 1).StartDate!.Value));
        Assert.Equal(DeadlineStatus.OutsideCalendar, report.Entry("DL-05", occurrence: 2).Status);
        var review = report.Entry("DL-06");
        Assert.Equal((DeadlineStatus.Undetermined, D("2100-03-22")), (review.Status, review.DueDate!.Value));
    }

    // The review schedule (DL-06, DL-07).

    [Fact]
    public void A_review_with_no_initial_conference_is_warned_about_and_the_first_review_is_not_started()
    {
        var report = Report("2027-06-01", Ev(StrategyDiscussion, "2026-12-01") with { InitiatedSection47 = false }, Ev(ReviewConference, "2027-03-01"), Ev(ReviewConference, "2027-05-01"));
        Assert.Equal(DeadlineStatus.NotStarted, Assert.Single(report.For("DL-06")).Status);
        Assert.Empty(report.For("DL-07"));
        var warning = Assert.Single(report.Warnings);
        Assert.Equal((1, ReviewConference, "a review conference with no initial child protection conference before it"), (warning.Position!.Value, warning.EventType!.Value, warning.Message));
    }

    [Fact]
    public void A_conference_that_does_not_record_a_plan_leaves_the_first_review_undetermined_and_owes_no_later_review()
    {
        var report = Report("2027-06-01", Ev(InitialChildProtectionConference, "2027-01-15"), Ev(ReviewConference, "2027-04-10"));
        var review = report.Entry("DL-06");
        Assert.Equal((DeadlineStatus.Undetermined, D("2027-04-15")), (review.Status, review.DueDate!.Value));
        Assert.Equal(new[] { TimelineFacts.ConferencePlanMade }, review.MissingFacts);
        Assert.Empty(report.For("DL-07"));
    }

    [Theory]
    [InlineData("2027-03-01", null)]
    [InlineData("2027-04-15", null)]
    [InlineData("2027-04-16", 1)]
    [InlineData("2027-05-01", 16)]
    public void A_plan_that_ends_before_its_first_review_breaches_it_only_if_the_review_was_already_due(string ended, int? daysLate)
    {
        var report = Report("2027-06-01", Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true }, Ev(PlanEnded, ended));
        Assert.Empty(report.For("DL-07"));
        if (daysLate is null)
        {
            Assert.Empty(report.For("DL-06"));
            return;
        }

        var review = report.Entry("DL-06");
        Assert.Equal((DeadlineStatus.Breached, D("2027-04-15"), daysLate.Value, "The plan ended without this review."), (review.Status, review.DueDate!.Value, review.Days, review.Note));
        Assert.Null(review.EndDate);
    }

    [Theory]
    [InlineData("2027-04-01", null)]
    [InlineData("2027-04-15", null)]
    [InlineData("2027-05-01", 16)]
    public void A_new_plan_before_the_first_review_breaches_it_only_if_the_review_was_already_due(string nextConference, int? daysLate)
    {
        var report = Report("2027-06-01", Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true }, Ev(InitialChildProtectionConference, nextConference) with { PlanMade = true });
        Assert.Equal(DeadlineStatus.Due, report.Entry("DL-06", occurrence: 2).Status);
        if (daysLate is null)
        {
            Assert.Single(report.For("DL-06"));
            return;
        }

        var review = report.Entry("DL-06", occurrence: 1);
        Assert.Equal((DeadlineStatus.Breached, D("2027-04-15"), daysLate.Value), (review.Status, review.DueDate!.Value, review.Days));
        Assert.Equal("A new initial conference began another plan before this review was held.", review.Note);
    }

    [Fact]
    public void A_later_review_missed_before_the_plan_ended_is_breached_in_the_later_reviews()
    {
        // Reviews: first 10 April 2027; the next due 10 October; the plan ended 1 November without it.
        var report = Report(
            "2028-01-01",
            Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true },
            Ev(ReviewConference, "2027-04-10"),
            Ev(PlanEnded, "2027-11-01"));
        Assert.Equal(DeadlineStatus.Met, report.Entry("DL-06").Status);
        var later = Assert.Single(report.For("DL-07"));
        Assert.Equal((2, DeadlineStatus.Breached, D("2027-10-10"), 22), (later.Occurrence, later.Status, later.DueDate!.Value, later.Days));
    }

    [Fact]
    public void A_later_review_held_on_the_day_the_plan_ended_is_the_last_one_owed()
    {
        var report = Report(
            "2029-01-01",
            Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = true },
            Ev(ReviewConference, "2027-04-10"),
            Ev(ReviewConference, "2027-10-01"),
            Ev(PlanEnded, "2027-10-01"));
        var later = Assert.Single(report.For("DL-07"));
        Assert.Equal((2, DeadlineStatus.Met, D("2027-10-01")), (later.Occurrence, later.Status, later.EndDate!.Value));
    }

    [Fact]
    public void A_conference_that_made_no_plan_starts_no_review_and_the_next_plan_is_counted_on_its_own()
    {
        var report = Report(
            "2027-06-01",
            Ev(InitialChildProtectionConference, "2027-01-15") with { PlanMade = false },
            Ev(InitialChildProtectionConference, "2027-03-01") with { PlanMade = true });
        var review = Assert.Single(report.For("DL-06"));
        Assert.Equal((2, DeadlineStatus.Due, D("2027-06-01")), (review.Occurrence, review.Status, review.DueDate!.Value));
    }

    // Awareness of a serious incident (DL-13).

    [Fact]
    public void A_notification_with_no_awareness_before_it_is_undetermined_naming_the_missing_awareness_and_warned_about()
    {
        var report = Report("2026-12-10", Ev(SeriousIncidentNotificationSubmitted, "2026-12-07"));
        var entry = report.Entry("DL-13");
        Assert.Equal((DeadlineStatus.Undetermined, D("2026-12-07")), (entry.Status, entry.EndDate!.Value));
        Assert.Null(entry.StartDate);
        Assert.Equal(new[] { TimelineFacts.IncidentAwareness }, entry.MissingFacts);
        Assert.Contains(report.Warnings, w => w.Message == "a serious incident notification with no incident awareness before it" && w.Position == 0);
    }

    [Fact]
    public void A_rapid_review_alone_shows_the_notification_deadline_as_not_started()
    {
        var report = Report("2026-12-10", Ev(RapidReviewSubmitted, "2026-12-07"));
        Assert.Equal(DeadlineStatus.NotStarted, report.Entry("DL-13", occurrence: 0).Status);
    }

    [Fact]
    public void A_notification_before_anyone_became_aware_is_warned_about_and_does_not_meet_the_deadline()
    {
        var report = Report("2026-12-07", Ev(SeriousIncidentNotificationSubmitted, "2026-12-01"), Ev(IncidentAwareness, "2026-12-04"));
        var entry = report.Entry("DL-13");
        Assert.Equal((DeadlineStatus.Due, D("2026-12-11")), (entry.Status, entry.DueDate!.Value));
        Assert.Null(entry.EndDate);
        Assert.Contains(report.Warnings, w => w.Message == "a serious incident notification before any safeguarding partner became aware of the incident" && w.Position == 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2026-12-10")]
    public void Under_the_local_authority_reading_awareness_by_other_partners_only_leaves_the_start_undetermined(string? notified)
    {
        var events = notified is null
            ? new[] { Ev(IncidentAwareness, "2026-12-04") with { Partner = SafeguardingPartner.Police } }
            : new[] { Ev(IncidentAwareness, "2026-12-04") with { Partner = SafeguardingPartner.Police }, Ev(SeriousIncidentNotificationSubmitted, notified) };
        var entry = Report(LocalAuthorityAwareness, "2026-12-20", events).Entry("DL-13");
        Assert.Equal(DeadlineStatus.Undetermined, entry.Status);
        Assert.Equal(((NodaTime.LocalDate?)null, (NodaTime.LocalDate?)null), (entry.StartDate, entry.DueDate));
        Assert.Equal(notified is null ? (NodaTime.LocalDate?)null : D(notified), entry.EndDate);
        Assert.Equal(new[] { TimelineFacts.LocalAuthorityAwareness }, entry.MissingFacts);
    }

    [Theory]
    [InlineData("2026-12-10", "2026-12-20", DeadlineStatus.Met)]
    [InlineData("2026-12-11", "2026-12-20", DeadlineStatus.Met)]
    [InlineData("2026-12-14", "2026-12-20", DeadlineStatus.Undetermined)]
    [InlineData(null, "2026-12-08", DeadlineStatus.Undetermined)]
    public void Under_the_local_authority_reading_awareness_by_an_unnamed_partner_only_settles_a_notification_in_time_from_it(string? notified, string asOf, DeadlineStatus status)
    {
        // Unnamed awareness Friday 4 December 2026: due Friday 11 December if it was the local authority's; later if not.
        var events = notified is null
            ? new[] { Ev(IncidentAwareness, "2026-12-04") }
            : new[] { Ev(IncidentAwareness, "2026-12-04"), Ev(SeriousIncidentNotificationSubmitted, notified) };
        var entry = Report(LocalAuthorityAwareness, asOf, events).Entry("DL-13");
        Assert.Equal((status, D("2026-12-04"), D("2026-12-11")), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value));
        Assert.Equal(notified is null ? (NodaTime.LocalDate?)null : D(notified), entry.EndDate);
        Assert.Equal(status == DeadlineStatus.Met ? Array.Empty<Safeguarding.Rules.Logic.FactDefinition>() : new[] { TimelineFacts.LocalAuthorityAwareness }, entry.MissingFacts);
    }

    [Fact]
    public void Under_the_local_authority_reading_an_unnamed_awareness_after_the_local_authoritys_does_not_move_the_start()
    {
        var entry = Report(LocalAuthorityAwareness, "2026-12-08", Ev(IncidentAwareness, "2026-12-04") with { Partner = SafeguardingPartner.LocalAuthority }, Ev(IncidentAwareness, "2026-12-07")).Entry("DL-13");
        Assert.Equal((DeadlineStatus.Due, D("2026-12-04"), D("2026-12-11")), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value));
        Assert.Null(entry.Note);
    }

    [Fact]
    public void Under_the_local_authority_reading_an_unnamed_awareness_before_the_local_authoritys_after_another_partners_bounds_the_start()
    {
        var entry = Report(
            LocalAuthorityAwareness,
            "2026-12-08",
            Ev(IncidentAwareness, "2026-12-01") with { Partner = SafeguardingPartner.Police },
            Ev(IncidentAwareness, "2026-12-04"),
            Ev(IncidentAwareness, "2026-12-07") with { Partner = SafeguardingPartner.LocalAuthority }).Entry("DL-13");
        Assert.Equal((DeadlineStatus.Due, D("2026-12-04"), D("2026-12-11")), (entry.Status, entry.StartDate!.Value, entry.DueDate!.Value));
        Assert.Contains("between 2026-12-04 and 2026-12-07", entry.Note!, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_local_authority_reading_an_unnamed_awareness_due_past_the_calendar_gives_no_verdict()
    {
        var entry = Report(LocalAuthorityAwareness, "2099-12-31", Ev(IncidentAwareness, "2099-12-24"), Ev(SeriousIncidentNotificationSubmitted, "2099-12-30")).Entry("DL-13");
        Assert.Equal((DeadlineStatus.OutsideCalendar, D("2099-12-24"), D("2099-12-30")), (entry.Status, entry.StartDate!.Value, entry.EndDate!.Value));
    }

    // Counted back from publication (DL-16).

    [Fact]
    public void A_publication_in_the_review_takes_precedence_over_a_plan_and_carries_no_note()
    {
        var report = Report("2026-05-01", Ev(LcsprDecision, "2025-11-01"), Ev(LcsprPublicationPlanned, "2026-06-30"), Ev(LcsprPublished, "2026-04-09"));
        var panel = report.Entry("DL-16");
        Assert.Equal((D("2026-04-09"), D("2026-03-27")), (panel.StartDate!.Value, panel.DueDate!.Value));
        Assert.Null(panel.Note);
    }

    [Fact]
    public void A_copy_sent_in_an_earlier_review_does_not_answer_a_later_one()
    {
        var report = Report(
            "2027-12-01",
            Ev(LcsprDecision, "2027-01-04"),
            Ev(LcsprReportSentToPanel, "2027-05-10"),
            Ev(LcsprDecision, "2027-06-01"),
            Ev(LcsprPublicationPlanned, "2027-12-20"));
        var second = report.Entry("DL-16", occurrence: 2);
        Assert.Equal(DeadlineStatus.Due, second.Status);
        Assert.Null(second.EndDate);
        Assert.DoesNotContain(report.For("DL-16"), e => e.Occurrence == 1);
    }

    [Fact]
    public void A_copy_sent_before_a_publication_planned_past_the_calendar_is_kept_on_its_outside_calendar_entry()
    {
        var report = Report("2099-06-01", Ev(LcsprDecision, "2099-01-05"), Ev(LcsprReportSentToPanel, "2099-05-01"), Ev(LcsprPublicationPlanned, "2100-01-05"));
        Assert.Equal((DeadlineStatus.OutsideCalendar, D("2099-05-01")), (report.Entry("DL-16").Status, report.Entry("DL-16").EndDate!.Value));
        Assert.Null(report.Entry("DL-16", obligation: 1).EndDate);
    }

    [Fact]
    public void A_review_decided_but_neither_published_nor_planned_has_its_copies_not_started()
    {
        var report = Report("2027-02-01", Ev(LcsprDecision, "2027-01-04"));
        Assert.Equal(new[] { 0, 1, 2 }, report.For("DL-16").Select(e => e.ObligationIndex));
        Assert.All(report.For("DL-16"), e => Assert.Equal((DeadlineStatus.NotStarted, 0), (e.Status, e.Occurrence)));
    }

    // At least a period after publication (DL-17).

    [Theory]
    [InlineData("2027-07-01", DeadlineStatus.Running)]
    [InlineData("2027-06-01", DeadlineStatus.Running)]
    [InlineData("2027-05-31", DeadlineStatus.Breached)]
    public void A_withdrawal_in_the_next_reviews_time_does_not_count_against_the_earlier_report(string withdrawn, DeadlineStatus status)
    {
        var entry = Report("2027-08-01", Ev(LcsprDecision, "2026-11-02"), Ev(LcsprPublished, "2027-01-04"), Ev(LcsprDecision, "2027-06-01"), Ev(LcsprWithdrawn, withdrawn)).Entry("DL-17");
        Assert.Equal((status, D("2028-01-04")), (entry.Status, entry.DueDate!.Value));
        Assert.Equal(status == DeadlineStatus.Running ? 156 : 218, entry.Days);
    }

    // Urgency rules (DL-41: report an allegation to a senior manager immediately).

    [Fact]
    public void An_urgency_is_pending_with_the_days_elapsed_until_its_action_is_recorded_and_done_after()
    {
        var pending = Report("2026-11-30", Ev(AllegationReportedToEmployer, "2026-11-27")).Entry("DL-41");
        Assert.Equal((DeadlineStatus.Pending, D("2026-11-27"), 3), (pending.Status, pending.StartDate!.Value, pending.Days));
        Assert.Equal(((NodaTime.LocalDate?)null, (NodaTime.LocalDate?)null), (pending.DueDate, pending.EndDate));
        var sameDay = Report("2026-11-30", Ev(AllegationReportedToEmployer, "2026-11-27"), Ev(AllegationReportedToSeniorManager, "2026-11-27")).Entry("DL-41");
        Assert.Equal((DeadlineStatus.Done, 0, D("2026-11-27")), (sameDay.Status, sameDay.Days, sameDay.EndDate!.Value));
    }

    [Fact]
    public void Each_allegation_needs_its_own_report_to_a_senior_manager_and_one_made_before_it_does_not_count()
    {
        var report = Report(
            "2026-11-30",
            Ev(AllegationReportedToSeniorManager, "2026-11-19"),
            Ev(AllegationReportedToEmployer, "2026-11-20"),
            Ev(AllegationReportedToEmployer, "2026-11-21"),
            Ev(AllegationReportedToSeniorManager, "2026-11-23"));
        var first = report.Entry("DL-41", occurrence: 1);
        Assert.Equal((DeadlineStatus.Done, D("2026-11-23"), 3), (first.Status, first.EndDate!.Value, first.Days));
        var second = report.Entry("DL-41", occurrence: 2);
        Assert.Equal((DeadlineStatus.Pending, D("2026-11-21"), 9), (second.Status, second.StartDate!.Value, second.Days));
        Assert.Equal(2, report.For("DL-41").Count());
    }
}
