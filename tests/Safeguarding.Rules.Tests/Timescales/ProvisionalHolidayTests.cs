using System.Linq;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>
/// A due date counted across a bank holiday the government has not yet announced (one the calendar generates from the
/// standing rules) says so, and names the holidays, so a reader knows it may still move.
/// </summary>
public class ProvisionalHolidayTests
{
    [Fact]
    public void A_working_day_due_date_counted_across_a_provisional_christmas_names_the_provisional_holidays()
    {
        // Monday 24 December 2029, after the last announced year: the next working day is Thursday 27 December.
        var entry = Report("2029-12-24", Ev(ReferralReceived, "2029-12-24")).Entry("DL-01");
        Assert.Equal(D("2029-12-27"), entry.DueDate);
        Assert.True(entry.DependsOnProvisionalHoliday);
        Assert.Equal(new[] { D("2029-12-25"), D("2029-12-26") }, entry.ProvisionalHolidays);
    }

    [Fact]
    public void A_due_date_in_an_announced_year_or_counted_in_calendar_days_depends_on_no_provisional_holiday()
    {
        var announced = Report("2026-12-24", Ev(ReferralReceived, "2026-12-24")).Entry("DL-01");
        Assert.False(announced.DependsOnProvisionalHoliday);
        Assert.Empty(announced.ProvisionalHolidays);

        var report = Report("2029-12-24", Ev(ReferralReceived, "2029-12-24"), new CaseEvent(InitialChildProtectionConference, D("2029-12-20")) { PlanMade = true });
        Assert.All(report.Entries.Where(e => e.Rule is TimescaleRule { Unit: not TimeUnit.WorkingDays }), e => Assert.False(e.DependsOnProvisionalHoliday));
        Assert.All(report.Entries.Where(e => e.DueDate is null), e => Assert.Empty(e.ProvisionalHolidays));
    }

    [Fact]
    public void Once_the_year_is_published_the_same_due_date_depends_on_nothing_provisional()
    {
        var published = WorkingDayCalendar.EnglandAndWales.WithPublishedHolidays(EnglandAndWalesBankHolidays.StandingRules(2029).Concat(EnglandAndWalesBankHolidays.StandingRules(2030)));
        var timeline = CaseTimeline.Create(Ev(ReferralReceived, "2029-12-24"));
        var entry = new DeadlineEvaluator(published).Evaluate(timeline, D("2029-12-24")).Entry("DL-01");
        Assert.Equal(D("2029-12-27"), entry.DueDate);
        Assert.False(entry.DependsOnProvisionalHoliday);
    }

    [Fact]
    public void A_count_back_from_a_planned_publication_names_the_provisional_holidays_it_crossed()
    {
        // Planned for Friday 4 January 2030: counted back across New Year's Day and Christmas 2029.
        var report = Report("2029-12-01", Ev(LcsprPublicationPlanned, "2030-01-04"));
        var entry = report.For("DL-16").First();
        Assert.True(entry.DependsOnProvisionalHoliday);
        Assert.All(entry.ProvisionalHolidays, d => Assert.InRange(d, entry.DueDate!.Value, D("2030-01-04")));
        Assert.Contains(D("2030-01-01"), entry.ProvisionalHolidays);
    }

    [Fact]
    public void Entries_differing_only_in_their_provisional_holidays_are_not_equal()
    {
        var rule = TimescaleCatalog.Get("DL-01");
        var plain = new DeadlineEntry(rule, 0, 1, DeadlineStatus.Due, D("2029-12-24"), D("2029-12-27"), default, 1, null, null);
        var marked = new DeadlineEntry(rule, 0, 1, DeadlineStatus.Due, D("2029-12-24"), D("2029-12-27"), default, 1, null, null, new[] { D("2029-12-25") });
        Assert.NotEqual(plain, marked);
        Assert.Equal(plain, new DeadlineEntry(rule, 0, 1, DeadlineStatus.Due, D("2029-12-24"), D("2029-12-27"), default, 1, null, null, System.Array.Empty<NodaTime.LocalDate>()));
    }
}
