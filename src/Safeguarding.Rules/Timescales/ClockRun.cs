using System;
using System.Collections.Generic;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// One evaluation of a timeline: the events visible as of the date, the entries so far and the warnings, and the
/// operations every clock shape is written in (find the next event of a set, add an entry against a due date).
/// Names no rule and no event type of its own.
/// </summary>
internal sealed class ClockRun
{
    private readonly bool[] present = new bool[EventSet.Size];
    private readonly List<LocalDate> windows = new();
    private CaseTimeline timeline = CaseTimeline.Empty;
    private bool nextWorkingDayIsDayZero;
    private bool eventDayCounts;
    private bool overflowMonths;
    private IReadOnlyList<(Edition Edition, bool Applies, LocalDate? From)> editions = Array.Empty<(Edition, bool, LocalDate?)>();
    private Dictionary<(int Position, string Message), bool>? warned;

    /// <summary>Starts an evaluation; a run is reused by its thread, one evaluation at a time.</summary>
    public void Begin(WorkingDayCalendar calendar, Readings readings, IReadOnlyList<(Edition Edition, bool Applies, LocalDate? From)> editionStarts, CaseTimeline timeline, LocalDate asOf, IReadOnlyList<CaseEventType> alwaysKnown, LocalTimescales? locals = null)
    {
        Calendar = calendar;
        Locals = locals ?? LocalTimescales.None;
        Readings = readings;
        editions = editionStarts;
        this.timeline = timeline;
        Events = timeline.EventArray;
        AsOf = asOf;
        Entries.Clear();
        Warnings = null;
        warned = null;
        nextWorkingDayIsDayZero = readings.Uses(TimescaleInterpretations.NonWorkingDayStart, "next-working-day-is-day-zero");
        eventDayCounts = readings.Uses(CountingConventions.WithinWorkingDays, "event-day-counts");
        overflowMonths = readings.Uses(CountingConventions.WithinMonths, "overflow-to-next-month");
        Array.Clear(present, 0, present.Length);
        int visible = 0;
        while (visible < Events.Length && Events[visible].Date <= asOf)
        {
            present[(int)Events[visible].Type] = true;
            visible++;
        }

        // Events that are plans (a planned publication date) are known now, whatever date they name.
        for (int i = visible; i < Events.Length; i++)
        {
            for (int k = 0; k < alwaysKnown.Count; k++)
            {
                if (Events[i].Type == alwaysKnown[k])
                {
                    present[(int)Events[i].Type] = true;
                }
            }
        }

        Visible = visible;
    }

    /// <summary>Ends an evaluation, letting go of the timeline.</summary>
    public void End()
    {
        Entries.Clear();
        Warnings = null;
        warned = null;
        timeline = CaseTimeline.Empty;
        Events = Array.Empty<CaseEvent>();
        Locals = LocalTimescales.None;
    }

    /// <summary>The caller's timings for the rules the text leaves to local arrangements.</summary>
    public LocalTimescales Locals { get; private set; } = LocalTimescales.None;

    /// <summary>
    /// The count a rule's clock runs with: its own, or for a locally set count the caller's local timing; false when
    /// the count is locally set and no local timing was given (looked up by the rule's id, as data: no rule is named).
    /// </summary>
    public bool TryCount(TimescaleRule rule, ClockCount count, out ClockCount resolved)
    {
        if (!count.IsLocallySet)
        {
            resolved = count;
            return true;
        }

        var local = Locals.Find(rule.Id);
        resolved = local?.Count ?? count;
        return local is not null;
    }

    /// <summary>An entry for a locally set timing the caller did not give: no due date, no verdict.</summary>
    public void LocalTimescaleNotGiven(TimescaleRule rule, int obligation, int occurrence, LocalDate start, LocalDate end) =>
        Add(rule, obligation, occurrence, DeadlineStatus.LocalTimescaleNotGiven, start, default, end, 0, null,
            "The guidance leaves this timing to local arrangements and no local timescale was given: no due date is set.");

    public WorkingDayCalendar Calendar { get; private set; } = WorkingDayCalendar.EnglandAndWales;

    public Readings Readings { get; private set; } = Readings.Default;

    public CaseEvent[] Events { get; private set; } = Array.Empty<CaseEvent>();

    public LocalDate AsOf { get; private set; }

    public int Visible { get; private set; }

    public List<DeadlineEntry> Entries { get; } = new(32);

    public List<TimelineWarning>? Warnings { get; private set; }

    public bool IsPresent(CaseEventType type) => present[(int)type];

    // The first visible event in the set at or after index `from` and dated on or after `notBefore`; -1 when none.
    public int FirstFrom(bool[] set, int from, LocalDate notBefore)
    {
        for (int i = from; i < Visible; i++)
        {
            if (set[(int)Events[i].Type] && Events[i].Date >= notBefore)
            {
                return i;
            }
        }

        return -1;
    }

    // The first visible event of a type at or after index `from` and dated on or after `notBefore`; -1 when none.
    public int FirstFrom(CaseEventType type, int from, LocalDate notBefore) => FirstBefore(type, from, notBefore, Visible);

    // The first event of a type at an index in [from, limit) and dated on or after `notBefore`; -1 when none. Bounding
    // the search by the episode it belongs to keeps a timeline of many episodes linear.
    public int FirstBefore(CaseEventType type, int from, LocalDate notBefore, int limit)
    {
        for (int i = from; i < limit; i++)
        {
            if (Events[i].Type == type && Events[i].Date >= notBefore)
            {
                return i;
            }
        }

        return -1;
    }

    // The first visible event in the set at or after index `from`, dated before `to` (open when default); -1 when none.
    // Events are in date order, so the search stops at the first event dated `to` or later.
    public int FirstFromBefore(bool[] set, int from, LocalDate to)
    {
        for (int i = from; i < Visible && (to == default || Events[i].Date < to); i++)
        {
            if (set[(int)Events[i].Type])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A search forward through the visible events of a set, for a sequence of searches whose starting index never
    /// decreases (each start of a clock looking for its end): together they look at each event once.
    /// </summary>
    public Scan Forward(bool[] set) => new(this, set);

    // The first event of a type dated in [from, to) (open ends when default), among the first `limit` events. Events are
    // in date order: the search starts at the first event dated `from` or later (found by halving) and stops at `to`.
    public int FirstInWindow(CaseEventType type, LocalDate from, LocalDate to, int limit)
    {
        for (int i = from == default ? 0 : FirstOnOrAfter(from); i < limit && (to == default || Events[i].Date < to); i++)
        {
            if (Events[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }

    // The index of the first event dated on or after a date (the number of events when none).
    private int FirstOnOrAfter(LocalDate date)
    {
        int low = 0, high = Events.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (Events[middle].Date < date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // A planned date in the window. Plans are known now, whatever date they name, so every event is searched.
    // Two different planned dates cannot both be current: the earliest is used (the safer deadline) and a warning says so.
    public int PlannedInWindow(CaseEventType type, LocalDate from, LocalDate to)
    {
        int first = FirstInWindow(type, from, to, Events.Length);
        if (first < 0)
        {
            return -1;
        }

        for (int i = first + 1; i < Events.Length && (to == default || Events[i].Date < to); i++)
        {
            if (Events[i].Type == type && Events[i].Date != Events[first].Date)
            {
                Warn(i, $"more than one planned publication date ({type.Name()}); the earliest is used: record only the current plan");
                break;
            }
        }

        return first;
    }

    // The reviews a timeline holds: events are attributed to the latest decision to initiate a review on or before
    // them (events before the first decision belong to the first review), or all to one review when no decision is
    // recorded. Window k runs from WindowStart(k) (default: open) up to WindowStart(k + 1).
    public List<LocalDate> Windows(CaseEventType decision)
    {
        var starts = windows;
        starts.Clear();
        starts.Add(default);
        var last = default(LocalDate);
        bool any = false;
        for (int i = 0; i < Visible; i++)
        {
            if (Events[i].Type == decision && (!any || Events[i].Date > last))
            {
                if (any)
                {
                    starts.Add(Events[i].Date);
                }

                any = true;
                last = Events[i].Date;
            }
        }

        return starts;
    }

    /// <summary>The due date of a count from a start; false when it falls outside the working-day calendar.</summary>
    public bool TryDue(ClockCount count, LocalDate start, out LocalDate due)
    {
        if (count.IsLocallySet)
        {
            throw new InvalidOperationException("a locally set count has no due date until TryCount resolves it");
        }

        switch (count.Unit)
        {
            case TimeUnit.WorkingDays:
                int amount = count.Direction == ClockDirection.Backward ? -count.Amount : count.Amount;
                var from = start;
                if (eventDayCounts && count.Direction == ClockDirection.Forward && amount > 0 && WorkingDayCalendar.IsSupported(from) && Calendar.IsWorkingDay(from))
                {
                    // Reading within-n-working-days=event-day-counts: a working day of the event is day 1.
                    amount--;
                }

                if (!WorkingDayCalendar.IsSupported(from)
                    || (nextWorkingDayIsDayZero && count.Direction == ClockDirection.Forward && !Calendar.IsWorkingDay(from) && !Calendar.TryAddWorkingDays(from, 1, out from))
                    || !Calendar.TryAddWorkingDays(from, amount, out due))
                {
                    due = default;
                    return false;
                }

                return true;
            case TimeUnit.CalendarDays:
                due = start.PlusDays(count.Amount);
                return true;
            case TimeUnit.Months:
                due = start.PlusMonths(count.Amount);
                if (overflowMonths && due.Day < start.Day)
                {
                    // Reading within-n-months=overflow-to-next-month: the missing days roll into the next month.
                    due = due.PlusDays(start.Day - due.Day);
                }

                return true;
            case TimeUnit.Years:
                due = start.PlusYears(count.Amount);
                return true;
            default:
                var candidate = new LocalDate(start.Year, count.Month, count.Day);
                due = candidate >= start ? candidate : candidate.PlusYears(1);
                return true;
        }
    }

    /// <summary>Adds an entry against a due date: met, met late, due or overdue.</summary>
    public void AddForward(TimescaleRule rule, ClockCount count, int obligation, int occurrence, LocalDate start, int endIndex, string? note = null)
    {
        if (!TryCount(rule, count, out count))
        {
            LocalTimescaleNotGiven(rule, obligation, occurrence, start, endIndex >= 0 ? Events[endIndex].Date : default);
            return;
        }

        if (!TryDue(count, start, out var due))
        {
            OutsideCalendar(rule, obligation, occurrence, start, endIndex >= 0 ? Events[endIndex].Date : default);
            return;
        }

        AddAgainst(rule, count, obligation, occurrence, start, due, endIndex, note);
    }

    /// <summary>Adds an entry against a known due date.</summary>
    public void AddAgainst(TimescaleRule rule, ClockCount count, int obligation, int occurrence, LocalDate start, LocalDate due, int endIndex, string? note = null)
    {
        if (endIndex >= 0)
        {
            var end = Events[endIndex].Date;
            if (end <= due)
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Met, start, due, end, 0, null, note);
            }
            else
            {
                Add(rule, obligation, occurrence, DeadlineStatus.MetLate, start, due, end, Late(count, due, end), null, note);
            }
        }
        else if (AsOf <= due)
        {
            Add(rule, obligation, occurrence, DeadlineStatus.Due, start, due, default, Remaining(count, due), null, note);
        }
        else
        {
            Add(rule, obligation, occurrence, DeadlineStatus.Overdue, start, due, default, Late(count, due, AsOf), null, note);
        }
    }

    /// <summary>A clock whose start is known only to lie between two dates: settles the status when every start agrees.</summary>
    public void AddBounded(TimescaleRule rule, ClockCount count, int obligation, int occurrence, LocalDate earliestStart, LocalDate latestStart, int endIndex, FactDefinition[] missing)
    {
        if (earliestStart == latestStart)
        {
            AddForward(rule, count, obligation, occurrence, earliestStart, endIndex);
            return;
        }

        if (!TryDue(count, earliestStart, out var earliestDue) || !TryDue(count, latestStart, out var latestDue))
        {
            OutsideCalendar(rule, obligation, occurrence, earliestStart, endIndex >= 0 ? Events[endIndex].Date : default);
            return;
        }

        string note = $"The start is not recorded: it lies between {earliestStart:yyyy-MM-dd} and {latestStart:yyyy-MM-dd}, so the due date lies between {earliestDue:yyyy-MM-dd} and {latestDue:yyyy-MM-dd}.";
        if (endIndex >= 0)
        {
            var end = Events[endIndex].Date;
            if (end <= earliestDue)
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Met, earliestStart, earliestDue, end, 0, null, note);
            }
            else if (end > latestDue)
            {
                Add(rule, obligation, occurrence, DeadlineStatus.MetLate, latestStart, latestDue, end, Late(count, latestDue, end), null, note);
            }
            else
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Undetermined, earliestStart, earliestDue, end, 0, missing, note);
            }
        }
        else if (AsOf <= earliestDue)
        {
            Add(rule, obligation, occurrence, DeadlineStatus.Due, earliestStart, earliestDue, default, Remaining(count, earliestDue), null, note);
        }
        else if (AsOf > latestDue)
        {
            Add(rule, obligation, occurrence, DeadlineStatus.Overdue, latestStart, latestDue, default, Late(count, latestDue, AsOf), null, note);
        }
        else
        {
            Add(rule, obligation, occurrence, DeadlineStatus.Undetermined, earliestStart, earliestDue, default, 0, missing, note);
        }
    }

    /// <summary>Reports every obligation of a rule as not started, when the timeline shows the rule's process at all.</summary>
    public void NotStarted(TimescaleRule rule)
    {
        var process = rule.Clock.Process;
        if (process is null)
        {
            return;
        }

        bool shown = false;
        for (int i = 0; i < process.Events.Count && !shown; i++)
        {
            shown = present[(int)process.Events[i]];
        }

        if (!shown)
        {
            return;
        }

        for (int o = 0; o < rule.Obligations.Count; o++)
        {
            Add(rule, o, 0, DeadlineStatus.NotStarted, default, default, default, 0, null, null);
        }
    }

    /// <summary>An entry whose due date falls outside the working-day calendar's range: reported, not thrown.</summary>
    public void OutsideCalendar(IRule rule, int obligation, int occurrence, LocalDate start, LocalDate end) =>
        Add(rule, obligation, occurrence, DeadlineStatus.OutsideCalendar, start, default, end, 0, null,
            $"The due date falls outside the working-day calendar, which covers {WorkingDayCalendar.MinSupportedDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxSupportedDate:yyyy-MM-dd}: no verdict is given.");

    /// <summary>Adds an entry, unless its rule's edition was not in force when its clock started (then that is the entry).</summary>
    public void Add(IRule rule, int obligation, int occurrence, DeadlineStatus status, LocalDate start, LocalDate due, LocalDate end, int days, FactDefinition[]? missing, string? note)
    {
        if (start != default && status != DeadlineStatus.NotStarted && !Applies(rule.Edition, start))
        {
            Entries.Add(new DeadlineEntry(rule, obligation, occurrence, DeadlineStatus.EditionNotInForce, start, default, end, 0, null, rule.Edition.NotInForceNote(start, Readings)));
            return;
        }

        var local = rule is TimescaleRule { Clock.Count.IsLocallySet: true } ? Locals.Find(rule.Id) : null;
        Entries.Add(new DeadlineEntry(rule, obligation, occurrence, status, start, due, end, days, missing, note, ProvisionalCrossed(rule, local, start, due), local));
    }

    // The provisional holidays a working-day count from the start to the due date crossed (either way); null when none.
    private IReadOnlyList<LocalDate>? ProvisionalCrossed(IRule rule, LocalTimescale? local, LocalDate start, LocalDate due)
    {
        var unit = local?.Unit ?? (rule is TimescaleRule { Clock.Count.IsLocallySet: false } timescale ? timescale.Unit : null);
        if (start == default || due == default || unit != TimeUnit.WorkingDays)
        {
            return null;
        }

        var dates = Calendar.ProvisionalHolidaysBetween(start, due);
        return dates.Count > 0 ? dates : null;
    }

    // Whether a rule's edition applies to a clock started on a date: looked up in the evaluator's table, else asked.
    private bool Applies(Edition edition, LocalDate start)
    {
        for (int i = 0; i < editions.Count; i++)
        {
            if (ReferenceEquals(editions[i].Edition, edition))
            {
                return editions[i].Applies || editions[i].From is not { } from || start >= from;
            }
        }

        return edition.AppliesOn(start, Readings);
    }

    public int Late(ClockCount count, LocalDate due, LocalDate end) =>
        count.Unit == TimeUnit.WorkingDays ? Calendar.WorkingDaysBetween(due, end) : Period.DaysBetween(due, end);

    public int Remaining(ClockCount count, LocalDate due) =>
        count.Unit == TimeUnit.WorkingDays ? Calendar.WorkingDaysBetween(AsOf, due) : Period.DaysBetween(AsOf, due);

    /// <summary>Warns about each end event with no start event on or before its date.</summary>
    public void WarnUnmatchedEnds(TimescaleRule rule, bool[] startSet, bool[] endSet)
    {
        int firstStart = -1;
        for (int i = 0; i < Visible; i++)
        {
            if (startSet[(int)Events[i].Type])
            {
                firstStart = i;
                break;
            }
        }

        for (int i = 0; i < Visible; i++)
        {
            if (!endSet[(int)Events[i].Type])
            {
                continue;
            }

            // Events are in date order: a start on or before this end's date exists when the first start is dated no later.
            if (firstStart < 0 || Events[firstStart].Date > Events[i].Date)
            {
                Warn(i, $"{Events[i].Type.Name()} with no earlier {rule.StartEvents[0].Name()} ({rule.Id})");
            }
        }
    }

    public void Warn(int index, string message)
    {
        Warnings ??= new List<TimelineWarning>();
        int position = timeline.InputPosition(index);
        warned ??= new Dictionary<(int, string), bool>();
        if (warned.ContainsKey((position, message)))
        {
            return;
        }

        warned[(position, message)] = true;
        Warnings.Add(new TimelineWarning(position, Events[index].Type, message));
    }

    /// <summary>A forward search through the visible events of one set (see <see cref="Forward"/>).</summary>
    internal struct Scan
    {
        private readonly ClockRun run;
        private readonly bool[] set;
        private int from;
        private int found;

        public Scan(ClockRun run, bool[] set)
        {
            this.run = run;
            this.set = set;
            from = 0;
            found = -1;
        }

        /// <summary>
        /// The first visible event in the set at or after an index, which must be no less than the last search's; -1
        /// when none. Events at or after it are dated no earlier than it, so no date bound is needed.
        /// </summary>
        public int Next(int index)
        {
            if (index < from)
            {
                throw new InvalidOperationException("A forward scan cannot go back.");
            }

            from = index;
            if (found >= index)
            {
                // No event of the set lies between the last search's start and its answer: the answer stands.
                return found < run.Visible ? found : -1;
            }

            int i = index;
            while (i < run.Visible && !set[(int)run.Events[i].Type])
            {
                i++;
            }

            found = i;
            return i < run.Visible ? i : -1;
        }
    }
}
