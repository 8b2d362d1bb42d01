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

        var events = new List<CaseEvent>(8);

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
        var conferences = new List<LocalDate>(2);
        void Conference(LocalDate? date)
        {
            if (date is { } d && !conferences.Contains(d))
            {
                conferences.Add(d);
            }
        }

        Conference(episode.InitialConferenceDate);
        foreach (var enquiry in episode.Section47s)
        {
            Conference(enquiry.InitialConferenceDate);
        }

        foreach (var plan in episode.Plans)
        {
            Conference(plan.StartDate);
        }

        foreach (var date in conferences)
        {
            bool planMade = false;
            foreach (var plan in episode.Plans)
            {
                planMade |= plan.StartDate == date;
            }

            events.Add(new CaseEvent(CaseEventType.InitialChildProtectionConference, date) { PlanMade = planMade });
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

        return CaseTimeline.Create(events);
    }
}
