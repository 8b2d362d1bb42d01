using System.Collections.Generic;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.DependencyInjection;

/// <summary>Options for <see cref="ServiceCollectionExtensions.AddSafeguardingRules"/>.</summary>
public sealed class SafeguardingRulesOptions
{
    /// <summary>Holidays to add to the England and Wales calendar (a proclamation made after this release, say).</summary>
    public IList<BankHoliday> AddedHolidays { get; } = new List<BankHoliday>();

    /// <summary>
    /// A published list of bank holidays, such as GOV.UK's (read it with <c>GovUkBankHolidays.Read</c> in the
    /// Safeguarding.Rules.Json package), authoritative for the years it covers (see
    /// <see cref="WorkingDayCalendar.WithPublishedHolidays"/>). Applied before <see cref="RemovedHolidays"/> and
    /// <see cref="AddedHolidays"/>.
    /// </summary>
    public IList<BankHoliday> PublishedHolidays { get; } = new List<BankHoliday>();

    /// <summary>Dates that are no longer bank holidays (the original date of a moved holiday, say).</summary>
    public IList<LocalDate> RemovedHolidays { get; } = new List<LocalDate>();

    /// <summary>
    /// The readings applied where the text admits several, chosen by interpretation id (every family: timescales,
    /// decisions, editions); the library's defaults unless set. Registered as a singleton and used by the registered
    /// <see cref="DeadlineEvaluator"/>.
    /// </summary>
    public Readings Readings { get; set; } = Readings.Default;

    /// <summary>Reads one interpretation another way, by ids; returns the options for chaining.</summary>
    /// <param name="interpretationId">The interpretation's id, such as <c>at-04-incident-awareness</c>.</param>
    /// <param name="readingId">The reading's id, such as <c>local-authority</c> (or a date for <c>wt2026-commencement</c>).</param>
    /// <returns>These options.</returns>
    /// <exception cref="System.ArgumentException">The interpretation or reading is unknown.</exception>
    public SafeguardingRulesOptions UseReading(string interpretationId, string readingId)
    {
        Readings = Readings.With(interpretationId, readingId);
        return this;
    }

    /// <summary>
    /// The timings a local area has set for the rules the text leaves to local arrangements (see
    /// <see cref="Timescales.LocalTimescales.LocallySetRules"/>); none unless set, so such rules get no due date.
    /// Registered as a singleton and used by the registered <see cref="DeadlineEvaluator"/>.
    /// </summary>
    public LocalTimescales LocalTimescales { get; set; } = LocalTimescales.None;

    /// <summary>Gives a locally set rule its local timing; returns the options for chaining.</summary>
    /// <param name="ruleId">The id of a locally set rule, such as <c>DL-70</c>.</param>
    /// <param name="amount">The number of units, from 1.</param>
    /// <param name="unit">Working days, calendar days or months.</param>
    /// <returns>These options.</returns>
    /// <exception cref="System.ArgumentException">The id names no locally set rule, or the amount or unit is out of range.</exception>
    public SafeguardingRulesOptions UseLocalTimescale(string ruleId, int amount, TimeUnit unit)
    {
        LocalTimescales = (LocalTimescales ?? LocalTimescales.None).With(ruleId, amount, unit);
        return this;
    }

    /// <summary>Adds a holiday; returns the options for chaining.</summary>
    /// <param name="holiday">The holiday.</param>
    /// <returns>These options.</returns>
    public SafeguardingRulesOptions AddHoliday(BankHoliday holiday)
    {
        AddedHolidays.Add(holiday);
        return this;
    }

    /// <summary>Uses a published list of bank holidays (GOV.UK's, say); returns the options for chaining.</summary>
    /// <param name="published">The holidays of the England and Wales division, authoritative for the years they cover.</param>
    /// <returns>These options.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="published"/> is null.</exception>
    public SafeguardingRulesOptions UsePublishedHolidays(IEnumerable<BankHoliday> published)
    {
        foreach (var holiday in published ?? throw new System.ArgumentNullException(nameof(published)))
        {
            PublishedHolidays.Add(holiday);
        }

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
        if (PublishedHolidays.Count > 0)
        {
            calendar = calendar.WithPublishedHolidays(PublishedHolidays);
        }

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
