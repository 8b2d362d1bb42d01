using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Json.Documents;

/// <summary>A deadline report (what <c>deadlines --format json</c> prints; schema <c>docs/rules/deadline-report.schema.json</c>).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="AsOf">The date the report is as of.</param>
/// <param name="AppliedEditions">The ids of the editions whose rules were applied.</param>
/// <param name="AppliedBeforeCommencement">True when the caller chose to apply the current edition to clocks that started before it came into force.</param>
/// <param name="Readings">Every reading the report depends on.</param>
/// <param name="EventsAfterAsOf">Events dated after the as-of date, left out.</param>
/// <param name="HasOverdue">True when any deadline is overdue.</param>
/// <param name="HasMissed">True when any deadline is overdue, met late or breached.</param>
/// <param name="Deadlines">One entry per rule, obligation and occurrence.</param>
/// <param name="Warnings">Warnings about the timeline.</param>
public sealed record DeadlineReportDocument(
    string SchemaVersion,
    LocalDate AsOf,
    IReadOnlyList<string> AppliedEditions,
    bool AppliedBeforeCommencement,
    IReadOnlyList<ReadingDocument> Readings,
    int EventsAfterAsOf,
    bool HasOverdue,
    bool HasMissed,
    IReadOnlyList<DeadlineDocument> Deadlines,
    IReadOnlyList<TimelineWarningDocument> Warnings)
{
    /// <summary>Maps a deadline report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    public static DeadlineReportDocument From(DeadlineReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        return new(
            SafeguardingJson.SchemaVersion,
            report.AsOf,
            report.Editions.Select(e => e.Id).ToArray(),
            report.AppliedBeforeCommencement,
            ReadingDocument.All(report.Readings),
            report.EventsAfterAsOf,
            report.HasOverdue,
            report.HasMissed,
            report.Entries.Select(DeadlineDocument.From).ToArray(),
            report.Warnings.Select(w => new TimelineWarningDocument(w.Position, w.EventType?.Name(), w.Message)).ToArray());
    }
}

/// <summary>One deadline: the rule by id and title, its status, dates and citations.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Obligation">The obligation's label when the rule has several, or null.</param>
/// <param name="Occurrence">1 for the first clock of this rule, 2 for the second, and so on.</param>
/// <param name="Status">The status (kebab-case, such as <c>met-late</c>).</param>
/// <param name="Force">The obligation's force.</param>
/// <param name="Start">The day the clock started, or null.</param>
/// <param name="Due">The due date, or null (an urgency word gives none).</param>
/// <param name="Urgency">The urgency wording when the rule gives no number, or null.</param>
/// <param name="Done">The day the clock stopped, or null.</param>
/// <param name="Days">Days late, left, to run or so far, as the status says.</param>
/// <param name="DaysUnit">The unit of <paramref name="Days"/> (<c>working-days</c> or <c>calendar-days</c>).</param>
/// <param name="MissingFacts">Facts that would settle an undetermined deadline, or null.</param>
/// <param name="BreachHandling">What the text says to do when the deadline is missed, or null.</param>
/// <param name="Note">A note on this entry, or null.</param>
/// <param name="Citations">The rule's citations.</param>
/// <param name="ProvisionalHolidays">
/// The provisional bank holidays (generated from the standing rules, not yet announced) that the due date was counted
/// across, or null when it depends on none: such a due date moves if the holiday does.
/// </param>
/// <param name="LocallySet">True when the text leaves this timing to local arrangements (the citations are the text that delegates it).</param>
/// <param name="LocalTimescale">For a locally set timing, the local timescale the due date was counted with, or null when none was given (then there is no due date).</param>
public sealed record DeadlineDocument(
    string RuleId,
    string Title,
    string? Obligation,
    int Occurrence,
    DeadlineStatus Status,
    Force Force,
    LocalDate? Start,
    LocalDate? Due,
    string? Urgency,
    LocalDate? Done,
    int Days,
    TimeUnit DaysUnit,
    IReadOnlyList<string>? MissingFacts,
    string? BreachHandling,
    string? Note,
    IReadOnlyList<CitationDocument> Citations,
    IReadOnlyList<LocalDate>? ProvisionalHolidays,
    bool LocallySet,
    LocalTimescaleDocument? LocalTimescale)
{
    /// <summary>Maps one entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>The document.</returns>
    public static DeadlineDocument From(DeadlineEntry entry) => new(
        entry.RuleId,
        entry.Title,
        entry.Obligation.Length > 0 ? entry.Obligation : null,
        entry.Occurrence,
        entry.Status,
        entry.Force,
        entry.StartDate,
        entry.DueDate,
        entry.Rule is UrgencyRule u ? u.UrgencyWording : null,
        entry.EndDate,
        entry.Days,
        entry.DaysUnit,
        entry.MissingFacts.Count > 0 ? entry.MissingFacts.Select(f => f.Name).ToArray() : null,
        entry.BreachHandling,
        entry.Note,
        CitationDocument.All(entry.Citations, entry.Force),
        entry.DependsOnProvisionalHoliday ? entry.ProvisionalHolidays.ToArray() : null,
        entry.IsLocallySet,
        entry.LocalTimescale is { } local ? new LocalTimescaleDocument(local.Amount, local.Unit) : null);
}

/// <summary>A timing set locally for a rule the text leaves to local arrangements.</summary>
/// <param name="Amount">The number of units.</param>
/// <param name="Unit">The unit (<c>working-days</c>, <c>calendar-days</c> or <c>months</c>).</param>
public sealed record LocalTimescaleDocument(int Amount, TimeUnit Unit);

/// <summary>A warning about the timeline.</summary>
/// <param name="Position">The event's position in the case file (1-based), or null for the whole timeline.</param>
/// <param name="EventType">The event's type, or null.</param>
/// <param name="Message">The warning.</param>
public sealed record TimelineWarningDocument(int? Position, string? EventType, string Message);
