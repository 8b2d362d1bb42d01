using System.Collections.Generic;
using NodaTime;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// The deadlines of one case timeline as of a date: each rule that applies, with its due date (or urgency), status,
/// lateness, force, breach handling and citations; and warnings about the timeline itself.
/// </summary>
public sealed class DeadlineReport
{
    private static readonly IReadOnlyList<TimelineWarning> NoWarnings = System.Array.AsReadOnly(System.Array.Empty<TimelineWarning>());

    internal DeadlineReport(LocalDate asOf, DeadlineEntry[] entries, TimelineWarning[]? warnings, int eventsAfterAsOf, IReadOnlyList<AppliedReading> readings, IReadOnlyList<Edition> editions, bool appliedBeforeCommencement)
    {
        AsOf = asOf;
        Entries = System.Array.AsReadOnly(entries);
        Warnings = warnings is null ? NoWarnings : System.Array.AsReadOnly(warnings);
        EventsAfterAsOf = eventsAfterAsOf;
        Readings = readings;
        Editions = editions;
        AppliedBeforeCommencement = appliedBeforeCommencement;
    }

    /// <summary>The date the report is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The deadlines, in rule id order, then obligation, then occurrence.</summary>
    public IReadOnlyList<DeadlineEntry> Entries { get; }

    /// <summary>Problems with the timeline (events in an impossible order); empty when none.</summary>
    public IReadOnlyList<TimelineWarning> Warnings { get; }

    /// <summary>The readings applied: every interpretation a timescale rule depends on, with the reading used and whether the caller chose it.</summary>
    public IReadOnlyList<AppliedReading> Readings { get; }

    /// <summary>The editions of the guidance applied (Working Together 2026).</summary>
    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>
    /// True when some clock started before the edition came into force and the caller chose to apply the edition anyway
    /// (reading clocks-before-commencement=apply-current-edition): the report says so rather than judging silently.
    /// </summary>
    public bool AppliedBeforeCommencement { get; }

    /// <summary>How many events were dated after <see cref="AsOf"/> and so left out.</summary>
    public int EventsAfterAsOf { get; }

    /// <summary>True when any deadline was missed: overdue, met late or breached (for CI: <c>--fail-on late</c>).</summary>
    public bool HasMissed
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Status is DeadlineStatus.Overdue or DeadlineStatus.MetLate or DeadlineStatus.Breached)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>True when any deadline is overdue: still owed and past its date (for CI: <c>--fail-on overdue</c>).</summary>
    public bool HasOverdue
    {
        get
        {
            foreach (var entry in Entries)
            {
                if (entry.Status == DeadlineStatus.Overdue)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
