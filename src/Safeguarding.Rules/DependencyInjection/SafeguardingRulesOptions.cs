using System.Collections.Generic;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.DependencyInjection;

/// <summary>Options for <see cref="ServiceCollectionExtensions.AddSafeguardingRules"/>.</summary>
public sealed class SafeguardingRulesOptions
{
    /// <summary>Holidays to add to the England and Wales calendar (a proclamation made after this release, say).</summary>
    public IList<BankHoliday> AddedHolidays { get; } = new List<BankHoliday>();

    /// <summary>Dates that are no longer bank holidays (the original date of a moved holiday, say).</summary>
    public IList<LocalDate> RemovedHolidays { get; } = new List<LocalDate>();

    /// <summary>
    /// The readings the registered <see cref="DeadlineEvaluator"/> applies where the text admits several
    /// (AT-04, AT-06, AT-10, AT-11); the library's defaults unless set.
    /// </summary>
    public TimescaleOptions Timescales { get; set; } = TimescaleOptions.Default;

    /// <summary>Adds a holiday; returns the options for chaining.</summary>
    /// <param name="holiday">The holiday.</param>
    /// <returns>These options.</returns>
    public SafeguardingRulesOptions AddHoliday(BankHoliday holiday)
    {
        AddedHolidays.Add(holiday);
        return this;
    }

    /// <summary>Removes a holiday; returns the options for chaining.</summary>
    /// <param name="date">The date that is no longer a bank holiday.</param>
    /// <returns>These options.</returns>
    public SafeguardingRulesOptions RemoveHoliday(LocalDate date)
    {
        RemovedHolidays.Add(date);
        return this;
    }

    internal WorkingDayCalendar BuildCalendar()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        if (RemovedHolidays.Count > 0)
        {
            calendar = calendar.WithoutHolidays(RemovedHolidays);
        }

        if (AddedHolidays.Count > 0)
        {
            calendar = calendar.WithHolidays(AddedHolidays);
        }

        return calendar;
    }
}
