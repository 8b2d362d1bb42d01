using NodaTime;
using NodaTime.Text;

namespace Safeguarding.Rules.Census;

/// <summary>The data-quality checks on one episode's dates: order, and dates after the census reference date.</summary>
internal static class CensusChecks
{
    private static string D(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static void Episode(CensusReader.ChildRecord record, string path, CensusEpisode episode, LocalDate? reference)
    {
        var referral = episode.ReferralDate;
        After(record, path + "/CINreferralDate", referral, reference);
        After(record, path + "/CINclosureDate", episode.ClosureDate, reference);
        After(record, path + "/DateOfInitialCPC", episode.InitialConferenceDate, reference);
        Before(record, path + "/CINclosureDate", episode.ClosureDate, referral, "CINreferralDate");
        Before(record, path + "/DateOfInitialCPC", episode.InitialConferenceDate, referral, "CINreferralDate");

        for (int i = 0; i < episode.Assessments.Count; i++)
        {
            var a = episode.Assessments[i];
            string p = $"{path}/Assessments[{i + 1}]";
            After(record, p + "/AssessmentActualStartDate", a.StartDate, reference);
            After(record, p + "/AssessmentAuthorisationDate", a.AuthorisationDate, reference);
            Before(record, p + "/AssessmentActualStartDate", a.StartDate, referral, "CINreferralDate");
            Before(record, p + "/AssessmentAuthorisationDate", a.AuthorisationDate, a.StartDate, "AssessmentActualStartDate");
        }

        for (int i = 0; i < episode.Section47s.Count; i++)
        {
            var s = episode.Section47s[i];
            string p = $"{path}/Section47[{i + 1}]";
            After(record, p + "/S47ActualStartDate", s.StartDate, reference);
            After(record, p + "/DateOfInitialCPC", s.InitialConferenceDate, reference);
            Before(record, p + "/S47ActualStartDate", s.StartDate, referral, "CINreferralDate");
            Before(record, p + "/DateOfInitialCPC", s.InitialConferenceDate, s.StartDate, "S47ActualStartDate");
            if (s.ConferenceNotRequired == true && s.InitialConferenceDate is not null)
            {
                record.Finding(p + "/ICPCnotRequired", "says no conference was needed, but DateOfInitialCPC records one");
            }
        }

        for (int i = 0; i < episode.Plans.Count; i++)
        {
            var plan = episode.Plans[i];
            string p = $"{path}/ChildProtectionPlans[{i + 1}]";
            After(record, p + "/CPPstartDate", plan.StartDate, reference);
            After(record, p + "/CPPendDate", plan.EndDate, reference);
            Before(record, p + "/CPPstartDate", plan.StartDate, referral, "CINreferralDate");
            Before(record, p + "/CPPendDate", plan.EndDate, plan.StartDate, "CPPstartDate");
            for (int r = 0; r < plan.ReviewDates.Count; r++)
            {
                string rp = $"{p}/Reviews/CPPreviewDate[{r + 1}]";
                After(record, rp, plan.ReviewDates[r], reference);
                Before(record, rp, plan.ReviewDates[r], plan.StartDate, "CPPstartDate");
                if (plan.EndDate is { } end && plan.ReviewDates[r] > end)
                {
                    record.Finding(rp, $"after CPPendDate ({D(end)})");
                }
            }
        }
    }

    private static void Before(CensusReader.ChildRecord record, string path, LocalDate? date, LocalDate? earliest, string name)
    {
        if (date is { } d && earliest is { } e && d < e)
        {
            record.Finding(path, $"{D(d)} is before {name} ({D(e)})");
        }
    }

    private static void After(CensusReader.ChildRecord record, string path, LocalDate? date, LocalDate? reference)
    {
        if (date is { } d && reference is { } r && d > r)
        {
            record.Finding(path, $"{D(d)} is after the census reference date ({D(r)})");
        }
    }
}
