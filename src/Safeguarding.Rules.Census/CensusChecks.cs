using NodaTime;
using NodaTime.Text;

namespace Safeguarding.Rules.Census;

/// <summary>The data-quality checks on one episode's dates: order, and dates after the census reference date.</summary>
internal static class CensusChecks
{
    private static string D(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static void Episode(CensusReader.ChildRecord record, int number, CensusEpisode episode, LocalDate? reference)
    {
        var referral = episode.ReferralDate;
        After(record, new ElementPath(number, "CINreferralDate"), referral, reference);
        After(record, new ElementPath(number, "CINclosureDate"), episode.ClosureDate, reference);
        After(record, new ElementPath(number, "DateOfInitialCPC"), episode.InitialConferenceDate, reference);
        Before(record, new ElementPath(number, "CINclosureDate"), episode.ClosureDate, referral, "CINreferralDate");
        Before(record, new ElementPath(number, "DateOfInitialCPC"), episode.InitialConferenceDate, referral, "CINreferralDate");

        for (int i = 0; i < episode.Assessments.Count; i++)
        {
            var a = episode.Assessments[i];
            const string p = "Assessments";
            After(record, new ElementPath(number, p, i + 1, "AssessmentActualStartDate"), a.StartDate, reference);
            After(record, new ElementPath(number, p, i + 1, "AssessmentAuthorisationDate"), a.AuthorisationDate, reference);
            Before(record, new ElementPath(number, p, i + 1, "AssessmentActualStartDate"), a.StartDate, referral, "CINreferralDate");
            Before(record, new ElementPath(number, p, i + 1, "AssessmentAuthorisationDate"), a.AuthorisationDate, a.StartDate, "AssessmentActualStartDate");
        }

        for (int i = 0; i < episode.Section47s.Count; i++)
        {
            var s = episode.Section47s[i];
            const string p = "Section47";
            After(record, new ElementPath(number, p, i + 1, "S47ActualStartDate"), s.StartDate, reference);
            After(record, new ElementPath(number, p, i + 1, "DateOfInitialCPC"), s.InitialConferenceDate, reference);
            Before(record, new ElementPath(number, p, i + 1, "S47ActualStartDate"), s.StartDate, referral, "CINreferralDate");
            Before(record, new ElementPath(number, p, i + 1, "DateOfInitialCPC"), s.InitialConferenceDate, s.StartDate, "S47ActualStartDate");
            if (s.ConferenceNotRequired == true && s.InitialConferenceDate is not null)
            {
                record.Finding(new ElementPath(number, p, i + 1, "ICPCnotRequired"), "says no conference was needed, but DateOfInitialCPC records one");
            }
        }

        for (int i = 0; i < episode.Plans.Count; i++)
        {
            var plan = episode.Plans[i];
            const string p = "ChildProtectionPlans";
            After(record, new ElementPath(number, p, i + 1, "CPPstartDate"), plan.StartDate, reference);
            After(record, new ElementPath(number, p, i + 1, "CPPendDate"), plan.EndDate, reference);
            Before(record, new ElementPath(number, p, i + 1, "CPPstartDate"), plan.StartDate, referral, "CINreferralDate");
            Before(record, new ElementPath(number, p, i + 1, "CPPendDate"), plan.EndDate, plan.StartDate, "CPPstartDate");
            for (int r = 0; r < plan.ReviewDates.Count; r++)
            {
                var rp = new ElementPath(number, p, i + 1, "Reviews/CPPreviewDate", r + 1);
                After(record, rp, plan.ReviewDates[r], reference);
                Before(record, rp, plan.ReviewDates[r], plan.StartDate, "CPPstartDate");
                if (plan.EndDate is { } end && plan.ReviewDates[r] > end)
                {
                    record.Finding(rp, $"after CPPendDate ({D(end)})");
                }
            }
        }
    }

    private static void Before(CensusReader.ChildRecord record, ElementPath path, LocalDate? date, LocalDate? earliest, string name)
    {
        if (date is { } d && earliest is { } e && d < e)
        {
            record.Finding(path, $"{D(d)} is before {name} ({D(e)})");
        }
    }

    private static void After(CensusReader.ChildRecord record, ElementPath path, LocalDate? date, LocalDate? reference)
    {
        if (date is { } d && reference is { } r && d > r)
        {
            record.Finding(path, $"{D(d)} is after the census reference date ({D(r)})");
        }
    }
}
