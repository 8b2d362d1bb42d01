using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>How a clock's start is chosen from a timeline.</summary>
public enum ClockStart
{
    /// <summary>Each occurrence of a start event starts its own clock.</summary>
    EachOccurrence,

    /// <summary>The earliest of several start events (reports before the end event count as one), or of several partners' awareness.</summary>
    EarliestOfSeveral,

    /// <summary>The strategy discussion marked as having initiated section 47 enquiries (the only one, when there is one).</summary>
    MarkedAsInitiatingSection47,

    /// <summary>The initial conference that made a plan, then each review conference as held (or its due date, by reading).</summary>
    PreviousConference,

    /// <summary>Counted back from a publication, or before it from the planned publication date.</summary>
    CountedBackFromPublication,

    /// <summary>The clock describes a period, not a deadline a case runs against: it is not evaluated.</summary>
    NotEvaluated,
}

/// <summary>How many clocks a timeline runs for a rule.</summary>
public enum ClockScope
{
    /// <summary>One clock for the whole timeline (one incident).</summary>
    WholeTimeline,

    /// <summary>One clock for each start (each referral, each allegation, each yearly report).</summary>
    EachStart,

    /// <summary>One clock for each child protection plan (each initial conference).</summary>
    EachChildProtectionPlan,

    /// <summary>One clock for each decision to initiate a review (events are attributed to the latest decision before them).</summary>
    EachReview,
}

/// <summary>
/// What a clock counts: a number of working days, calendar days, months or years after its start; working days
/// before a later event; at least a number of years; or a fixed date in the year.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ClockCount
{
    private ClockCount(int amount, TimeUnit unit, ClockDirection direction, int month = 0, int day = 0, bool locallySet = false)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "must not be negative");
        }

        Amount = amount;
        Unit = unit;
        Direction = direction;
        Month = month;
        Day = day;
        IsLocallySet = locallySet;
    }

    /// <summary>The number of units (0 for a fixed date).</summary>
    public int Amount { get; }

    /// <summary>The unit, as the text words it.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Forward (within N after), backward (no later than N before) or minimum (at least N).</summary>
    public ClockDirection Direction { get; }

    /// <summary>For a fixed date, its month (1 to 12); otherwise 0.</summary>
    public int Month { get; }

    /// <summary>For a fixed date, its day of the month; otherwise 0.</summary>
    public int Day { get; }

    /// <summary>
    /// True when the text leaves the number to local arrangements: the caller supplies it (<see cref="LocalTimescales"/>);
    /// <see cref="Amount"/> is then 0 and <see cref="Unit"/> says nothing. No default number is ever invented.
    /// </summary>
    public bool IsLocallySet { get; }

    /// <summary>Within N working days after the start (day 0 is the start's day).</summary>
    /// <param name="amount">N.</param>
    /// <returns>The count.</returns>
    public static ClockCount WorkingDays(int amount) => new(amount, TimeUnit.WorkingDays, ClockDirection.Forward);

    /// <summary>Within N calendar days after the start.</summary>
    /// <param name="amount">N.</param>
    /// <returns>The count.</returns>
    public static ClockCount CalendarDays(int amount) => new(amount, TimeUnit.CalendarDays, ClockDirection.Forward);

    /// <summary>Within N calendar months after the start (a short month ends on its last day).</summary>
    /// <param name="amount">N.</param>
    /// <returns>The count.</returns>
    public static ClockCount Months(int amount) => new(amount, TimeUnit.Months, ClockDirection.Forward);

    /// <summary>No later than N working days before the later event.</summary>
    /// <param name="amount">N.</param>
    /// <returns>The count.</returns>
    public static ClockCount WorkingDaysBefore(int amount) => new(amount, TimeUnit.WorkingDays, ClockDirection.Backward);

    /// <summary>For at least N years after the start.</summary>
    /// <param name="amount">N.</param>
    /// <returns>The count.</returns>
    public static ClockCount AtLeastYears(int amount) => new(amount, TimeUnit.Years, ClockDirection.Minimum);

    /// <summary>By a fixed date in the year: the first such date on or after the start (the end of September).</summary>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    /// <returns>The count.</returns>
    public static ClockCount FixedDate(int month, int day)
    {
        _ = new NodaTime.LocalDate(2001, month, day);
        return new(0, TimeUnit.FixedDate, ClockDirection.Forward, month, day);
    }

    /// <summary>A timing the text leaves to local arrangements: the number and unit come from the caller's <see cref="LocalTimescales"/>.</summary>
    /// <returns>The count.</returns>
    public static ClockCount LocallySet() => new(0, TimeUnit.CalendarDays, ClockDirection.Forward, locallySet: true);

    /// <summary>A period a rule describes (12 months, say), not a deadline.</summary>
    /// <param name="amount">N.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The count.</returns>
    public static ClockCount Period(int amount, TimeUnit unit) => new(amount, unit, ClockDirection.Forward);

    /// <inheritdoc />
    public override string ToString() => IsLocallySet ? "locally set" : Unit switch
    {
        TimeUnit.FixedDate => $"by {new NodaTime.LocalDate(2001, Month, Day):d MMMM}",
        _ => Direction switch
        {
            ClockDirection.Backward => $"{Amount} {UnitName} before",
            ClockDirection.Minimum => $"at least {Amount} {UnitName}",
            _ => $"within {Amount} {UnitName}",
        },
    };

    private string UnitName => Unit switch
    {
        TimeUnit.WorkingDays => Amount == 1 ? "working day" : "working days",
        TimeUnit.CalendarDays => Amount == 1 ? "day" : "days",
        TimeUnit.Months => Amount == 1 ? "month" : "months",
        TimeUnit.SchoolDays => Amount == 1 ? "school day" : "school days",
        _ => Amount == 1 ? "year" : "years",
    };
}

/// <summary>
/// A process a case goes through (referral and assessment, child protection, a serious incident, ...): the event
/// types it is made of. A clock of a process reports "not started" only when the timeline shows the process at all.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class CaseProcess
{
    private readonly bool[] members;

    internal CaseProcess(string id, string title, params CaseEventType[] events)
    {
        Id = id;
        Title = title;
        Events = Array.AsReadOnly(events);
        members = EventSet.Of(events);
    }

    /// <summary>A stable kebab-case id.</summary>
    public string Id { get; }

    /// <summary>The process's name.</summary>
    public string Title { get; }

    /// <summary>The event types the process is made of.</summary>
    public IReadOnlyList<CaseEventType> Events { get; }

    internal bool Contains(CaseEventType type) => members[(int)type];

    /// <inheritdoc />
    public override string ToString() => Title;
}

/// <summary>One thing a time limit requires, with its own end events and force.</summary>
/// <remarks>Immutable.</remarks>
public sealed class TimescaleObligation
{
    private readonly bool[] ends;
    private readonly (string ReadingId, CaseEventType[] Events, bool[] Set)[] alternatives;

    /// <summary>Creates an obligation.</summary>
    /// <param name="label">What is required, in words ("copy to the Secretary of State"); empty for a limit with one obligation.</param>
    /// <param name="endEvents">The event types any one of which meets it.</param>
    /// <param name="force">The force as worded.</param>
    /// <exception cref="ArgumentException">No end event.</exception>
    public TimescaleObligation(string label, IEnumerable<CaseEventType> endEvents, Force force)
        : this(label, (endEvents ?? throw new ArgumentNullException(nameof(endEvents))).ToArray(), force, null, Array.Empty<(string, CaseEventType[], bool[])>())
    {
    }

    private TimescaleObligation(string label, CaseEventType[] endEvents, Force force, Interpretation? reading, (string, CaseEventType[], bool[])[] alternatives)
    {
        if (endEvents.Length == 0)
        {
            throw new ArgumentException("an obligation needs an end event", nameof(endEvents));
        }

        Label = label ?? string.Empty;
        EndEvents = Array.AsReadOnly(endEvents);
        Force = force;
        Reading = reading;
        ends = EventSet.Of(endEvents);
        this.alternatives = alternatives;
    }

    /// <summary>What is required, in words; empty for a limit with one obligation.</summary>
    public string Label { get; }

    /// <summary>The event types any one of which meets it, under the default reading.</summary>
    public IReadOnlyList<CaseEventType> EndEvents { get; }

    /// <summary>The force as worded.</summary>
    public Force Force { get; }

    /// <summary>The interpretation that decides which event ends the clock; null when the text is clear.</summary>
    public Interpretation? Reading { get; }

    /// <summary>The end events under a set of readings.</summary>
    /// <param name="readings">The readings.</param>
    /// <returns>The event types.</returns>
    public IReadOnlyList<CaseEventType> EndEventsUnder(Readings readings)
    {
        foreach (var alternative in alternatives)
        {
            if (readings.Uses(Reading!, alternative.ReadingId))
            {
                return Array.AsReadOnly(alternative.Events);
            }
        }

        return EndEvents;
    }

    /// <summary>The end events of each reading: the default's first.</summary>
    /// <returns>Reading id and event types.</returns>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<CaseEventType>>> EndEventsByReading() =>
        new ReadOnlyCollection<KeyValuePair<string, IReadOnlyList<CaseEventType>>>(
            new[] { new KeyValuePair<string, IReadOnlyList<CaseEventType>>(Reading?.DefaultId ?? "default", EndEvents) }
                .Concat(alternatives.Select(a => new KeyValuePair<string, IReadOnlyList<CaseEventType>>(a.ReadingId, Array.AsReadOnly(a.Events))))
                .ToArray());

    /// <inheritdoc />
    public override string ToString() => Label.Length == 0 ? string.Join(" or ", EndEvents.Select(e => e.Name())) : Label;

    /// <summary>This obligation, met instead by other events under an alternative reading.</summary>
    internal TimescaleObligation Or(Interpretation reading, string readingId, params CaseEventType[] endEvents)
    {
        if (Reading is not null && !ReferenceEquals(Reading, reading))
        {
            throw new ArgumentException("an obligation's end depends on one interpretation", nameof(reading));
        }

        if (!reading.Offers(readingId))
        {
            throw new ArgumentException($"{reading.Id} does not offer {readingId}", nameof(readingId));
        }

        var list = alternatives.Append((readingId, endEvents, EventSet.Of(endEvents))).ToArray();
        return new TimescaleObligation(Label, EndEvents.ToArray(), Force, reading, list);
    }

    internal bool[] EndSetUnder(Readings readings)
    {
        foreach (var alternative in alternatives)
        {
            if (readings.Uses(Reading!, alternative.ReadingId))
            {
                return alternative.Set;
            }
        }

        return ends;
    }
}

/// <summary>Sets of event types as lookup tables sized by the number of event types: no bit mask, so no cap.</summary>
internal static class EventSet
{
    internal static readonly int Size = CaseEventTypes.All.Count;

    internal static bool[] Of(params CaseEventType[] types)
    {
        var set = new bool[Size];
        foreach (var type in types)
        {
            set[(int)type] = true;
        }

        return set;
    }

    internal static bool[] Of(IEnumerable<CaseEventType> types) => Of(types.ToArray());
}

/// <summary>
/// A timescale rule's clock: how its start is chosen, what it counts, its scope, its obligations with their end
/// events and force, the process it belongs to, and the facts and readings it may depend on. Each shape is
/// interpreted by one piece of evaluator code; no shape names a rule. Create clocks with the static methods here.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public abstract class Clock
{
    private protected Clock(ClockStart start, ClockScope scope, ClockCount count, IEnumerable<CaseEventType> startEvents, IEnumerable<TimescaleObligation> obligations, CaseProcess? process, IEnumerable<FactDefinition> facts, IEnumerable<Interpretation> interpretations)
    {
        Start = start;
        Scope = scope;
        Count = count ?? throw new ArgumentNullException(nameof(count));
        StartEvents = Array.AsReadOnly(startEvents.ToArray());
        Obligations = Array.AsReadOnly(obligations.ToArray());
        Process = process;
        Facts = Array.AsReadOnly(facts.ToArray());
        Interpretations = Array.AsReadOnly(
            (start == ClockStart.NotEvaluated ? Array.Empty<Interpretation>() : CountingReadings(count))
                .Concat(interpretations)
                .Concat(Obligations.Where(o => o.Reading is not null).Select(o => o.Reading!))
                .Distinct()
                .ToArray());
        StartSet = EventSet.Of(StartEvents);
    }

    /// <summary>How the start is chosen.</summary>
    public ClockStart Start { get; }

    /// <summary>How many clocks a timeline runs.</summary>
    public ClockScope Scope { get; }

    /// <summary>What the clock counts.</summary>
    public ClockCount Count { get; }

    /// <summary>The event types that start it (for a backward clock, the later events it counts back from; for a review schedule, the initial conference).</summary>
    public IReadOnlyList<CaseEventType> StartEvents { get; }

    /// <summary>What must happen, each with its end events and force.</summary>
    public IReadOnlyList<TimescaleObligation> Obligations { get; }

    /// <summary>The process the clock belongs to: it is reported not started only when the timeline shows that process; null when it is never reported not started.</summary>
    public CaseProcess? Process { get; }

    /// <summary>The facts about the timeline whose absence can leave an entry undetermined.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>The interpretations the clock consults (the reading that picks its start or end).</summary>
    public IReadOnlyList<Interpretation> Interpretations { get; }

    /// <summary>False for a clock that describes a period rather than a deadline a case runs against.</summary>
    public bool IsEvaluated => Start != ClockStart.NotEvaluated;

    /// <summary>Other event types the shape reads (the conference and substantiation events of a section 47 clock, say), for documentation.</summary>
    public virtual IReadOnlyList<CaseEventType> OtherEvents => ReadOnlyLists.Empty<CaseEventType>();

    internal bool[] StartSet { get; }

    /// <summary>Each occurrence of a start event starts a clock; the first end event after it meets it.</summary>
    /// <param name="count">What it counts.</param>
    /// <param name="process">The process (for "not started").</param>
    /// <param name="startEvents">The start events.</param>
    /// <param name="obligations">The obligations.</param>
    /// <returns>The clock.</returns>
    internal static Clock EachOccurrence(ClockCount count, CaseProcess? process, CaseEventType[] startEvents, params TimescaleObligation[] obligations) =>
        new EachOccurrenceClock(count, process, startEvents, obligations, ClockScope.EachStart);

    /// <summary>A review schedule: the first review within one count of the initial conference, each later one within another of the previous.</summary>
    internal static ReviewSchedule Reviews(CaseProcess process, CaseEventType initialConference, TimescaleObligation reviewHeld, CaseEventType planEnded, ClockCount first, ClockCount later) =>
        new(process, initialConference, reviewHeld, planEnded, first, later);

    /// <summary>As <see cref="EachOccurrence"/>: one clock for each decision to initiate a review.</summary>
    internal static Clock EachDecision(ClockCount count, CaseProcess? process, CaseEventType decision, TimescaleObligation obligation) =>
        new EachOccurrenceClock(count, process, new[] { decision }, new[] { obligation }, ClockScope.EachReview);

    /// <summary>The earliest of several start events starts one clock, which the end event closes; a start after that opens the next.</summary>
    internal static Clock EarliestOfSeveral(ClockCount count, CaseProcess? process, CaseEventType[] startEvents, TimescaleObligation obligation) =>
        new EarliestOfSeveralClock(count, process, startEvents, obligation);

    /// <summary>The strategy discussion that initiated section 47 enquiries, for each initial conference.</summary>
    internal static Clock Section47Discussion(ClockCount count, CaseProcess process, CaseEventType discussion, CaseEventType substantiated, TimescaleObligation conferenceHeld) =>
        new Section47DiscussionClock(count, process, discussion, substantiated, conferenceHeld);

    /// <summary>The first meeting after each conference that made a plan.</summary>
    internal static Clock FirstMeetingAfterPlan(ClockCount count, CaseProcess process, CaseEventType conference, TimescaleObligation meetingHeld) =>
        new FirstMeetingClock(count, process, conference, meetingHeld);

    /// <summary>The earliest awareness (or, by reading, the local authority's) of an incident, once per timeline.</summary>
    internal static Clock Awareness(ClockCount count, CaseProcess process, CaseEventType awareness, TimescaleObligation obligation, string notificationNoun) =>
        new AwarenessClock(count, process, awareness, obligation, notificationNoun);

    /// <summary>Counted back from publication (or the planned date), once for each review.</summary>
    internal static Clock BeforePublication(ClockCount count, CaseProcess process, CaseEventType decision, CaseEventType published, CaseEventType planned, params TimescaleObligation[] obligations) =>
        new BeforePublicationClock(count, process, decision, published, planned, obligations);

    /// <summary>At least a period after publication, for each review.</summary>
    internal static Clock MinimumAfterPublication(ClockCount count, CaseEventType decision, CaseEventType published, TimescaleObligation withdrawn) =>
        new MinimumPeriodClock(count, decision, published, withdrawn);

    /// <summary>A period a rule describes; never evaluated.</summary>
    internal static Clock Described(ClockCount count) => new DescribedClock(count);

    internal abstract void Evaluate(ClockRun run, TimescaleRule rule);

    // The counting conventions a count depends on: each is a reading a caller can choose.
    private static Interpretation[] CountingReadings(ClockCount count) => count.IsLocallySet ? Array.Empty<Interpretation>() : (count.Unit, count.Direction) switch
    {
        (TimeUnit.WorkingDays, ClockDirection.Forward) => new[] { Calendars.CountingConventions.WithinWorkingDays, TimescaleInterpretations.NonWorkingDayStart },
        (TimeUnit.Months, ClockDirection.Forward) => new[] { Calendars.CountingConventions.WithinMonths },
        _ => Array.Empty<Interpretation>(),
    };
}
