using System;
using System.Collections.Generic;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Timescales.Legacy;

/// <summary>
/// The evaluator as it was before timescales were declared as clocks, kept only to prove that the clock interpreter
/// gives the same reports (an FsCheck property in the tests). It branches on rule ids; it is removed once the
/// switch is proven. Evaluates a case timeline against every timescale rule as of a date. Pure and thread-safe: one instance can serve
/// every thread. Events dated after the as-of date are left out, so a report never depends on what happens later.
/// </summary>
internal sealed class LegacyDeadlineEvaluator
{
    private const string FactInitiatedSection47 = "strategy-discussion.initiatedSection47";
    private const string FactPlanMade = "initial-child-protection-conference.planMade";
    private const string FactSubstantiated = "section-47-concerns-substantiated";
    private const string FactStrategyDiscussion = "strategy-discussion";
    private const string FactAwareness = "incident-awareness";
    private const string FactLocalAuthorityAwareness = "incident-awareness.partner (local-authority)";

    private static readonly string[] MissingInitiated = { FactInitiatedSection47 };
    private static readonly string[] MissingPlanMade = { FactPlanMade };
    private static readonly string[] MissingSubstantiated = { FactSubstantiated };
    private static readonly string[] MissingStrategyDiscussion = { FactStrategyDiscussion };
    private static readonly string[] MissingAwareness = { FactAwareness };
    private static readonly string[] MissingLocalAuthorityAwareness = { FactLocalAuthorityAwareness };
    private static readonly string[] MissingInitiatedAndSubstantiated = { FactInitiatedSection47, FactSubstantiated };

    private const string NotePlanEnded = "The plan ended without this review.";
    private const string NotePlanned = "Counted back from the planned publication date.";
    private const string NoteNewPlan = "A new initial conference began another plan before this review was held.";

    [ThreadStatic]
    private static List<LegacyEntry>? scratch;

    

    private readonly TimescaleRule dl06;
    private readonly TimescaleRule dl07;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="readings">The readings to apply where the text admits several.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public LegacyDeadlineEvaluator(WorkingDayCalendar calendar, Readings readings)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Options = TimescaleOptions.From(readings);
        dl06 = TimescaleCatalog.Get("DL-06");
        dl07 = TimescaleCatalog.Get("DL-07");
    }


    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The readings applied.</summary>
    public TimescaleOptions Options { get; }

    /// <summary>Evaluates a timeline against every timescale and evaluable urgency rule.</summary>
    /// <param name="timeline">The case timeline.</param>
    /// <param name="asOf">The date to evaluate as of (events after it are left out).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date falls outside the calendar's supported range.</exception>
    public LegacyReport Evaluate(CaseTimeline timeline, LocalDate asOf)
    {
        if (timeline is null)
        {
            throw new ArgumentNullException(nameof(timeline));
        }

        var run = new Run(this, timeline, asOf, scratch ??= new List<LegacyEntry>(32));
        try
        {
            foreach (var rule in TimescaleCatalog.Timescales)
            {
                run.Timescale(rule);
            }

            foreach (var rule in TimescaleCatalog.Urgencies)
            {
                if (rule.IsEvaluated)
                {
                    run.Urgency(rule);
                }
            }

            return new LegacyReport(run.Entries.ToArray(), run.Warnings?.ToArray() ?? Array.Empty<TimelineWarning>());
        }
        finally
        {
            run.Entries.Clear();
        }
    }


    internal static ulong Mask(IReadOnlyList<CaseEventType> types)
    {
        ulong mask = 0;
        for (int i = 0; i < types.Count; i++)
        {
            mask |= Bit(types[i]);
        }

        return mask;
    }

    private static ulong Bit(CaseEventType type) => 1UL << (int)type;

    // How each rule's clock was found, by id: the old catalogue's ClockKind.
    private static ClockKind KindOf(TimescaleRule rule) => rule.Id switch
    {
        "DL-01" or "DL-02" or "DL-03" or "DL-08" or "DL-12" or "DL-14" or "DL-18" or "DL-21" or "DL-22" => ClockKind.EachStart,
        "DL-11" => ClockKind.FixedDateAfterStart,
        "DL-04" => ClockKind.InitialConference,
        "DL-05" => ClockKind.CoreGroup,
        "DL-06" or "DL-07" => ClockKind.Reviews,
        "DL-09" => ClockKind.EarliestStart,
        "DL-13" => ClockKind.IncidentNotification,
        "DL-15" => ClockKind.Lcspr,
        "DL-16" or "DL-19" => ClockKind.Backward,
        "DL-17" or "DL-20" => ClockKind.Minimum,
        _ => ClockKind.NotEvaluated,
    };

    // The events a rule's process is made of: a rule is reported as not started only when its process appears in the timeline.
    private static ulong Family(TimescaleRule rule) => rule.Id switch
    {
        "DL-01" or "DL-02" or "DL-03" => Bit(ReferralReceived) | Bit(ReferralAcknowledged) | Bit(ReferralDecisionMade) | Bit(AssessmentConcluded),
        "DL-04" or "DL-05" or "DL-06" or "DL-07" => Bit(StrategyDiscussion) | Bit(Section47ConcernsSubstantiated) | Bit(InitialChildProtectionConference) | Bit(CoreGroupMeeting) | Bit(ReviewConference) | Bit(PlanEnded),
        "DL-09" => Bit(AllegationReportedToEmployer) | Bit(AllegationReportedToPolice) | Bit(AllegationReportedToSeniorManager) | Bit(LadoInformed),
        "DL-11" or "DL-12" => Bit(FinancialYearEnded) | Bit(YearlyReportPublished) | Bit(YearlyReportSentToPanel) | Bit(YearlyReportSentToMasaUnit),
        "DL-13" or "DL-14" => Bit(IncidentAwareness) | Bit(SeriousIncidentNotificationSubmitted) | Bit(RapidReviewSubmitted),
        "DL-15" or "DL-16" => Bit(LcsprDecision) | Bit(LcsprDecisionNotified) | Bit(LcsprCompleted) | Bit(LcsprSubmitted) | Bit(LcsprPublished) | Bit(LcsprPublicationPlanned) | Bit(LcsprReportSentToPanel) | Bit(LcsprReportSentToSecretaryOfState) | Bit(LcsprReportSentToOfsted),
        "DL-18" or "DL-19" => Bit(NationalReviewDecision) | Bit(NationalReviewPublicationPlanned) | Bit(NationalReviewPublished) | Bit(NationalReviewSentToSecretaryOfState),
        "DL-21" => Bit(DeathRegistered) | Bit(RegisterCorrected) | Bit(CertificateOfNoLiabilityIssued) | Bit(ParticularsSuppliedToCdrPartners),
        "DL-22" => Bit(CoronerDecidedToInvestigate) | Bit(CdrPartnersNotifiedByCoroner),
        _ => 0,
    };

    /// <summary>One evaluation: the visible events, the entries so far, the warnings.</summary>
    private sealed class Run
    {
        private readonly LegacyDeadlineEvaluator owner;
        private readonly CaseTimeline timeline;
        private readonly IReadOnlyList<CaseEvent> events;
        private readonly LocalDate asOf;
        private readonly ulong present;

        public Run(LegacyDeadlineEvaluator owner, CaseTimeline timeline, LocalDate asOf, List<LegacyEntry> entries)
        {
            this.owner = owner;
            this.timeline = timeline;
            events = timeline.Events;
            this.asOf = asOf;
            Entries = entries;
            int visible = 0;
            ulong mask = 0;
            while (visible < events.Count && events[visible].Date <= asOf)
            {
                mask |= Bit(events[visible].Type);
                visible++;
            }

            // Planned publication dates are plans known now, whatever date they name.
            for (int i = visible; i < events.Count; i++)
            {
                if (events[i].Type is LcsprPublicationPlanned or NationalReviewPublicationPlanned)
                {
                    mask |= Bit(events[i].Type);
                }
            }

            Visible = visible;
            present = mask;
        }

        public List<LegacyEntry> Entries { get; }

        public List<TimelineWarning>? Warnings { get; private set; }

        public int Visible { get; }

        private WorkingDayCalendar Calendar => owner.Calendar;

        private TimescaleOptions Options => owner.Options;

        public void Timescale(TimescaleRule rule)
        {
            switch (KindOf(rule))
            {
                case ClockKind.EachStart:
                case ClockKind.FixedDateAfterStart:
                    EachStart(rule, Mask(rule.StartEvents), rule.Obligations.Count);
                    break;
                case ClockKind.EarliestStart:
                    EarliestStart(rule);
                    break;
                case ClockKind.InitialConference:
                    InitialConference(rule);
                    break;
                case ClockKind.CoreGroup:
                    CoreGroup(rule);
                    break;
                case ClockKind.Reviews:
                    if (ReferenceEquals(rule, owner.dl06))
                    {
                        Reviews();
                    }

                    break;
                case ClockKind.IncidentNotification:
                    IncidentNotification(rule);
                    break;
                case ClockKind.Lcspr:
                    Lcspr(rule);
                    break;
                case ClockKind.Backward:
                    Backward(rule);
                    break;
                case ClockKind.Minimum:
                    Minimum(rule);
                    break;
                default:
                    break;
            }
        }

        public void Urgency(UrgencyRule rule)
        {
            ulong startMask = Mask(rule.StartEvents);
            ulong endMask = Mask(rule.EndEvents);
            int searchFrom = 0;
            int occurrence = 0;
            for (int i = 0; i < Visible; i++)
            {
                if ((Bit(events[i].Type) & startMask) == 0)
                {
                    continue;
                }

                var start = events[i].Date;
                int endIndex = FirstFrom(endMask, Math.Max(searchFrom, i), start);
                occurrence++;
                if (endIndex >= 0)
                {
                    searchFrom = endIndex + 1;
                    var end = events[endIndex].Date;
                    Add(rule, 0, occurrence, DeadlineStatus.Done, start, default, end, Period.DaysBetween(start, end), null, null);
                }
                else
                {
                    Add(rule, 0, occurrence, DeadlineStatus.Pending, start, default, default, Period.DaysBetween(start, asOf), null, null);
                }
            }
        }

        private void EachStart(TimescaleRule rule, ulong startMask, int obligations)
        {
            bool started = false;
            for (int o = 0; o < obligations; o++)
            {
                ulong endMask = Mask(rule.Obligations[o].EndEvents);
                int searchFrom = 0;
                int occurrence = 0;
                for (int i = 0; i < Visible; i++)
                {
                    if ((Bit(events[i].Type) & startMask) == 0)
                    {
                        continue;
                    }

                    started = true;
                    occurrence++;
                    var start = events[i].Date;
                    var due = DueDate(rule, start);
                    int endIndex = FirstFrom(endMask, Math.Max(searchFrom, i), start);
                    if (endIndex >= 0)
                    {
                        searchFrom = endIndex + 1;
                    }

                    AddForward(rule, o, occurrence, start, due, endIndex);
                }

                WarnUnmatchedEnds(rule, startMask, endMask);
            }

            if (!started)
            {
                NotStarted(rule);
            }
        }

        // DL-09: one clock per allegation. Reports to the employer and to the police before the designated officer is
        // informed are one allegation; a report after the officer was informed starts the next clock.
        private void EarliestStart(TimescaleRule rule)
        {
            ulong startMask = Mask(rule.StartEvents);
            ulong endMask = Mask(rule.Obligations[0].EndEvents);
            int open = -1;
            int occurrence = 0;
            for (int i = 0; i < Visible; i++)
            {
                ulong bit = Bit(events[i].Type);
                if ((bit & startMask) != 0 && open < 0)
                {
                    open = i;
                    occurrence++;
                }
                else if ((bit & endMask) != 0)
                {
                    if (open >= 0)
                    {
                        AddForward(rule, 0, occurrence, events[open].Date, DueDate(rule, events[open].Date), i);
                        open = -1;
                    }
                    else
                    {
                        Warn(i, $"{events[i].Type.Name()} with no earlier {rule.StartEvents[0].Name()} ({rule.Id})");
                    }
                }
            }

            if (open >= 0)
            {
                AddForward(rule, 0, occurrence, events[open].Date, DueDate(rule, events[open].Date), -1);
            }
            else if (occurrence == 0)
            {
                NotStarted(rule);
            }
        }

        // The index of the first visible initial conference after `after` (an index), or -1.
        private int NextConference(int after) => FirstFrom(Bit(InitialChildProtectionConference), after + 1, default);

        // DL-04, once for each initial conference (a child can be the subject of more than one plan), and once for
        // strategy discussions after the last conference that have not yet led to one.
        private void InitialConference(TimescaleRule rule)
        {
            int occurrence = 0;
            int previous = -1;
            while (true)
            {
                int conference = NextConference(previous);
                bool closed = conference >= 0;
                var lower = previous >= 0 ? events[previous].Date : default;
                var upper = closed ? events[conference].Date : asOf;
                int candidates = 0, unmarked = 0, marked = 0, firstMarked = -1, firstUnmarked = -1, lastUnmarked = -1, only = -1;
                for (int i = 0; i < Visible && events[i].Date <= upper; i++)
                {
                    if (events[i].Type != StrategyDiscussion || (previous >= 0 && events[i].Date <= lower))
                    {
                        continue;
                    }

                    candidates++;
                    only = i;
                    if (events[i].InitiatedSection47 == true)
                    {
                        marked++;
                        firstMarked = firstMarked < 0 ? i : firstMarked;
                    }
                    else if (events[i].InitiatedSection47 is null)
                    {
                        unmarked++;
                        firstUnmarked = firstUnmarked < 0 ? i : firstUnmarked;
                        lastUnmarked = i;
                    }
                }

                if (closed)
                {
                    occurrence++;
                    if (candidates == 0)
                    {
                        Warn(conference, "an initial child protection conference with no strategy discussion on or before it");
                        Add(rule, 0, occurrence, DeadlineStatus.Undetermined, default, default, events[conference].Date, 0, MissingStrategyDiscussion, null);
                    }
                    else
                    {
                        ConferenceClock(rule, occurrence, candidates, only, marked, firstMarked, unmarked, firstUnmarked, lastUnmarked, conference, substantiated: true);
                    }

                    previous = conference;
                    continue;
                }

                // After the last conference: discussions that may yet lead to one.
                bool anyInitiating = marked > 0 || unmarked > 0;
                if (candidates > 0 && anyInitiating)
                {
                    bool substantiated = false;
                    for (int i = 0; i < Visible; i++)
                    {
                        if (events[i].Type == Section47ConcernsSubstantiated && (previous < 0 || events[i].Date > lower))
                        {
                            substantiated = true;
                            break;
                        }
                    }

                    ConferenceClock(rule, occurrence + 1, candidates, only, marked, firstMarked, unmarked, firstUnmarked, lastUnmarked, -1, substantiated);
                }
                else if (occurrence == 0)
                {
                    NotStarted(rule);
                }

                return;
            }
        }

        private void ConferenceClock(TimescaleRule rule, int occurrence, int candidates, int only, int marked, int firstMarked, int unmarked, int firstUnmarked, int lastUnmarked, int conference, bool substantiated)
        {
            int earliest, latest;
            string[]? missing = null;
            if (candidates == 1)
            {
                earliest = latest = only;
            }
            else if (marked >= 1)
            {
                if (marked > 1)
                {
                    Warn(firstMarked, "more than one strategy discussion is marked as initiating section 47 enquiries; the earliest is used");
                }

                earliest = latest = firstMarked;
            }
            else if (unmarked >= 1)
            {
                // Which discussion initiated section 47 enquiries is not recorded: the clock starts at one of them.
                earliest = firstUnmarked;
                latest = lastUnmarked;
                missing = MissingInitiated;
            }
            else
            {
                earliest = latest = only;
            }

            if (!substantiated)
            {
                // The conference is needed only if concerns are substantiated: show the (earliest) due date, settle nothing.
                var start = events[earliest].Date;
                Add(rule, 0, occurrence, DeadlineStatus.Undetermined, start, DueDate(rule, start), default, 0, missing is null ? MissingSubstantiated : MissingInitiatedAndSubstantiated, null);
                return;
            }

            AddBounded(rule, 0, occurrence, events[earliest].Date, events[latest].Date, conference, missing ?? MissingInitiated);
        }

        private void CoreGroup(TimescaleRule rule)
        {
            int conference = NextConference(-1);
            if (conference < 0)
            {
                NotStarted(rule);
                return;
            }

            for (int occurrence = 1; conference >= 0; occurrence++)
            {
                int next = NextConference(conference);
                var start = events[conference].Date;
                var due = DueDate(rule, start);
                switch (events[conference].PlanMade)
                {
                    case false:
                        break;
                    case null:
                        Add(rule, 0, occurrence, DeadlineStatus.Undetermined, start, due, default, 0, MissingPlanMade, null);
                        break;
                    default:
                        int meeting = FirstFrom(Bit(CoreGroupMeeting), conference, start);
                        AddForward(rule, 0, occurrence, start, due, meeting >= 0 && (next < 0 || meeting < next) ? meeting : -1);
                        break;
                }

                conference = next;
            }

            WarnUnmatchedEnds(rule, Bit(InitialChildProtectionConference), Bit(CoreGroupMeeting));
        }

        // DL-06 and DL-07, for each plan: the first review within three months of its initial conference, then
        // reviews at most six months apart until the plan ends or the next initial conference starts another.
        private void Reviews()
        {
            int conference = NextConference(-1);
            if (conference < 0)
            {
                NotStarted(owner.dl06);
                if ((present & Bit(ReviewConference)) != 0)
                {
                    Warn(FirstFrom(Bit(ReviewConference), 0, default), "a review conference with no initial child protection conference before it");
                }

                return;
            }

            for (int i = 0; i < conference; i++)
            {
                if (events[i].Type == ReviewConference)
                {
                    Warn(i, "a review conference before the initial child protection conference");
                }
            }

            int plan = 0;
            int laterReview = 1;
            while (conference >= 0)
            {
                int next = NextConference(conference);
                plan++;
                var icpc = events[conference].Date;
                if (events[conference].PlanMade is null)
                {
                    Add(owner.dl06, 0, plan, DeadlineStatus.Undetermined, icpc, DueDate(owner.dl06, icpc), default, 0, MissingPlanMade, null);
                }
                else if (events[conference].PlanMade == true)
                {
                    ReviewSeries(conference, next, plan, ref laterReview);
                }

                conference = next;
            }
        }

        private void ReviewSeries(int conference, int next, int plan, ref int laterReview)
        {
            int limit = next >= 0 ? next : Visible;
            var icpc = events[conference].Date;
            int planEnd = FirstFrom(Bit(PlanEnded), conference, icpc);
            planEnd = planEnd >= 0 && planEnd < limit ? planEnd : -1;
            var planEndDate = planEnd >= 0 ? events[planEnd].Date : default;
            var anchor = icpc;
            int searchFrom = conference + 1;
            for (bool first = true; ; first = false)
            {
                var rule = first ? owner.dl06 : owner.dl07;
                int occurrence = first ? plan : ++laterReview;
                var due = DueDate(rule, anchor);
                int review = FirstFrom(Bit(ReviewConference), searchFrom, anchor);
                review = review >= 0 && review < limit ? review : -1;
                bool reviewBeforeEnd = review >= 0 && (planEnd < 0 || events[review].Date <= planEndDate);
                if (planEnd >= 0 && !reviewBeforeEnd)
                {
                    // The plan ended before this review was held: nothing more is owed, but a review already due was missed.
                    if (planEndDate > due)
                    {
                        Add(rule, 0, occurrence, DeadlineStatus.Breached, anchor, due, default, Late(rule, due, planEndDate), null, NotePlanEnded);
                    }

                    return;
                }

                if (review < 0 && next >= 0)
                {
                    // Another initial conference began a new plan before this review: a review due before it was missed.
                    var nextDate = events[next].Date;
                    if (nextDate > due)
                    {
                        Add(rule, 0, occurrence, DeadlineStatus.Breached, anchor, due, default, Late(rule, due, nextDate), null, NoteNewPlan);
                    }

                    return;
                }

                AddForward(rule, 0, occurrence, anchor, due, review);
                if (review < 0)
                {
                    return;
                }

                anchor = Options.ReviewAnchor == ReviewAnchorReading.PreviousDueDate ? due : events[review].Date;
                searchFrom = review + 1;
                if (planEnd >= 0 && events[review].Date >= planEndDate)
                {
                    return;
                }
            }
        }

        private void IncidentNotification(TimescaleRule rule)
        {
            int earliest = FirstFrom(Bit(IncidentAwareness), 0, default);
            int notification = FirstFrom(Bit(SeriousIncidentNotificationSubmitted), 0, default);
            if (earliest < 0)
            {
                if (notification >= 0)
                {
                    Warn(notification, "a serious incident notification with no incident awareness before it");
                    Add(rule, 0, 1, DeadlineStatus.Undetermined, default, default, events[notification].Date, 0, MissingAwareness, null);
                }
                else
                {
                    NotStarted(rule);
                }

                return;
            }

            if (notification >= 0 && notification < earliest)
            {
                Warn(notification, "a serious incident notification before any safeguarding partner became aware of the incident");
            }

            int start = earliest;
            int latest = earliest;
            if (Options.IncidentAwareness == IncidentAwarenessReading.LocalAuthority)
            {
                // The local authority's first awareness. An earlier awareness by an unnamed partner may have been the
                // local authority's: then the clock starts at one of them, and the report settles only what both agree.
                int firstUnnamed = -1;
                int localAuthority = -1;
                for (int i = 0; i < Visible; i++)
                {
                    if (events[i].Type != IncidentAwareness)
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
                    Add(rule, 0, 1, DeadlineStatus.Undetermined, default, default, notification >= 0 ? events[notification].Date : default, 0, MissingLocalAuthorityAwareness, null);
                    return;
                }

                start = firstUnnamed >= 0 ? firstUnnamed : localAuthority;
                latest = localAuthority >= 0 ? localAuthority : -1;
                if (latest < 0)
                {
                    // Only unnamed awareness: the local authority may have learned of it then, or later.
                    var from = events[start].Date;
                    int submitted = FirstFrom(Bit(SeriousIncidentNotificationSubmitted), start, from);
                    var due = DueDate(rule, from);
                    if (submitted >= 0 && events[submitted].Date <= due)
                    {
                        Add(rule, 0, 1, DeadlineStatus.Met, from, due, events[submitted].Date, 0, null, null);
                    }
                    else
                    {
                        Add(rule, 0, 1, DeadlineStatus.Undetermined, from, due, submitted >= 0 ? events[submitted].Date : default, 0, MissingLocalAuthorityAwareness, null);
                    }

                    return;
                }
            }

            var startDate = events[start].Date;
            AddBounded(rule, 0, 1, startDate, events[latest].Date, FirstFrom(Bit(SeriousIncidentNotificationSubmitted), start, startDate), MissingLocalAuthorityAwareness);
        }

        private void Lcspr(TimescaleRule rule)
        {
            var endType = Options.LcsprEnd switch
            {
                LcsprEndReading.Completed => LcsprCompleted,
                LcsprEndReading.Submitted => LcsprSubmitted,
                _ => LcsprPublished,
            };
            int searchFrom = 0;
            int occurrence = 0;
            for (int i = 0; i < Visible; i++)
            {
                if (events[i].Type != LcsprDecision)
                {
                    continue;
                }

                occurrence++;
                var start = events[i].Date;
                int end = FirstFrom(Bit(endType), Math.Max(searchFrom, i), start);
                if (end >= 0)
                {
                    searchFrom = end + 1;
                }

                AddForward(rule, 0, occurrence, start, DueDate(rule, start), end);
            }

            if (occurrence == 0)
            {
                NotStarted(rule);
            }
            else
            {
                WarnUnmatchedEnds(rule, Bit(LcsprDecision), Bit(endType));
            }
        }

        // The reviews a timeline holds: events are attributed to the latest decision to initiate a review on or before
        // them (events before the first decision belong to the first review), or all to one review when no decision is
        // recorded. Window k runs from WindowStart(k) (default: open) up to WindowStart(k + 1).
        private int WindowCount(CaseEventType decision)
        {
            int count = 0;
            var last = default(LocalDate);
            for (int i = 0; i < Visible; i++)
            {
                if (events[i].Type == decision && (count == 0 || events[i].Date > last))
                {
                    count++;
                    last = events[i].Date;
                }
            }

            return Math.Max(count, 1);
        }

        private LocalDate WindowStart(CaseEventType decision, int window)
        {
            if (window == 0)
            {
                return default;
            }

            int count = 0;
            var last = default(LocalDate);
            for (int i = 0; i < Visible; i++)
            {
                if (events[i].Type == decision && (count == 0 || events[i].Date > last))
                {
                    if (count == window)
                    {
                        return events[i].Date;
                    }

                    count++;
                    last = events[i].Date;
                }
            }

            return default;
        }

        private void Backward(TimescaleRule rule)
        {
            var published = rule.StartEvents[0];
            var planned = rule.StartEvents[1];
            var decision = rule.Id == "DL-16" ? LcsprDecision : NationalReviewDecision;
            int count = WindowCount(decision);
            bool any = false;
            for (int w = 0; w < count; w++)
            {
                var from = WindowStart(decision, w);
                var to = w + 1 < count ? WindowStart(decision, w + 1) : default;
                int anchor = FirstInWindow(published, from, to, Visible);
                string? note = null;
                if (anchor < 0)
                {
                    anchor = PlannedInWindow(planned, from, to);
                    note = NotePlanned;
                }

                if (anchor < 0)
                {
                    continue;
                }

                any = true;
                var anchorDate = events[anchor].Date;
                var due = Calendar.AddWorkingDays(anchorDate, -rule.Amount);
                for (int o = 0; o < rule.Obligations.Count; o++)
                {
                    int sent = FirstInWindow(rule.Obligations[o].EndEvents[0], from, to, Visible);
                    AddForward(rule, o, w + 1, anchorDate, due, sent, note);
                }
            }

            if (!any)
            {
                NotStarted(rule);
            }
        }

        private void Minimum(TimescaleRule rule)
        {
            var decision = rule.Id == "DL-17" ? LcsprDecision : NationalReviewDecision;
            int count = WindowCount(decision);
            for (int w = 0; w < count; w++)
            {
                var from = WindowStart(decision, w);
                var to = w + 1 < count ? WindowStart(decision, w + 1) : default;
                int publication = FirstInWindow(rule.StartEvents[0], from, to, Visible);
                if (publication < 0)
                {
                    continue;
                }

                var start = events[publication].Date;
                var earliest = DueDate(rule, start);
                int withdrawn = FirstFrom(Mask(rule.Obligations[0].EndEvents), publication, start);
                if (withdrawn >= 0 && to != default && events[withdrawn].Date >= to)
                {
                    withdrawn = -1;
                }

                if (withdrawn >= 0)
                {
                    var end = events[withdrawn].Date;
                    var status = end < earliest ? DeadlineStatus.Breached : DeadlineStatus.Met;
                    Add(rule, 0, w + 1, status, start, earliest, end, status == DeadlineStatus.Breached ? Period.DaysBetween(end, earliest) : 0, null, null);
                }
                else if (asOf < earliest)
                {
                    Add(rule, 0, w + 1, DeadlineStatus.Running, start, earliest, default, Period.DaysBetween(asOf, earliest), null, null);
                }
                else
                {
                    Add(rule, 0, w + 1, DeadlineStatus.Met, start, earliest, default, 0, null, null);
                }
            }
        }

        // The first event of a type dated in [from, to) (open ends when default), among the first `limit` events.
        private int FirstInWindow(CaseEventType type, LocalDate from, LocalDate to, int limit)
        {
            for (int i = 0; i < limit; i++)
            {
                var date = events[i].Date;
                if (events[i].Type == type && (from == default || date >= from) && (to == default || date < to))
                {
                    return i;
                }
            }

            return -1;
        }

        // A planned date in the window. Plans are known now, whatever date they name, so every event is searched.
        // Two different planned dates cannot both be current: the earliest is used (the safer deadline) and a warning says so.
        private int PlannedInWindow(CaseEventType type, LocalDate from, LocalDate to)
        {
            int first = FirstInWindow(type, from, to, events.Count);
            if (first < 0)
            {
                return -1;
            }

            for (int i = first + 1; i < events.Count; i++)
            {
                var date = events[i].Date;
                if (events[i].Type == type && date != events[first].Date && date >= from && (to == default || date < to))
                {
                    Warn(i, $"more than one planned publication date ({type.Name()}); the earliest is used: record only the current plan");
                    break;
                }
            }

            return first;
        }

        // A clock whose start is known only to lie between two dates: settle the status when every start agrees.
        private void AddBounded(TimescaleRule rule, int obligation, int occurrence, LocalDate earliestStart, LocalDate latestStart, int endIndex, string[] missing)
        {
            if (earliestStart == latestStart)
            {
                AddForward(rule, obligation, occurrence, earliestStart, DueDate(rule, earliestStart), endIndex);
                return;
            }

            var earliestDue = DueDate(rule, earliestStart);
            var latestDue = DueDate(rule, latestStart);
            string note = $"The start is not recorded: it lies between {earliestStart:yyyy-MM-dd} and {latestStart:yyyy-MM-dd}, so the due date lies between {earliestDue:yyyy-MM-dd} and {latestDue:yyyy-MM-dd}.";
            if (endIndex >= 0)
            {
                var end = events[endIndex].Date;
                if (end <= earliestDue)
                {
                    Add(rule, obligation, occurrence, DeadlineStatus.Met, earliestStart, earliestDue, end, 0, null, note);
                }
                else if (end > latestDue)
                {
                    Add(rule, obligation, occurrence, DeadlineStatus.MetLate, latestStart, latestDue, end, Late(rule, latestDue, end), null, note);
                }
                else
                {
                    Add(rule, obligation, occurrence, DeadlineStatus.Undetermined, earliestStart, earliestDue, end, 0, missing, note);
                }
            }
            else if (asOf <= earliestDue)
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Due, earliestStart, earliestDue, default, Remaining(rule, earliestDue), null, note);
            }
            else if (asOf > latestDue)
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Overdue, latestStart, latestDue, default, Late(rule, latestDue, asOf), null, note);
            }
            else
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Undetermined, earliestStart, earliestDue, default, 0, missing, note);
            }
        }

        private void AddForward(TimescaleRule rule, int obligation, int occurrence, LocalDate start, LocalDate due, int endIndex, string? note = null)
        {
            if (endIndex >= 0)
            {
                var end = events[endIndex].Date;
                if (end <= due)
                {
                    Add(rule, obligation, occurrence, DeadlineStatus.Met, start, due, end, 0, null, note);
                }
                else
                {
                    Add(rule, obligation, occurrence, DeadlineStatus.MetLate, start, due, end, Late(rule, due, end), null, note);
                }
            }
            else if (asOf <= due)
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Due, start, due, default, Remaining(rule, due), null, note);
            }
            else
            {
                Add(rule, obligation, occurrence, DeadlineStatus.Overdue, start, due, default, Late(rule, due, asOf), null, note);
            }
        }

        private void NotStarted(TimescaleRule rule)
        {
            if (rule.Id is "DL-08" or "DL-17" or "DL-20" || (present & Family(rule)) == 0)
            {
                return;
            }

            for (int o = 0; o < rule.Obligations.Count; o++)
            {
                Add(rule, o, 0, DeadlineStatus.NotStarted, default, default, default, 0, null, null);
            }
        }

        private void Add(IRule rule, int obligation, int occurrence, DeadlineStatus status, LocalDate start, LocalDate due, LocalDate end, int days, string[]? missing, string? note) =>
            Entries.Add(new LegacyEntry(rule.Id, obligation, occurrence, status, start, due, end, days, missing ?? Array.Empty<string>(), note));

        private LocalDate DueDate(TimescaleRule rule, LocalDate start) => rule.Unit switch
        {
            TimeUnit.WorkingDays => Calendar.AddWorkingDays(
                Options.NonWorkingDayStart == NonWorkingDayStartReading.NextWorkingDayIsDayZero ? Calendar.OnOrNextWorkingDay(start) : start,
                rule.Amount),
            TimeUnit.CalendarDays => start.PlusDays(rule.Amount),
            TimeUnit.Months => start.PlusMonths(rule.Amount),
            TimeUnit.Years => start.PlusYears(rule.Amount),
            _ => NextThirtiethOfSeptember(start),
        };

        private static LocalDate NextThirtiethOfSeptember(LocalDate start)
        {
            var candidate = new LocalDate(start.Year, 9, 30);
            return candidate >= start ? candidate : candidate.PlusYears(1);
        }

        private int Late(TimescaleRule rule, LocalDate due, LocalDate end) =>
            rule.Unit == TimeUnit.WorkingDays ? Calendar.WorkingDaysBetween(due, end) : Period.DaysBetween(due, end);

        private int Remaining(TimescaleRule rule, LocalDate due) =>
            rule.Unit == TimeUnit.WorkingDays ? Calendar.WorkingDaysBetween(asOf, due) : Period.DaysBetween(asOf, due);

        // The first visible event in the mask at or after index `from` and dated on or after `notBefore`; -1 when none.
        private int FirstFrom(ulong mask, int from, LocalDate notBefore)
        {
            for (int i = from; i < Visible; i++)
            {
                if ((Bit(events[i].Type) & mask) != 0 && events[i].Date >= notBefore)
                {
                    return i;
                }
            }

            return -1;
        }

        private void WarnUnmatchedEnds(TimescaleRule rule, ulong startMask, ulong endMask)
        {
            for (int i = 0; i < Visible; i++)
            {
                if ((Bit(events[i].Type) & endMask) == 0)
                {
                    continue;
                }

                bool hasStart = false;
                for (int j = 0; j < Visible && events[j].Date <= events[i].Date; j++)
                {
                    if ((Bit(events[j].Type) & startMask) != 0)
                    {
                        hasStart = true;
                        break;
                    }
                }

                if (!hasStart)
                {
                    Warn(i, $"{events[i].Type.Name()} with no earlier {rule.StartEvents[0].Name()} ({rule.Id})");
                }
            }
        }

        private void Warn(int index, string message)
        {
            Warnings ??= new List<TimelineWarning>();
            int position = timeline.InputPosition(index);
            foreach (var existing in Warnings)
            {
                if (existing.Position == position && existing.Message == message)
                {
                    return;
                }
            }

            Warnings.Add(new TimelineWarning(position, events[index].Type, message));
        }
    }
}

/// <summary>One entry of the legacy evaluator's report.</summary>
internal readonly record struct LegacyEntry(string RuleId, int ObligationIndex, int Occurrence, DeadlineStatus Status, LocalDate Start, LocalDate Due, LocalDate End, int Days, string[] MissingFacts, string? Note);

/// <summary>The legacy evaluator's report.</summary>
internal sealed record LegacyReport(LegacyEntry[] Entries, TimelineWarning[] Warnings);

/// <summary>How a limit's clock was found in a timeline (the old catalogue's internal enum).</summary>
internal enum ClockKind
{
    NotEvaluated,
    EachStart,
    EarliestStart,
    InitialConference,
    CoreGroup,
    Reviews,
    IncidentNotification,
    FixedDateAfterStart,
    Lcspr,
    Backward,
    Minimum,
}


/// <summary>AT-04: whose awareness starts the five-working-day serious incident notification clock.</summary>
internal enum IncidentAwarenessReading
{
    /// <summary>Default: the earliest date on which any of the three safeguarding partners became aware (paragraph 372).</summary>
    EarliestSafeguardingPartner,

    /// <summary>The date the local authority became aware (the chapter 5 summary box).</summary>
    LocalAuthority,
}

/// <summary>AT-06: which event ends the six-month LCSPR clock.</summary>
internal enum LcsprEndReading
{
    /// <summary>Default: the report is completed and published (paragraph 408, the strictest reading).</summary>
    CompletedAndPublished,

    /// <summary>The review is completed (paragraph 385).</summary>
    Completed,

    /// <summary>The review is submitted (the chapter 5 summary box).</summary>
    Submitted,
}

/// <summary>AT-10: what each six-month review interval runs from.</summary>
internal enum ReviewAnchorReading
{
    /// <summary>Default: from the previous review conference as held ("thereafter at maximum intervals of six months").</summary>
    PreviousReview,

    /// <summary>From the previous review's due date, so that a late review does not push the schedule back.</summary>
    PreviousDueDate,
}

/// <summary>AT-11: how an event on a non-working day starts a working-day clock.</summary>
internal enum NonWorkingDayStartReading
{
    /// <summary>Default: the event's day is day 0 and the next working day is day 1.</summary>
    NextWorkingDayIsDayOne,

    /// <summary>The clock starts on the next working day, which is day 0 (one working day later).</summary>
    NextWorkingDayIsDayZero,
}

/// <summary>The readings a caller may choose where the text admits more than one. The defaults are documented in docs/rules/timescales.md.</summary>
internal sealed record TimescaleOptions
{
    /// <summary>The library's default readings.</summary>
    public static TimescaleOptions Default { get; } = new();

    /// <summary>The legacy options for a set of readings.</summary>
    public static TimescaleOptions From(Readings readings) => new()
    {
        IncidentAwareness = readings.Uses(TimescaleInterpretations.IncidentAwareness, "local-authority") ? IncidentAwarenessReading.LocalAuthority : IncidentAwarenessReading.EarliestSafeguardingPartner,
        LcsprEnd = readings.Uses(TimescaleInterpretations.LcsprEnd, "completed") ? LcsprEndReading.Completed : readings.Uses(TimescaleInterpretations.LcsprEnd, "submitted") ? LcsprEndReading.Submitted : LcsprEndReading.CompletedAndPublished,
        ReviewAnchor = readings.Uses(TimescaleInterpretations.ReviewAnchor, "previous-due-date") ? ReviewAnchorReading.PreviousDueDate : ReviewAnchorReading.PreviousReview,
        NonWorkingDayStart = readings.Uses(TimescaleInterpretations.NonWorkingDayStart, "next-working-day-is-day-zero") ? NonWorkingDayStartReading.NextWorkingDayIsDayZero : NonWorkingDayStartReading.NextWorkingDayIsDayOne,
    };

    /// <summary>AT-04: whose awareness starts the serious incident notification clock.</summary>
    public IncidentAwarenessReading IncidentAwareness { get; init; } = IncidentAwarenessReading.EarliestSafeguardingPartner;

    /// <summary>AT-06: which event ends the LCSPR clock.</summary>
    public LcsprEndReading LcsprEnd { get; init; } = LcsprEndReading.CompletedAndPublished;

    /// <summary>AT-10: what each review interval runs from.</summary>
    public ReviewAnchorReading ReviewAnchor { get; init; } = ReviewAnchorReading.PreviousReview;

    /// <summary>AT-11: how an event on a non-working day starts a working-day clock.</summary>
    public NonWorkingDayStartReading NonWorkingDayStart { get; init; } = NonWorkingDayStartReading.NextWorkingDayIsDayOne;
}
