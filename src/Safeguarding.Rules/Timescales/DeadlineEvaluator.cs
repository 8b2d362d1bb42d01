using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// Evaluates a case timeline against every timescale rule as of a date, by interpreting each rule's
/// <see cref="Clock"/>: the evaluator knows clock shapes, never rules. Pure and thread-safe: one instance can serve
/// every thread. Events dated after the as-of date are left out, so a report never depends on what happens later
/// (except plans, such as a planned publication date, which are known now).
/// </summary>
public sealed class DeadlineEvaluator
{
    [ThreadStatic]
    private static ClockRun? scratch;

    private static readonly Lazy<DeadlineEvaluator> DefaultInstance = new(() => new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales));

    private readonly TimescaleRule[] timescales;
    private readonly UrgencyRule[] urgencies;
    private readonly IReadOnlyList<CaseEventType> plans;
    private readonly IReadOnlyList<AppliedReading> applied;
    private readonly IReadOnlyList<Edition> editions;
    private readonly bool applyBeforeCommencement;
    private readonly (Edition Edition, bool Applies, LocalDate? From)[] editionStarts;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="readings">The readings to apply where the text admits several; null for the defaults.</param>
    /// <param name="localTimescales">
    /// The timings a local area has set for the rules the text leaves to local arrangements; null for none, so that
    /// such rules get no due date.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public DeadlineEvaluator(WorkingDayCalendar calendar, Readings? readings = null, LocalTimescales? localTimescales = null)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        LocalTimescales = localTimescales ?? LocalTimescales.None;
        Readings = readings ?? Readings.Default;
        plans = TimescaleCatalog.Timescales.Select(r => r.Clock).OfType<BeforePublicationClock>().Select(c => c.Planned).Distinct().ToArray();
        applied = Readings.Applied(
            EditionInterpretations.All.Concat(TimescaleCatalog.Timescales.SelectMany(r => r.Interpretations)).Concat(TimescaleCatalog.Urgencies.SelectMany(r => r.Interpretations)));
        editions = Array.AsReadOnly(TimescaleCatalog.Timescales.Select(r => r.Edition).Distinct().ToArray());
        applyBeforeCommencement = Readings.Uses(EditionInterpretations.ClocksBeforeCommencement, EditionInterpretations.ApplyCurrentEdition);
        editionStarts = Edition.All.Where(e => e.EverInForce).Select(e => (e, applyBeforeCommencement, e.InForceFrom(Readings))).ToArray();
        timescales = TimescaleCatalog.Timescales.ToArray();
        urgencies = TimescaleCatalog.Urgencies.Where(r => r.IsEvaluated).ToArray();
    }

    private DeadlineEvaluator(DeadlineEvaluator all, TimescaleRule[] timescales, UrgencyRule[] urgencies)
    {
        Calendar = all.Calendar;
        Readings = all.Readings;
        LocalTimescales = all.LocalTimescales;
        plans = all.plans;
        applied = all.applied;
        editions = all.editions;
        applyBeforeCommencement = all.applyBeforeCommencement;
        editionStarts = all.editionStarts;
        this.timescales = timescales;
        this.urgencies = urgencies;
    }

    /// <summary>
    /// An evaluator that evaluates only some rules (a census, say, which can show only a few): the same entries for
    /// those rules as this evaluator gives, and no others; faster when many timelines are evaluated.
    /// </summary>
    /// <param name="ruleIds">The ids of timescale or urgency rules, such as DL-03.</param>
    /// <returns>The restricted evaluator, on the same calendar and readings.</returns>
    /// <exception cref="ArgumentException">An id names no evaluated timescale or urgency rule.</exception>
    public DeadlineEvaluator ForRules(params string[] ruleIds)
    {
        if (ruleIds is null)
        {
            throw new ArgumentNullException(nameof(ruleIds));
        }

        foreach (var id in ruleIds)
        {
            if (!timescales.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal)) && !urgencies.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal)))
            {
                throw new ArgumentException($"no evaluated timescale or urgency rule '{id}'.", nameof(ruleIds));
            }
        }

        return new DeadlineEvaluator(
            this,
            timescales.Where(r => ruleIds.Contains(r.Id, StringComparer.Ordinal)).ToArray(),
            urgencies.Where(r => ruleIds.Contains(r.Id, StringComparer.Ordinal)).ToArray());
    }

    /// <summary>An evaluator on the England and Wales calendar with the default readings.</summary>
    public static DeadlineEvaluator Default => DefaultInstance.Value;

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The readings applied.</summary>
    public Readings Readings { get; }

    /// <summary>The timings set locally for the rules the text leaves to local arrangements.</summary>
    public LocalTimescales LocalTimescales { get; }

    /// <summary>Evaluates a timeline against every timescale and evaluable urgency rule.</summary>
    /// <param name="timeline">The case timeline.</param>
    /// <param name="asOf">The date to evaluate as of (events after it are left out).</param>
    /// <returns>The report. A due date outside the working-day calendar's range is an entry of its own (<see cref="DeadlineStatus.OutsideCalendar"/>), not an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asOf"/> is outside the working-day calendar's range.</exception>
    public DeadlineReport Evaluate(CaseTimeline timeline, LocalDate asOf)
    {
        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        if (!WorkingDayCalendar.IsSupported(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), $"The as-of date must lie in the working-day calendar's range, {WorkingDayCalendar.MinSupportedDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxSupportedDate:yyyy-MM-dd}.");
        }

        var run = scratch ??= new ClockRun();
        run.Begin(Calendar, Readings, editionStarts, timeline, asOf, plans, LocalTimescales);
        try
        {
            foreach (var rule in timescales)
            {
                rule.Clock.Evaluate(run, rule);
            }

            foreach (var rule in urgencies)
            {
                Urgency(run, rule);
            }

            bool before = applyBeforeCommencement && BeforeCommencement(run.Entries);
            return new DeadlineReport(asOf, run.Entries.ToArray(), run.Warnings?.ToArray(), timeline.Events.Count - run.Visible, applied, editions, before);
        }
        finally
        {
            run.End();
        }
    }

    /// <summary>
    /// Evaluates a timeline as of today, as an injected clock tells it, in England (Europe/London). Pass a
    /// <c>FakeClock</c> in tests; the library never reads the system clock itself.
    /// </summary>
    /// <param name="timeline">The case timeline.</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The report, as of today's date in England.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DeadlineReport Evaluate(CaseTimeline timeline, IClock clock)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        return Evaluate(timeline, clock.GetCurrentInstant().InZone(England).Date);
    }

    private static DateTimeZone England => DateTimeZoneProviders.Tzdb["Europe/London"];

    private bool BeforeCommencement(List<DeadlineEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.StartDate is { } start && entry.Rule.Edition.InForceFrom(Readings) is { } from && start < from)
            {
                return true;
            }
        }

        return false;
    }

    // An urgency rule carries no number: each trigger is done once its action is recorded, pending until then.
    private static void Urgency(ClockRun run, UrgencyRule rule)
    {
        var events = run.Events;
        var ends = run.Forward(rule.EndSet);
        int searchFrom = 0;
        int occurrence = 0;
        for (int i = 0; i < run.Visible; i++)
        {
            if (!rule.StartSet[(int)events[i].Type])
            {
                continue;
            }

            var start = events[i].Date;
            int endIndex = ends.Next(Math.Max(searchFrom, i));
            occurrence++;
            if (endIndex >= 0)
            {
                searchFrom = endIndex + 1;
                var end = events[endIndex].Date;
                run.Add(rule, 0, occurrence, DeadlineStatus.Done, start, default, end, Period.DaysBetween(start, end), null, null);
            }
            else
            {
                run.Add(rule, 0, occurrence, DeadlineStatus.Pending, start, default, default, Period.DaysBetween(start, run.AsOf), null, null);
            }
        }
    }
}
