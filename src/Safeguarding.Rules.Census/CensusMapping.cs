using System;
using System.Collections.Generic;
using NodaTime;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Census;

/// <summary>
/// From one census episode to one case timeline, by the readings in <see cref="CensusInterpretations"/>: the referral,
/// each assessment's authorisation, each section 47 start as the strategy discussion that initiated the enquiries, each
/// initial conference (with whether it made a plan), each review conference and each plan's end.
/// </summary>
public static class CensusMapping
{
    /// <summary>The timeline of one episode.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>The timeline.</returns>
    public static CaseTimeline Timeline(CensusEpisode episode)
    {
        if (episode is null)
        {
            throw new ArgumentNullException(nameof(episode));
        }

        return Timeline(episode, new List<CaseEvent>(8));
    }

    /// <summary>The timeline of one episode, built in a caller's scratch list (cleared first), in the timeline's own order so that it needs no sorting.</summary>
    internal static CaseTimeline Timeline(CensusEpisode episode, List<CaseEvent> events)
    {
        events.Clear();

        // census-assessment-concluded: a referral that led to no further action needs no assessment.
        if (episode.ReferralDate is { } referral && episode.ReferralNfa != true)
        {
            events.Add(new CaseEvent(CaseEventType.ReferralReceived, referral));
        }

        foreach (var assessment in episode.Assessments)
        {
            if (assessment.AuthorisationDate is { } authorised)
            {
                events.Add(new CaseEvent(CaseEventType.AssessmentConcluded, authorised));
            }
        }

        // census-s47-start: each enquiry's start is the strategy discussion that initiated it, unless it ended with no
        // conference needed.
        foreach (var enquiry in episode.Section47s)
        {
            if (enquiry.StartDate is { } start && !(enquiry.ConferenceNotRequired == true && enquiry.InitialConferenceDate is null))
            {
                events.Add(new CaseEvent(CaseEventType.StrategyDiscussion, start) { InitiatedSection47 = true });
            }
        }

        // census-conference: each conference date once; it made a plan when a plan starts on its date.
        int conferencesFrom = events.Count;
        Conference(events, conferencesFrom, episode, episode.InitialConferenceDate);
        foreach (var enquiry in episode.Section47s)
        {
            Conference(events, conferencesFrom, episode, enquiry.InitialConferenceDate);
        }

        foreach (var plan in episode.Plans)
        {
            Conference(events, conferencesFrom, episode, plan.StartDate);
        }

        foreach (var plan in episode.Plans)
        {
            foreach (var review in plan.ReviewDates)
            {
                events.Add(new CaseEvent(CaseEventType.ReviewConference, review));
            }

            if (plan.EndDate is { } end)
            {
                events.Add(new CaseEvent(CaseEventType.PlanEnded, end));
            }
        }

        Sort(events);
        return CaseTimeline.Create(events);
    }

    private static void Conference(List<CaseEvent> events, int from, CensusEpisode episode, LocalDate? date)
    {
        if (date is not { } d)
        {
            return;
        }

        for (int i = from; i < events.Count; i++)
        {
            if (events[i].Date == d)
            {
                return;
            }
        }

        bool planMade = false;
        foreach (var plan in episode.Plans)
        {
            planMade |= plan.StartDate == d;
        }

        events.Add(new CaseEvent(CaseEventType.InitialChildProtectionConference, d) { PlanMade = planMade });
    }

    // A stable insertion sort into the timeline's order (date, type, then the facts): a handful of events, no allocation.
    private static void Sort(List<CaseEvent> events)
    {
        for (int i = 1; i < events.Count; i++)
        {
            var e = events[i];
            int j = i - 1;
            while (j >= 0 && Compare(events[j], e) > 0)
            {
                events[j + 1] = events[j];
                j--;
            }

            events[j + 1] = e;
        }
    }

    private static int Compare(CaseEvent a, CaseEvent b)
    {
        int c = a.Date.CompareTo(b.Date);
        if (c == 0)
        {
            c = a.Type.CompareTo(b.Type);
        }

        if (c == 0)
        {
            c = Nullable.Compare(a.InitiatedSection47, b.InitiatedSection47);
        }

        return c == 0 ? Nullable.Compare(a.PlanMade, b.PlanMade) : c;
    }
}
