using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

// Each clock shape is one piece of interpreting code. The event types and counts it uses come from the declaration;
// none names a rule.

/// <summary>Each occurrence of a start event starts a clock; the first end event after it (not already used) meets it.</summary>
internal sealed class EachOccurrenceClock : Clock
{
    public EachOccurrenceClock(ClockCount count, CaseProcess? process, CaseEventType[] startEvents, TimescaleObligation[] obligations, ClockScope scope)
        : base(ClockStart.EachOccurrence, scope, count, startEvents, obligations, process, Array.Empty<FactDefinition>(), Array.Empty<Interpretation>())
    {
    }

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        bool started = false;
        for (int o = 0; o < Obligations.Count; o++)
        {
            var endSet = Obligations[o].EndSetUnder(run.Readings);
            var ends = run.Forward(endSet);
            int searchFrom = 0;
            int occurrence = 0;
            for (int i = 0; i < run.Visible; i++)
            {
                if (!StartSet[(int)events[i].Type])
                {
                    continue;
                }

                started = true;
                occurrence++;
                var start = events[i].Date;
                int endIndex = ends.Next(Math.Max(searchFrom, i));
                if (endIndex >= 0)
                {
                    searchFrom = endIndex + 1;
                }

                run.AddForward(rule, Count, o, occurrence, start, endIndex);
            }

            run.WarnUnmatchedEnds(rule, StartSet, endSet);
        }

        if (!started)
        {
            run.NotStarted(rule);
        }
    }
}

/// <summary>
/// One clock per matter (an allegation): the earliest of several start events opens it and the end event closes it;
/// a start after the end opens the next.
/// </summary>
internal sealed class EarliestOfSeveralClock : Clock
{
    public EarliestOfSeveralClock(ClockCount count, CaseProcess? process, CaseEventType[] startEvents, TimescaleObligation obligation)
        : base(ClockStart.EarliestOfSeveral, ClockScope.EachStart, count, startEvents, new[] { obligation }, process, Array.Empty<FactDefinition>(), Array.Empty<Interpretation>())
    {
    }

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        var endSet = Obligations[0].EndSetUnder(run.Readings);
        int open = -1;
        int occurrence = 0;
        for (int i = 0; i < run.Visible; i++)
        {
            var type = events[i].Type;
            if (StartSet[(int)type] && open < 0)
            {
                open = i;
                occurrence++;
            }
            else if (endSet[(int)type])
            {
                if (open >= 0)
                {
                    run.AddForward(rule, Count, 0, occurrence, events[open].Date, i);
                    open = -1;
                }
                else
                {
                    run.Warn(i, $"{type.Name()} with no earlier {StartEvents[0].Name()} ({rule.Id})");
                }
            }
        }

        if (open >= 0)
        {
            run.AddForward(rule, Count, 0, occurrence, events[open].Date, -1);
        }
        else if (occurrence == 0)
        {
            run.NotStarted(rule);
        }
    }
}

/// <summary>
/// For each initial conference, the strategy discussion that initiated section 47 enquiries (the only one since the
/// previous conference, or the one marked); and, after the last conference, discussions that may yet lead to one.
/// The conference is needed only once concerns are substantiated.
/// </summary>
internal sealed class Section47DiscussionClock : Clock
{
    private static readonly FactDefinition[] MissingInitiated = { TimelineFacts.StrategyDiscussionInitiatedSection47 };
    private static readonly FactDefinition[] MissingSubstantiated = { TimelineFacts.Section47ConcernsSubstantiated };
    private static readonly FactDefinition[] MissingStrategyDiscussion = { TimelineFacts.StrategyDiscussion };
    private static readonly FactDefinition[] MissingInitiatedAndSubstantiated = { TimelineFacts.StrategyDiscussionInitiatedSection47, TimelineFacts.Section47ConcernsSubstantiated };

    private readonly CaseEventType discussion;
    private readonly CaseEventType substantiated;
    private readonly CaseEventType conference;

    public Section47DiscussionClock(ClockCount count, CaseProcess process, CaseEventType discussion, CaseEventType substantiated, TimescaleObligation conferenceHeld)
        : base(ClockStart.MarkedAsInitiatingSection47, ClockScope.EachChildProtectionPlan, count, new[] { discussion }, new[] { conferenceHeld }, process, MissingInitiatedAndSubstantiated.Concat(MissingStrategyDiscussion), new[] { TimescaleInterpretations.IcpcStrategyDiscussion })
    {
        this.discussion = discussion;
        this.substantiated = substantiated;
        conference = conferenceHeld.EndEvents[0];
    }

    public override IReadOnlyList<CaseEventType> OtherEvents => ReadOnlyLists.Of(substantiated, conference);

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        int occurrence = 0;
        int previous = -1;
        int after = 0;
        while (true)
        {
            int next = run.FirstFrom(conference, previous + 1, default);
            bool closed = next >= 0;
            var lower = previous >= 0 ? events[previous].Date : default;
            var upper = closed ? events[next].Date : run.AsOf;

            // The discussions dated after the previous conference: events are in date order, so the first of them
            // only moves forward, and each event is looked at for one conference.
            while (previous >= 0 && after < run.Visible && events[after].Date <= lower)
            {
                after++;
            }

            var found = new Candidates();
            for (int i = after; i < run.Visible && events[i].Date <= upper; i++)
            {
                if (events[i].Type != discussion)
                {
                    continue;
                }

                found.Count++;
                found.Only = i;
                if (events[i].InitiatedSection47 == true)
                {
                    found.Marked++;
                    found.FirstMarked = found.FirstMarked < 0 ? i : found.FirstMarked;
                }
                else if (events[i].InitiatedSection47 is null)
                {
                    found.Unmarked++;
                    found.FirstUnmarked = found.FirstUnmarked < 0 ? i : found.FirstUnmarked;
                    found.LastUnmarked = i;
                }
            }

            if (closed)
            {
                occurrence++;
                if (found.Count == 0)
                {
                    run.Warn(next, $"an {conference.Name().Replace('-', ' ')} with no {discussion.Name().Replace('-', ' ')} on or before it");
                    run.Add(rule, 0, occurrence, DeadlineStatus.Undetermined, default, default, events[next].Date, 0, MissingStrategyDiscussion, null);
                }
                else
                {
                    StartClock(run, rule, occurrence, found, next, isSubstantiated: true);
                }

                previous = next;
                continue;
            }

            // After the last conference: discussions that may yet lead to one.
            if (found.Count > 0 && (found.Marked > 0 || found.Unmarked > 0))
            {
                bool isSubstantiated = false;
                for (int i = 0; i < run.Visible; i++)
                {
                    if (events[i].Type == substantiated && (previous < 0 || events[i].Date > lower))
                    {
                        isSubstantiated = true;
                        break;
                    }
                }

                StartClock(run, rule, occurrence + 1, found, -1, isSubstantiated);
            }
            else if (occurrence == 0)
            {
                run.NotStarted(rule);
            }

            return;
        }
    }

    private void StartClock(ClockRun run, TimescaleRule rule, int occurrence, Candidates found, int conferenceIndex, bool isSubstantiated)
    {
        var events = run.Events;
        int earliest, latest;
        FactDefinition[]? missing = null;
        if (found.Count == 1)
        {
            earliest = latest = found.Only;
        }
        else if (found.Marked >= 1)
        {
            if (found.Marked > 1)
            {
                run.Warn(found.FirstMarked, $"more than one {discussion.Name().Replace('-', ' ')} is marked as initiating section 47 enquiries; the earliest is used");
            }

            earliest = latest = found.FirstMarked;
        }
        else if (found.Unmarked >= 1)
        {
            // Which discussion initiated section 47 enquiries is not recorded: the clock starts at one of them.
            earliest = found.FirstUnmarked;
            latest = found.LastUnmarked;
            missing = MissingInitiated;
        }
        else
        {
            earliest = latest = found.Only;
        }

        if (!isSubstantiated)
        {
            // The conference is needed only if concerns are substantiated: show the (earliest) due date, settle nothing.
            var start = events[earliest].Date;
            if (!run.TryDue(Count, start, out var due))
            {
                run.OutsideCalendar(rule, 0, occurrence, start, default);
                return;
            }

            run.Add(rule, 0, occurrence, DeadlineStatus.Undetermined, start, due, default, 0, missing is null ? MissingSubstantiated : MissingInitiatedAndSubstantiated, null);
            return;
        }

        run.AddBounded(rule, Count, 0, occurrence, events[earliest].Date, events[latest].Date, conferenceIndex, missing ?? MissingInitiated);
    }

    private struct Candidates
    {
        public int Count;
        public int Only;
        public int Marked;
        public int FirstMarked;
        public int Unmarked;
        public int FirstUnmarked;
        public int LastUnmarked;

        public Candidates()
        {
            Count = Marked = Unmarked = 0;
            Only = FirstMarked = FirstUnmarked = LastUnmarked = -1;
        }
    }
}

/// <summary>For each conference that made a plan, the first meeting after it and before the next conference.</summary>
internal sealed class FirstMeetingClock : Clock
{
    private static readonly FactDefinition[] MissingPlanMade = { TimelineFacts.ConferencePlanMade };
    private readonly CaseEventType conference;
    private readonly CaseEventType meeting;
    private readonly bool[] meetingSet;

    public FirstMeetingClock(ClockCount count, CaseProcess process, CaseEventType conference, TimescaleObligation meetingHeld)
        : base(ClockStart.EachOccurrence, ClockScope.EachChildProtectionPlan, count, new[] { conference }, new[] { meetingHeld }, process, MissingPlanMade, Array.Empty<Interpretation>())
    {
        this.conference = conference;
        meeting = meetingHeld.EndEvents[0];
        meetingSet = EventSet.Of(meeting);
    }

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        int current = run.FirstFrom(conference, 0, default);
        if (current < 0)
        {
            run.NotStarted(rule);
            return;
        }

        var meetings = run.Forward(meetingSet);
        for (int occurrence = 1; current >= 0; occurrence++)
        {
            int next = run.FirstFrom(conference, current + 1, default);
            var start = events[current].Date;
            switch (events[current].PlanMade)
            {
                case false:
                    break;
                case null:
                    if (!run.TryCount(rule, Count, out var count))
                    {
                        run.LocalTimescaleNotGiven(rule, 0, occurrence, start, default);
                    }
                    else if (run.TryDue(count, start, out var due))
                    {
                        run.Add(rule, 0, occurrence, DeadlineStatus.Undetermined, start, due, default, 0, MissingPlanMade, null);
                    }
                    else
                    {
                        run.OutsideCalendar(rule, 0, occurrence, start, default);
                    }

                    break;
                default:
                    int held = meetings.Next(current);
                    run.AddForward(rule, Count, 0, occurrence, start, held >= 0 && (next < 0 || held < next) ? held : -1);
                    break;
            }

            current = next;
        }

        run.WarnUnmatchedEnds(rule, StartSet, meetingSet);
    }
}

/// <summary>A scheduled series of conferences for each plan: which part of it a clock reports.</summary>
internal enum ReviewSchedulePart
{
    /// <summary>The first review, counted from the initial conference.</summary>
    FirstReview,

    /// <summary>Each later review, counted from the previous review (or its due date, by reading).</summary>
    LaterReviews,
}

/// <summary>
/// A schedule of review conferences for each child protection plan: the first within one period of the initial
/// conference, then each within another period of the previous review, for as long as the plan lasts. One sentence of
/// the text states both periods, so two rules share one schedule, each reporting its part.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ReviewSchedule
{
    internal ReviewSchedule(CaseProcess process, CaseEventType initialConference, TimescaleObligation reviewHeld, CaseEventType planEnded, ClockCount first, ClockCount later)
    {
        Process = process;
        InitialConference = initialConference;
        ReviewHeld = reviewHeld;
        Review = reviewHeld.EndEvents[0];
        PlanEnded = planEnded;
        First = first;
        Later = later;
        FirstReview = new ReviewScheduleClock(this, ReviewSchedulePart.FirstReview);
        LaterReviews = new ReviewScheduleClock(this, ReviewSchedulePart.LaterReviews);
    }

    /// <summary>The process.</summary>
    public CaseProcess Process { get; }

    /// <summary>The conference that makes a plan and starts the schedule.</summary>
    public CaseEventType InitialConference { get; }

    /// <summary>A review conference.</summary>
    public CaseEventType Review { get; }

    /// <summary>The obligation each review meets, with its force.</summary>
    public TimescaleObligation ReviewHeld { get; }

    /// <summary>The end of the plan, after which no review is owed.</summary>
    public CaseEventType PlanEnded { get; }

    /// <summary>The first interval.</summary>
    public ClockCount First { get; }

    /// <summary>Each later interval.</summary>
    public ClockCount Later { get; }

    /// <summary>The clock of the first review.</summary>
    public Clock FirstReview { get; }

    /// <summary>The clock of the later reviews.</summary>
    public Clock LaterReviews { get; }
}

/// <summary>One part of a review schedule.</summary>
internal sealed class ReviewScheduleClock : Clock
{
    private const string NotePlanEnded = "The plan ended without this review.";
    private const string NoteNewPlan = "A new initial conference began another plan before this review was held.";
    private static readonly FactDefinition[] MissingPlanMade = { TimelineFacts.ConferencePlanMade };

    private readonly ReviewSchedule schedule;
    private readonly ReviewSchedulePart part;

    public ReviewScheduleClock(ReviewSchedule schedule, ReviewSchedulePart part)
        : base(
            part == ReviewSchedulePart.FirstReview ? ClockStart.EachOccurrence : ClockStart.PreviousConference,
            ClockScope.EachChildProtectionPlan,
            part == ReviewSchedulePart.FirstReview ? schedule.First : schedule.Later,
            new[] { part == ReviewSchedulePart.FirstReview ? schedule.InitialConference : schedule.Review },
            new[] { schedule.ReviewHeld },
            part == ReviewSchedulePart.FirstReview ? schedule.Process : null,
            part == ReviewSchedulePart.FirstReview ? MissingPlanMade : Array.Empty<FactDefinition>(),
            new[] { TimescaleInterpretations.ReviewAnchor })
    {
        this.schedule = schedule;
        this.part = part;
    }

    public override IReadOnlyList<CaseEventType> OtherEvents => ReadOnlyLists.Of(schedule.InitialConference, schedule.PlanEnded);

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        bool first = part == ReviewSchedulePart.FirstReview;
        int conference = run.FirstFrom(schedule.InitialConference, 0, default);
        if (conference < 0)
        {
            if (first)
            {
                run.NotStarted(rule);
                int orphan = run.FirstFrom(schedule.Review, 0, default);
                if (orphan >= 0)
                {
                    run.Warn(orphan, $"a {schedule.Review.Name().Replace('-', ' ')} with no {schedule.InitialConference.Name().Replace('-', ' ')} before it");
                }
            }

            return;
        }

        if (first)
        {
            for (int i = 0; i < conference; i++)
            {
                if (events[i].Type == schedule.Review)
                {
                    run.Warn(i, $"a {schedule.Review.Name().Replace('-', ' ')} before the {schedule.InitialConference.Name().Replace('-', ' ')}");
                }
            }
        }

        int plan = 0;
        int laterReview = 1;
        while (conference >= 0)
        {
            int next = run.FirstFrom(schedule.InitialConference, conference + 1, default);
            plan++;
            var icpc = events[conference].Date;
            if (events[conference].PlanMade is null)
            {
                if (first)
                {
                    if (run.TryDue(schedule.First, icpc, out var due))
                    {
                        run.Add(rule, 0, plan, DeadlineStatus.Undetermined, icpc, due, default, 0, MissingPlanMade, null);
                    }
                    else
                    {
                        run.OutsideCalendar(rule, 0, plan, icpc, default);
                    }
                }
            }
            else if (events[conference].PlanMade == true)
            {
                Series(run, rule, conference, next, plan, ref laterReview);
            }

            conference = next;
        }
    }

    private void Series(ClockRun run, TimescaleRule rule, int conference, int next, int plan, ref int laterReview)
    {
        var events = run.Events;
        int limit = next >= 0 ? next : run.Visible;
        var icpc = events[conference].Date;
        int planEnd = run.FirstBefore(schedule.PlanEnded, conference, icpc, limit);
        var planEndDate = planEnd >= 0 ? events[planEnd].Date : default;
        var anchor = icpc;
        int searchFrom = conference + 1;
        bool byDueDate = run.Readings.Uses(TimescaleInterpretations.ReviewAnchor, "previous-due-date");
        for (bool isFirst = true; ; isFirst = false)
        {
            bool mine = isFirst == (part == ReviewSchedulePart.FirstReview);
            var count = isFirst ? schedule.First : schedule.Later;
            int occurrence = isFirst ? plan : ++laterReview;
            if (!run.TryDue(count, anchor, out var due))
            {
                if (mine)
                {
                    run.OutsideCalendar(rule, 0, occurrence, anchor, default);
                }

                return;
            }

            int review = run.FirstBefore(schedule.Review, searchFrom, anchor, limit);
            bool reviewBeforeEnd = review >= 0 && (planEnd < 0 || events[review].Date <= planEndDate);
            if (planEnd >= 0 && !reviewBeforeEnd)
            {
                // The plan ended before this review was held: nothing more is owed, but a review already due was missed.
                if (mine && planEndDate > due)
                {
                    run.Add(rule, 0, occurrence, DeadlineStatus.Breached, anchor, due, default, run.Late(count, due, planEndDate), null, NotePlanEnded);
                }

                return;
            }

            if (review < 0 && next >= 0)
            {
                // Another initial conference began a new plan before this review: a review due before it was missed.
                var nextDate = events[next].Date;
                if (mine && nextDate > due)
                {
                    run.Add(rule, 0, occurrence, DeadlineStatus.Breached, anchor, due, default, run.Late(count, due, nextDate), null, NoteNewPlan);
                }

                return;
            }

            if (mine)
            {
                run.AddAgainst(rule, count, 0, occurrence, anchor, due, review);
            }

            if (review < 0 || (isFirst && part == ReviewSchedulePart.FirstReview))
            {
                return;
            }

            anchor = byDueDate ? due : events[review].Date;
            searchFrom = review + 1;
            if (planEnd >= 0 && events[review].Date >= planEndDate)
            {
                return;
            }
        }
    }
}

/// <summary>
/// One clock for the whole timeline from the earliest awareness of an incident by any partner, or, under the reading
/// local-authority, from the local authority's own awareness.
/// </summary>
internal sealed class AwarenessClock : Clock
{
    private static readonly FactDefinition[] MissingAwareness = { TimelineFacts.IncidentAwareness };
    private static readonly FactDefinition[] MissingLocalAuthorityAwareness = { TimelineFacts.LocalAuthorityAwareness };
    private readonly CaseEventType awareness;
    private readonly string notified;

    public AwarenessClock(ClockCount count, CaseProcess process, CaseEventType awareness, TimescaleObligation obligation, string notificationNoun)
        : base(ClockStart.EarliestOfSeveral, ClockScope.WholeTimeline, count, new[] { awareness }, new[] { obligation }, process, MissingAwareness.Concat(MissingLocalAuthorityAwareness), new[] { TimescaleInterpretations.IncidentAwareness })
    {
        this.awareness = awareness;
        notified = notificationNoun;
    }

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        var endSet = Obligations[0].EndSetUnder(run.Readings);
        int earliest = run.FirstFrom(awareness, 0, default);
        int notification = run.FirstFrom(endSet, 0, default);
        if (earliest < 0)
        {
            if (notification >= 0)
            {
                run.Warn(notification, $"a {notified} with no {awareness.Name().Replace('-', ' ')} before it");
                run.Add(rule, 0, 1, DeadlineStatus.Undetermined, default, default, events[notification].Date, 0, MissingAwareness, null);
            }
            else
            {
                run.NotStarted(rule);
            }

            return;
        }

        if (notification >= 0 && notification < earliest)
        {
            run.Warn(notification, $"a {notified} before any safeguarding partner became aware of the incident");
        }

        int start = earliest;
        int latest = earliest;
        if (run.Readings.Uses(TimescaleInterpretations.IncidentAwareness, "local-authority"))
        {
            // The local authority's first awareness. An earlier awareness by an unnamed partner may have been the
            // local authority's: then the clock starts at one of them, and the report settles only what both agree.
            int firstUnnamed = -1;
            int localAuthority = -1;
            for (int i = 0; i < run.Visible; i++)
            {
                if (events[i].Type != awareness)
                {
                    continue;
                }

                if (events[i].Partner == SafeguardingPartner.LocalAuthority)
                {
                    localAuthority = i;
                    break;
                }

                if (events[i].Partner is null && firstUnnamed < 0)
                {
                    firstUnnamed = i;
                }
            }

            if (localAuthority < 0 && firstUnnamed < 0)
            {
                run.Add(rule, 0, 1, DeadlineStatus.Undetermined, default, default, notification >= 0 ? events[notification].Date : default, 0, MissingLocalAuthorityAwareness, null);
                return;
            }

            start = firstUnnamed >= 0 ? firstUnnamed : localAuthority;
            latest = localAuthority >= 0 ? localAuthority : -1;
            if (latest < 0)
            {
                // Only unnamed awareness: the local authority may have learned of it then, or later.
                var from = events[start].Date;
                int submitted = run.FirstFrom(endSet, start, from);
                if (!run.TryDue(Count, from, out var due))
                {
                    run.OutsideCalendar(rule, 0, 1, from, submitted >= 0 ? events[submitted].Date : default);
                }
                else if (submitted >= 0 && events[submitted].Date <= due)
                {
                    run.Add(rule, 0, 1, DeadlineStatus.Met, from, due, events[submitted].Date, 0, null, null);
                }
                else
                {
                    run.Add(rule, 0, 1, DeadlineStatus.Undetermined, from, due, submitted >= 0 ? events[submitted].Date : default, 0, MissingLocalAuthorityAwareness, null);
                }

                return;
            }
        }

        var startDate = events[start].Date;
        run.AddBounded(rule, Count, 0, 1, startDate, events[latest].Date, run.FirstFrom(endSet, start, startDate), MissingLocalAuthorityAwareness);
    }
}

/// <summary>
/// For each review (events attributed to the latest decision before them), counted back from its publication, or,
/// before publication, from its planned date.
/// </summary>
internal sealed class BeforePublicationClock : Clock
{
    private const string NotePlanned = "Counted back from the planned publication date.";
    private readonly CaseEventType decision;
    private readonly CaseEventType published;
    private readonly CaseEventType planned;

    public BeforePublicationClock(ClockCount count, CaseProcess process, CaseEventType decision, CaseEventType published, CaseEventType planned, TimescaleObligation[] obligations)
        : base(ClockStart.CountedBackFromPublication, ClockScope.EachReview, count, new[] { published, planned }, obligations, process, Array.Empty<FactDefinition>(), new[] { Calendars.CountingConventions.WorkingDaysBefore })
    {
        this.decision = decision;
        this.published = published;
        this.planned = planned;
    }

    /// <summary>The event types a report treats as plans known now, whatever date they name.</summary>
    internal CaseEventType Planned => planned;

    public override IReadOnlyList<CaseEventType> OtherEvents => ReadOnlyLists.Of(decision);

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        var windows = run.Windows(decision);
        bool any = false;
        for (int w = 0; w < windows.Count; w++)
        {
            var from = windows[w];
            var to = w + 1 < windows.Count ? windows[w + 1] : default;
            int anchor = run.FirstInWindow(published, from, to, run.Visible);
            string? note = null;
            if (anchor < 0)
            {
                anchor = run.PlannedInWindow(planned, from, to);
                note = NotePlanned;
            }

            if (anchor < 0)
            {
                continue;
            }

            any = true;
            var anchorDate = events[anchor].Date;
            bool inRange = run.TryDue(Count, anchorDate, out var due);
            for (int o = 0; o < Obligations.Count; o++)
            {
                int sent = run.FirstInWindow(Obligations[o].EndEventsUnder(run.Readings)[0], from, to, run.Visible);
                if (inRange)
                {
                    run.AddAgainst(rule, Count, o, w + 1, anchorDate, due, sent, note);
                }
                else
                {
                    run.OutsideCalendar(rule, o, w + 1, anchorDate, sent >= 0 ? events[sent].Date : default);
                }
            }
        }

        if (!any)
        {
            run.NotStarted(rule);
        }
    }
}

/// <summary>For each review, at least a period after publication before it may be withdrawn.</summary>
internal sealed class MinimumPeriodClock : Clock
{
    private readonly CaseEventType decision;

    public MinimumPeriodClock(ClockCount count, CaseEventType decision, CaseEventType published, TimescaleObligation withdrawn)
        : base(ClockStart.EachOccurrence, ClockScope.EachReview, count, new[] { published }, new[] { withdrawn }, null, Array.Empty<FactDefinition>(), Array.Empty<Interpretation>()) =>
        this.decision = decision;

    public override IReadOnlyList<CaseEventType> OtherEvents => ReadOnlyLists.Of(decision);

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
        var events = run.Events;
        var windows = run.Windows(decision);
        var endSet = Obligations[0].EndSetUnder(run.Readings);
        for (int w = 0; w < windows.Count; w++)
        {
            var from = windows[w];
            var to = w + 1 < windows.Count ? windows[w + 1] : default;
            int publication = run.FirstInWindow(StartEvents[0], from, to, run.Visible);
            if (publication < 0)
            {
                continue;
            }

            var start = events[publication].Date;
            run.TryDue(Count, start, out var earliest);
            int withdrawn = run.FirstFromBefore(endSet, publication, to);
            if (withdrawn >= 0)
            {
                var end = events[withdrawn].Date;
                var status = end < earliest ? DeadlineStatus.Breached : DeadlineStatus.Met;
                run.Add(rule, 0, w + 1, status, start, earliest, end, status == DeadlineStatus.Breached ? Period.DaysBetween(end, earliest) : 0, null, null);
            }
            else if (run.AsOf < earliest)
            {
                run.Add(rule, 0, w + 1, DeadlineStatus.Running, start, earliest, default, Period.DaysBetween(run.AsOf, earliest), null, null);
            }
            else
            {
                run.Add(rule, 0, w + 1, DeadlineStatus.Met, start, earliest, default, 0, null, null);
            }
        }
    }
}

/// <summary>A period the text describes, not a deadline a case runs against: never evaluated.</summary>
internal sealed class DescribedClock : Clock
{
    public DescribedClock(ClockCount count)
        : base(ClockStart.NotEvaluated, ClockScope.WholeTimeline, count, Array.Empty<CaseEventType>(), Array.Empty<TimescaleObligation>(), null, Array.Empty<FactDefinition>(), Array.Empty<Interpretation>())
    {
    }

    internal override void Evaluate(ClockRun run, TimescaleRule rule)
    {
    }
}
