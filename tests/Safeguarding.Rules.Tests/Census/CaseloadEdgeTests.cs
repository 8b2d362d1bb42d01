using System.Linq;
using NodaTime;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Census.CensusFragments;

namespace Safeguarding.Rules.Tests.Census;

public class CaseloadEdgeTests
{
    private static string Conference(string s47, string held, string? target = null) =>
        Episode($"<CINreferralDate>{s47}</CINreferralDate><Section47><S47ActualStartDate>{s47}</S47ActualStartDate>{(target is null ? string.Empty : $"<InitialCPCtarget>{target}</InitialCPCtarget>")}<DateOfInitialCPC>{held}</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired></Section47>");

    private static LateDeadline? Late(CaseloadReport report, string rule) => report.Late.SingleOrDefault(l => l.RuleId == rule);

    public static TheoryData<string, string, string, string, DeadlineStatus, int, int> ConferenceEdges() => new()
    {
        // year, s47 start, conference held, DL-04's due date, status, working days late, C4 duration
        // Spring bank holiday 2026 (Monday 25 May): the start on a bank holiday is day 0, the next working day is day 1.
        { "2027", "2026-05-25", "2026-06-15", "2026-06-15", DeadlineStatus.Met, 0, 15 },
        { "2027", "2026-05-25", "2026-06-16", "2026-06-15", DeadlineStatus.MetLate, 1, 16 },
        // Platinum Jubilee (2 and 3 June 2022, one-off): two working days lost.
        { "2022-23", "2022-05-26", "2022-06-20", "2022-06-20", DeadlineStatus.Met, 0, 15 },
        { "2022-23", "2022-05-26", "2022-06-21", "2022-06-20", DeadlineStatus.MetLate, 1, 16 },
        // Coronation of King Charles III (8 May 2023, one-off) beside the early May bank holiday (1 May 2023).
        { "2023-24", "2023-04-27", "2023-05-22", "2023-05-22", DeadlineStatus.Met, 0, 15 },
        { "2023-24", "2023-04-27", "2023-05-23", "2023-05-22", DeadlineStatus.MetLate, 1, 16 },
        // The same day: day 0, in the first band.
        { "2027", "2026-06-03", "2026-06-03", "2026-06-24", DeadlineStatus.Met, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(ConferenceEdges))]
    public void An_initial_conference_is_counted_from_its_section_47_start_as_day_0_on_the_England_and_Wales_calendar(string year, string s47, string held, string due, DeadlineStatus status, int late, int days)
    {
        int end = year.Length == 4 ? int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) : int.Parse(year[..4], System.Globalization.CultureInfo.InvariantCulture) + 1;
        var report = Evaluate(CensusXml(Child("A1", Conference(s47, held)), year, $"{end}-03-31"), ApplyCurrentEdition);
        Assert.Equal(1, report.Count("DL-04", status));
        if (status == DeadlineStatus.MetLate)
        {
            var entry = Late(report, "DL-04")!;
            Assert.Equal(LocalDate.FromDateTime(System.DateTime.Parse(due, System.Globalization.CultureInfo.InvariantCulture)), entry.DueDate);
            Assert.Equal(late, entry.Days);
            Assert.Equal(TimeUnit.WorkingDays, entry.DaysUnit);
        }

        Assert.Equal(1, report.IcpcDuration.Count);
        var band = report.IcpcDuration.Bands.Single(b => b.Count == 1);
        Assert.True(days >= band.From && days <= (band.To ?? int.MaxValue), $"{days} working days fell in band {band.Label}");
        Assert.Equal(days, report.IcpcDuration.Median);
    }

    [Fact]
    public void An_InitialCPCtarget_that_ignores_the_jubilee_is_a_finding_with_the_rule_s_due_date()
    {
        var report = Evaluate(CensusXml(Child("A1", Conference("2022-05-26", "2022-06-20", target: "2022-06-16")), "2023", "2023-03-31"));
        var finding = Assert.Single(report.Findings);
        Assert.Equal("A1", finding.ChildId);
        Assert.Equal("Child/CINdetails[1]/Section47[1]/InitialCPCtarget", finding.Path);
        Assert.StartsWith("2022-06-16 disagrees with DL-04's due date 2022-06-20", finding.Problem, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_InitialCPCtarget_that_agrees_is_no_finding()
    {
        var report = Evaluate(CensusXml(Child("A1", Conference("2026-05-25", "2026-06-15", target: "2026-06-15"))));
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_conference_before_its_section_47_start_is_counted_but_left_out_of_the_bands_and_is_a_finding()
    {
        var report = Evaluate(CensusXml(Child("A1", Episode("<CINreferralDate>2026-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-06-12</S47ActualStartDate><DateOfInitialCPC>2026-06-10</DateOfInitialCPC></Section47>"))));
        Assert.Equal(0, report.IcpcDuration.Count);
        Assert.Equal(1, report.IcpcDuration.LeftOut);
        Assert.Equal(1, report.IcpcDuration.Total);
        Assert.All(report.IcpcDuration.Bands, b => Assert.Equal(0, b.Count));
        Assert.Null(report.IcpcDuration.Median);
        // The conference has no strategy discussion on or before it, and the later discussion has no conference yet.
        Assert.Equal(2, report.Count("DL-04", DeadlineStatus.Undetermined));
        Assert.Contains(report.Findings, f => f.Path == "Child/CINdetails[1]/Section47[1]/DateOfInitialCPC");
    }

    [Fact]
    public void A_conference_held_gives_DL_04_a_settled_status_not_undetermined()
    {
        var report = Evaluate(CensusXml(Child("A1", Conference("2026-06-03", "2026-06-20"))));
        Assert.Equal(0, report.Count("DL-04", DeadlineStatus.Undetermined));
        Assert.Equal(1, report.Count("DL-04", DeadlineStatus.Met));
    }

    [Fact]
    public void An_enquiry_that_needed_no_conference_starts_no_conference_clock()
    {
        var report = Evaluate(CensusXml(Child("A1", Episode("<CINreferralDate>2026-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-06-03</S47ActualStartDate><ICPCnotRequired>true</ICPCnotRequired></Section47>"))));
        Assert.Equal(0, report.Deadlines.Single(t => t.RuleId == "DL-04").Total);
        Assert.Equal(0, report.IcpcDuration.Total);
    }

    [Fact]
    public void An_open_enquiry_with_no_conference_yet_is_undetermined_naming_the_missing_fact()
    {
        var report = Evaluate(CensusXml(Child("A1", Episode("<CINreferralDate>2026-06-01</CINreferralDate><Section47><S47ActualStartDate>2026-06-03</S47ActualStartDate><ICPCnotRequired>0</ICPCnotRequired></Section47>"))));
        Assert.Equal(1, report.Count("DL-04", DeadlineStatus.Undetermined));
    }

    [Fact]
    public void A_referral_with_no_further_action_starts_no_assessment_clock()
    {
        var report = Evaluate(CensusXml(Child("A1", Episode("<CINreferralDate>2026-06-01</CINreferralDate><ReferralNFA>1</ReferralNFA>"))));
        Assert.Equal(0, report.Deadlines.Single(t => t.RuleId == "DL-03").Total);
        Assert.Empty(report.Late);
    }

    [Fact]
    public void Two_episodes_for_one_child_are_two_timelines_each_named_by_its_number()
    {
        var first = Episode("<CINreferralDate>2026-04-14</CINreferralDate><Assessments><AssessmentActualStartDate>2026-04-14</AssessmentActualStartDate><AssessmentAuthorisationDate>2026-05-05</AssessmentAuthorisationDate></Assessments>");
        var second = Episode("<CINreferralDate>2026-09-01</CINreferralDate><Assessments><AssessmentActualStartDate>2026-09-02</AssessmentActualStartDate></Assessments>");
        var report = Evaluate(CensusXml(Child("A1", first, second)));
        Assert.Equal(1, report.Children);
        Assert.Equal(2, report.Episodes);
        Assert.Equal(1, report.Count("DL-03", DeadlineStatus.Met));
        Assert.Equal(1, report.Count("DL-03", DeadlineStatus.Overdue));
        var late = Assert.Single(report.Late);
        Assert.Equal(2, late.Episode);
        Assert.Equal(new LocalDate(2026, 9, 1), late.StartDate);
        Assert.Equal(1, report.AssessmentDuration.Count);
    }

    [Fact]
    public void A_plan_with_no_reviews_by_the_reference_date_has_its_first_review_overdue()
    {
        var report = Evaluate(CensusXml(Child("A1", Episode("<CINreferralDate>2026-10-05</CINreferralDate><Section47><S47ActualStartDate>2026-10-20</S47ActualStartDate><DateOfInitialCPC>2026-11-10</DateOfInitialCPC></Section47><ChildProtectionPlans><CPPstartDate>2026-11-10</CPPstartDate></ChildProtectionPlans>"))));
        Assert.Equal(1, report.Count("DL-06", DeadlineStatus.Overdue));
        var late = Late(report, "DL-06")!;
        Assert.Equal(new LocalDate(2027, 2, 10), late.DueDate);
        Assert.Null(late.EndDate);
        Assert.Equal(49, late.Days);
        Assert.Equal(TimeUnit.CalendarDays, late.DaysUnit);
    }

    [Fact]
    public void A_plan_whose_start_matches_no_recorded_conference_supplies_it()
    {
        var report = Evaluate(CensusXml(Child("A1", Episode("<CINreferralDate>2026-10-05</CINreferralDate><ChildProtectionPlans><CPPstartDate>2026-11-10</CPPstartDate><Reviews><CPPreviewDate>2027-01-20</CPPreviewDate></Reviews></ChildProtectionPlans>"))));
        Assert.Equal(1, report.Count("DL-06", DeadlineStatus.Met));
    }

    [Fact]
    public void A_conference_that_made_no_plan_starts_no_review_clock()
    {
        var report = Evaluate(CensusXml(Child("A1", Conference("2026-06-03", "2026-06-20"))));
        Assert.Equal(0, report.Deadlines.Single(t => t.RuleId == "DL-06").Total);
        Assert.Equal(1, report.Count("DL-04", DeadlineStatus.Met));
    }

    [Fact]
    public void A_2024_census_predates_the_2026_edition_and_says_so_unless_the_caller_applies_it()
    {
        var xml = CensusXml(Child("A1", Conference("2023-10-02", "2023-10-30")), "2024", "2024-03-31");
        var report = Evaluate(xml);
        Assert.Equal(1, report.Count("DL-04", DeadlineStatus.EditionNotInForce));
        Assert.True(report.EditionNotInForce >= 2);
        Assert.False(report.AppliedBeforeCommencement);

        var applied = Evaluate(xml, ApplyCurrentEdition);
        Assert.Equal(1, applied.Count("DL-04", DeadlineStatus.MetLate));
        Assert.Equal(0, applied.EditionNotInForce);
        Assert.True(applied.AppliedBeforeCommencement);
    }

    [Fact]
    public void The_core_group_rule_is_left_out_by_default_and_evaluated_when_chosen()
    {
        var xml = CensusXml(Child("A1", Episode("<CINreferralDate>2026-10-05</CINreferralDate><ChildProtectionPlans><CPPstartDate>2026-11-10</CPPstartDate></ChildProtectionPlans>")));
        var report = Evaluate(xml);
        Assert.DoesNotContain(report.Deadlines, t => t.RuleId == "DL-05");
        Assert.Single(report.RulesLeftOut);
        var chosen = Evaluate(xml, Readings.Default.With(CensusInterpretations.CoreGroup, "evaluate"));
        Assert.Equal(1, chosen.Count("DL-05", DeadlineStatus.Overdue));
        Assert.Empty(chosen.RulesLeftOut);
    }

    [Fact]
    public void C2_counts_assessments_authorised_in_the_year_from_their_start_not_from_the_referral()
    {
        // Referral 1 April 2026, assessment started 5 May, authorised 5 June (22 working days after its start, the
        // spring bank holiday out): C2 counts 22, while DL-03 runs from the referral.
        var inYear = Episode("<CINreferralDate>2026-04-01</CINreferralDate><Assessments><AssessmentActualStartDate>2026-05-05</AssessmentActualStartDate><AssessmentAuthorisationDate>2026-06-05</AssessmentAuthorisationDate></Assessments>");
        var lastYear = Episode("<CINreferralDate>2026-01-05</CINreferralDate><Assessments><AssessmentActualStartDate>2026-01-05</AssessmentActualStartDate><AssessmentAuthorisationDate>2026-03-31</AssessmentAuthorisationDate></Assessments>");
        var report = Evaluate(CensusXml(Child("A1", inYear) + Child("A2", lastYear)));
        Assert.Equal(1, report.AssessmentDuration.Count);
        Assert.Equal(22, report.AssessmentDuration.Median);
        Assert.Equal(1, report.AssessmentDuration.Bands.Single(b => b.Label == "21-30").Count);
    }

    [Fact]
    public void The_percentiles_are_nearest_rank_by_default_and_linear_when_chosen()
    {
        // Durations 0, 10, 20, 30 working days.
        string A(string id, string start, string end) => Child(id, Episode($"<CINreferralDate>{start}</CINreferralDate><Assessments><AssessmentActualStartDate>{start}</AssessmentActualStartDate><AssessmentAuthorisationDate>{end}</AssessmentAuthorisationDate></Assessments>"));
        var xml = CensusXml(A("A1", "2026-06-01", "2026-06-01") + A("A2", "2026-06-01", "2026-06-15") + A("A3", "2026-06-01", "2026-06-29") + A("A4", "2026-06-01", "2026-07-13"));
        var nearest = Evaluate(xml).AssessmentDuration;
        Assert.Equal((0, 10, 20), (nearest.P25!.Value, nearest.Median!.Value, nearest.P75!.Value));
        var linear = Evaluate(xml, Readings.Default.With(CensusInterpretations.Percentile, "linear")).AssessmentDuration;
        Assert.Equal((7.5, 15, 22.5), (linear.P25!.Value, linear.Median!.Value, linear.P75!.Value));
    }

    [Fact]
    public void Without_a_reference_date_the_collection_year_s_31_March_is_the_as_of_date()
    {
        var report = Evaluate(CensusXml(Child("A1", Episode("<CINreferralDate>2026-06-01</CINreferralDate>")), "2027", reference: null));
        Assert.Equal(new LocalDate(2027, 3, 31), report.AsOf);
        Assert.Equal(2027, report.CollectionYear);
    }
}
