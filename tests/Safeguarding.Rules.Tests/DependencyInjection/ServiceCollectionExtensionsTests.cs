using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.DependencyInjection;
using Xunit;

namespace Safeguarding.Rules.Tests.DependencyInjection;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void The_calendar_resolves_from_a_real_service_provider_as_a_singleton()
    {
        using var provider = new ServiceCollection().AddSafeguardingRules().BuildServiceProvider();
        var first = provider.GetRequiredService<WorkingDayCalendar>();
        Assert.Same(first, provider.GetRequiredService<WorkingDayCalendar>());
        Assert.Same(WorkingDayCalendar.EnglandAndWales, first);
    }

    [Fact]
    public void Options_add_and_remove_holidays_on_the_registered_calendar()
    {
        var extra = new LocalDate(2031, 6, 13);
        var removed = new LocalDate(2031, 5, 26);
        using var provider = new ServiceCollection()
            .AddSafeguardingRules(o => o.AddHoliday(new BankHoliday(extra, "Extra bank holiday", BankHolidayKind.OneOff)).RemoveHoliday(removed))
            .BuildServiceProvider();
        var calendar = provider.GetRequiredService<WorkingDayCalendar>();
        Assert.False(calendar.IsWorkingDay(extra));
        Assert.True(calendar.IsWorkingDay(removed));
        Assert.False(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(removed));
    }

    [Fact]
    public void Options_use_a_published_list_of_holidays_read_from_GOV_UK_format_and_its_years_are_confirmed()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "Json", "TestData", "govuk-bank-holidays-2029-2030.json");
        var published = Safeguarding.Rules.Json.Calendars.GovUkBankHolidays.ReadFile(path);
        using var provider = new ServiceCollection()
            .AddSafeguardingRules(o => o.UsePublishedHolidays(published).AddHoliday(new BankHoliday(new LocalDate(2030, 7, 1), "Extra bank holiday", BankHolidayKind.OneOff)))
            .BuildServiceProvider();
        var calendar = provider.GetRequiredService<WorkingDayCalendar>();
        Assert.False(calendar.IsWorkingDay(new LocalDate(2029, 6, 15)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2030, 5, 6)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2030, 7, 1)));
        Assert.Equal(2030, calendar.LastAnnouncedYear);
        var options = new SafeguardingRulesOptions().UsePublishedHolidays(published);
        Assert.Equal(published, options.PublishedHolidays);
        Assert.Throws<ArgumentNullException>(() => options.UsePublishedHolidays(null!));
    }

    [Fact]
    public void The_deadline_evaluator_resolves_on_the_registered_calendar_with_the_chosen_readings()
    {
        var extra = new LocalDate(2026, 12, 29);
        using var provider = new ServiceCollection()
            .AddSafeguardingRules(o =>
            {
                o.AddHoliday(new BankHoliday(extra, "Extra bank holiday", BankHolidayKind.OneOff));
                o.UseReading("at-04-incident-awareness", "local-authority").UseReading("s47-area-test", "area-test-on-every-limb");
            })
            .BuildServiceProvider();
        var evaluator = provider.GetRequiredService<Safeguarding.Rules.Timescales.DeadlineEvaluator>();
        Assert.Same(provider.GetRequiredService<WorkingDayCalendar>(), evaluator.Calendar);
        Assert.Equal("local-authority", evaluator.Readings.ReadingOf(Safeguarding.Rules.Timescales.TimescaleInterpretations.IncidentAwareness));
        Assert.Same(evaluator.Readings, provider.GetRequiredService<Safeguarding.Rules.Provenance.Readings>());
        Assert.Equal("area-test-on-every-limb", evaluator.Readings.ReadingOf(Safeguarding.Rules.Decisions.DecisionInterpretations.Section47AreaTest));
        Assert.Same(evaluator, provider.GetRequiredService<Safeguarding.Rules.Timescales.DeadlineEvaluator>());

        var timeline = Safeguarding.Rules.Timescales.CaseTimeline.Create(new Safeguarding.Rules.Timescales.CaseEvent(Safeguarding.Rules.Timescales.CaseEventType.ReferralReceived, new LocalDate(2026, 12, 24)));
        var decision = evaluator.Evaluate(timeline, new LocalDate(2026, 12, 24)).Entries[1];
        Assert.Equal(new LocalDate(2026, 12, 30), decision.DueDate);
    }

    [Fact]
    public void A_holiday_outside_the_range_fails_at_registration_not_on_first_use()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            services.AddSafeguardingRules(o => o.AddHoliday(new BankHoliday(new LocalDate(2100, 1, 1), "Too late", BankHolidayKind.OneOff))));
    }
}
