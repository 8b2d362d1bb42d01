using System;
using System.Collections.Generic;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>
/// The clock shapes interpret any declaration, not only the catalogue's: a review schedule counted in working days
/// (no rule declares one today) reaches the edge of the working-day calendar, where a month count never does.
/// </summary>
public class ClockDeclarationTests
{
    private static readonly ReviewSchedule WorkingDaySchedule = Clock.Reviews(
        ChildProtectionTimescales.Process,
        InitialChildProtectionConference,
        new TimescaleObligation(string.Empty, new[] { ReviewConference }, Force.Should),
        PlanEnded,
        ClockCount.WorkingDays(10),
        ClockCount.WorkingDays(15));

    private static DeadlineEntry[] Run(Clock clock, string asOf, params CaseEvent[] events)
    {
        var rule = new TimescaleRule("DL-T", "test-rule", "A rule declared for a test", Force.Should, clock);
        var run = new ClockRun();
        run.Begin(WorkingDayCalendar.EnglandAndWales, Readings.Default, Array.Empty<(Edition, bool, NodaTime.LocalDate?)>(), CaseTimeline.Create(events), D(asOf), Array.Empty<CaseEventType>());
        clock.Evaluate(run, rule);
        return run.Entries.ToArray();
    }

    [Fact]
    public void A_first_review_due_past_the_calendar_after_a_conference_that_did_not_record_a_plan_gives_no_verdict()
    {
        var entry = Assert.Single(Run(WorkingDaySchedule.FirstReview, "2099-12-31", Ev(InitialChildProtectionConference, "2099-12-22")));
        Assert.Equal((DeadlineStatus.OutsideCalendar, 1, D("2099-12-22")), (entry.Status, entry.Occurrence, entry.StartDate!.Value));
        Assert.Empty(Run(WorkingDaySchedule.LaterReviews, "2099-12-31", Ev(InitialChildProtectionConference, "2099-12-22")));
    }

    [Fact]
    public void A_first_review_due_past_the_calendar_after_a_plan_gives_no_verdict_and_owes_no_later_review()
    {
        var events = new[] { Ev(InitialChildProtectionConference, "2099-12-22") with { PlanMade = true } };
        var entry = Assert.Single(Run(WorkingDaySchedule.FirstReview, "2099-12-31", events));
        Assert.Equal((DeadlineStatus.OutsideCalendar, 1, D("2099-12-22")), (entry.Status, entry.Occurrence, entry.StartDate!.Value));
        Assert.Empty(Run(WorkingDaySchedule.LaterReviews, "2099-12-31", events));
    }

    [Fact]
    public void A_later_review_due_past_the_calendar_gives_no_verdict_and_the_first_is_judged()
    {
        // From Tuesday 1 December 2099 the first review is due on 15 December; fifteen working days from the review of
        // Thursday 10 December runs past 31 December 2099.
        var events = new[] { Ev(InitialChildProtectionConference, "2099-12-01") with { PlanMade = true }, Ev(ReviewConference, "2099-12-10") };
        var first = Assert.Single(Run(WorkingDaySchedule.FirstReview, "2099-12-31", events));
        Assert.Equal((DeadlineStatus.Met, D("2099-12-15")), (first.Status, first.DueDate!.Value));
        var later = Assert.Single(Run(WorkingDaySchedule.LaterReviews, "2099-12-31", events));
        Assert.Equal((DeadlineStatus.OutsideCalendar, 2, D("2099-12-10")), (later.Status, later.Occurrence, later.StartDate!.Value));
    }
}
