using System;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Section11;
using Xunit;

namespace Safeguarding.Rules.Tests.Section11;

public class CheckerTests
{
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    /// <summary>A school with every arrangement met, evidenced, reviewed last month and judged.</summary>
    private static SelfAssessment MetSchool() => new(
        "Example School",
        new[] { AgencyKind.School },
        Section11Catalog.For(new[] { AgencyKind.School }).Select(a => Met(a.Id)));

    private static ArrangementClaim Met(string id) => new(id, ClaimStatus.InPlace, new[] { "EV-1" }, "DSL", AsOf.PlusMonths(-1), null, "Audit 2026");

    private static SelfAssessment Replace(SelfAssessment assessment, ArrangementClaim claim) =>
        assessment.WithArrangements(assessment.Arrangements.Select(c => c.ArrangementId == claim.ArrangementId ? claim : c));

    private static ArrangementFinding Finding(ComplianceReport report, string id) => report.Findings.Single(f => f.Arrangement.Id == id);

    [Fact]
    public void A_school_with_every_arrangement_met_is_green_and_compliant()
    {
        var report = Section11Checker.Check(MetSchool(), AsOf);
        Assert.Equal(Rag.Green, report.Rating);
        Assert.True(report.IsCompliant);
        Assert.Empty(report.MissingMusts);
        Assert.Empty(report.MissingShoulds);
    }

    [Theory]
    [InlineData("in place, evidenced, reviewed and judged", ClaimStatus.InPlace, 1, 30, true, ArrangementOutcome.Met, Rag.Green)]
    [InlineData("marked not in place", ClaimStatus.NotInPlace, 1, 30, true, ArrangementOutcome.Missing, Rag.Red)]
    [InlineData("marked partly in place", ClaimStatus.Partly, 1, 30, true, ArrangementOutcome.PartlyMet, Rag.Amber)]
    [InlineData("in place with no evidence", ClaimStatus.InPlace, 0, 30, true, ArrangementOutcome.EvidenceMissing, Rag.Amber)]
    [InlineData("last reviewed 13 months ago", ClaimStatus.InPlace, 1, 396, true, ArrangementOutcome.ReviewOverdue, Rag.Amber)]
    [InlineData("never reviewed", ClaimStatus.InPlace, 1, -1, true, ArrangementOutcome.ReviewOverdue, Rag.Amber)]
    [InlineData("a culture with evidence but no recorded judgement", ClaimStatus.InPlace, 1, 30, false, ArrangementOutcome.JudgementRequired, Rag.Amber)]
    public void A_judgement_arrangement_is_rated_by_status_then_evidence_then_review_then_judgement(
        string situation, ClaimStatus status, int evidence, int daysSinceReview, bool judged, ArrangementOutcome outcome, Rag rating)
    {
        var claim = new ArrangementClaim(
            "culture-of-safety-equality-protection",
            status,
            Enumerable.Repeat("EV-1", evidence),
            null,
            daysSinceReview < 0 ? null : AsOf.PlusDays(-daysSinceReview),
            null,
            judged ? "Audit 2026" : null);
        var finding = Finding(Section11Checker.Check(Replace(MetSchool(), claim), AsOf), claim.ArrangementId);
        Assert.True((outcome, rating) == (finding.Outcome, finding.Rating), situation);
    }

    [Fact]
    public void Evidence_alone_meets_an_arrangement_that_evidence_can_show()
    {
        var claim = new ArrangementClaim("escalation-policy", ClaimStatus.InPlace, new[] { "POL-1" }, null, AsOf.PlusMonths(-2));
        Assert.Equal(ArrangementOutcome.Met, Finding(Section11Checker.Check(Replace(MetSchool(), claim), AsOf), "escalation-policy").Outcome);
    }

    [Fact]
    public void An_arrangement_left_out_of_the_assessment_is_reported_missing_never_passed()
    {
        var assessment = MetSchool().WithArrangements(MetSchool().Arrangements.Where(c => c.ArrangementId != "edu-have-regard-to-kcsie"));
        var report = Section11Checker.Check(assessment, AsOf);
        var finding = Finding(report, "edu-have-regard-to-kcsie");
        Assert.Equal((ArrangementOutcome.Missing, (Rag?)Rag.Red, (ArrangementClaim?)null), (finding.Outcome, finding.Rating, finding.Claim));
        Assert.Equal(new[] { "edu-have-regard-to-kcsie" }, report.MissingMusts);
        Assert.Equal(Rag.Red, report.Rating);
    }

    [Fact]
    public void Missing_musts_and_missing_shoulds_are_listed_apart_in_catalogue_order()
    {
        var gone = new[] { "edu-have-regard-to-kcsie", "escalation-policy", "dbs-barring-referral", "clear-line-of-accountability" };
        var report = Section11Checker.Check(MetSchool().WithArrangements(MetSchool().Arrangements.Where(c => !gone.Contains(c.ArrangementId))), AsOf);
        Assert.Equal(new[] { "dbs-barring-referral", "edu-have-regard-to-kcsie" }, report.MissingMusts);
        Assert.Equal(new[] { "clear-line-of-accountability", "escalation-policy" }, report.MissingShoulds);
    }

    [Fact]
    public void Not_applicable_with_a_reason_is_left_out_of_the_rating()
    {
        var claim = new ArrangementClaim("dbs-referral-consider-when-conditions-not-met", ClaimStatus.NotApplicable, notApplicableReason: "No one works in regulated activity.");
        var report = Section11Checker.Check(Replace(MetSchool(), claim), AsOf);
        Assert.Null(Finding(report, claim.ArrangementId).Rating);
        Assert.Equal(Rag.Green, report.Rating);
    }

    [Fact]
    public void A_missing_may_arrangement_is_amber_but_does_not_spoil_a_green_report()
    {
        var prison = Section11Catalog.For(new[] { AgencyKind.Prison }).Where(a => a.Id != "prison-monitor-communications").Select(a => Met(a.Id));
        var report = Section11Checker.Check(new SelfAssessment("Example prison", new[] { AgencyKind.Prison }, prison), AsOf);
        Assert.Equal(Rag.Amber, Finding(report, "prison-monitor-communications").Rating);
        Assert.False(Finding(report, "prison-monitor-communications").IsGap);
        Assert.Equal(Rag.Green, report.Rating);
    }

    [Fact]
    public void The_secure_estate_policy_is_overdue_after_a_year_even_when_the_caller_allows_two()
    {
        var kinds = new[] { AgencyKind.SecureEstate };
        var claims = Section11Catalog.For(kinds).Select(a => new ArrangementClaim(a.Id, ClaimStatus.InPlace, new[] { "EV" }, null, AsOf.PlusMonths(-13), null, "Audit"));
        var report = Section11Checker.Check(new SelfAssessment("Example centre", kinds, claims), AsOf, Period.FromMonths(24));
        Assert.Equal(ArrangementOutcome.ReviewOverdue, Finding(report, "secure-annual-safeguarding-policy").Outcome);
        Assert.Equal(ArrangementOutcome.Met, Finding(report, "secure-policy-implementation-manager").Outcome);
    }

    [Fact]
    public void The_default_review_interval_is_twelve_months()
    {
        Assert.Equal(Period.FromMonths(12), Section11Checker.DefaultReviewInterval);
        var claim = new ArrangementClaim("escalation-policy", ClaimStatus.InPlace, new[] { "POL-1" }, null, AsOf.PlusMonths(-12));
        Assert.Equal(ArrangementOutcome.Met, Finding(Section11Checker.Check(Replace(MetSchool(), claim), AsOf), "escalation-policy").Outcome);
        var older = new ArrangementClaim("escalation-policy", ClaimStatus.InPlace, new[] { "POL-1" }, null, AsOf.PlusMonths(-12).PlusDays(-1));
        Assert.Equal(ArrangementOutcome.ReviewOverdue, Finding(Section11Checker.Check(Replace(MetSchool(), older), AsOf), "escalation-policy").Outcome);
    }

    [Fact]
    public void The_2007_items_are_checked_only_when_the_assessment_asks_for_them()
    {
        var with2007 = new SelfAssessment("Example School", new[] { AgencyKind.School }, MetSchool().Arrangements, includeSection11Guidance2007: true);
        var report = Section11Checker.Check(with2007, AsOf);
        Assert.Equal(ArrangementOutcome.Missing, Finding(report, "complaints-system").Outcome);
        Assert.DoesNotContain(Section11Checker.Check(MetSchool(), AsOf).Findings, f => f.Arrangement.Id == "complaints-system");
    }

    [Theory]
    [InlineData("an id the catalogue does not have", "no-such-arrangement", ClaimStatus.InPlace, null, 0, "$.arrangements[20].id")]
    [InlineData("another kind's arrangement", "nhs-provider-named-professionals", ClaimStatus.InPlace, null, 0, "$.arrangements[20].id")]
    [InlineData("not applicable without a reason", "escalation-policy", ClaimStatus.NotApplicable, null, 0, "$.arrangements[20].notApplicableReason")]
    [InlineData("not applicable with a blank reason", "escalation-policy", ClaimStatus.NotApplicable, " ", 0, "$.arrangements[20].notApplicableReason")]
    [InlineData("an arrangement assessed twice", "escalation-policy", ClaimStatus.InPlace, null, 0, "$.arrangements[20].id")]
    [InlineData("a review after the as-of date", "no-such-arrangement", ClaimStatus.InPlace, null, 1, "$.arrangements[20].lastReviewed")]
    public void A_problem_in_the_assessment_is_named_by_its_path(string problem, string id, ClaimStatus status, string? reason, int daysAfterAsOf, string path)
    {
        var extra = new ArrangementClaim(id, status, null, null, daysAfterAsOf > 0 ? AsOf.PlusDays(daysAfterAsOf) : null, reason);
        var assessment = MetSchool().WithArrangements(MetSchool().Arrangements.Append(extra));
        var problems = Section11Checker.Validate(assessment, AsOf);
        Assert.True(problems.Any(p => p.Path == path), $"{problem}: {string.Join(" | ", problems)}");
        Assert.Throws<ArgumentException>(() => Section11Checker.Check(assessment, AsOf));
    }

    [Fact]
    public void An_unknown_id_lists_the_valid_ids_for_the_agency_kind()
    {
        var assessment = new SelfAssessment("Example School", new[] { AgencyKind.School }, new[] { new ArrangementClaim("escalation-polcy", ClaimStatus.InPlace) });
        var problem = Assert.Single(Section11Checker.Validate(assessment, AsOf));
        Assert.Contains("valid ids: clear-line-of-accountability, senior-board-level-lead,", problem.Message, StringComparison.Ordinal);
        Assert.Contains("edu-have-regard-to-kcsie", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nhs-provider-named-professionals", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_never_repeats_the_organisation_or_free_text()
    {
        var assessment = new SelfAssessment("Jane Smith Childminding", new[] { AgencyKind.EarlyYears }, new[]
        {
            new ArrangementClaim("escalation-policy", ClaimStatus.NotApplicable, owner: "Jane Smith", notApplicableReason: " "),
        });
        Assert.All(Section11Checker.Validate(assessment, AsOf), p => Assert.DoesNotContain("Jane", p.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_assessment_with_no_agency_kind_is_a_problem()
    {
        var problem = Assert.Single(Section11Checker.Validate(new SelfAssessment("X", Array.Empty<AgencyKind>(), Array.Empty<ArrangementClaim>()), AsOf));
        Assert.Equal("$.agencyKinds", problem.Path);
    }

    [Fact]
    public void A_review_interval_that_is_not_a_positive_date_period_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Section11Checker.Check(MetSchool(), AsOf, Period.FromHours(5)));
        Assert.Throws<ArgumentException>(() => Section11Checker.Check(MetSchool(), AsOf, Period.Zero));
    }

    [Fact]
    public void The_template_lists_every_arrangement_not_in_place_so_a_blank_one_is_red()
    {
        var template = SelfAssessment.Template("Example", AgencyKind.School);
        Assert.Equal(template.Checklist.Select(a => a.Id), template.Arrangements.Select(c => c.ArrangementId));
        var report = Section11Checker.Check(template, AsOf);
        Assert.Equal(Rag.Red, report.Rating);
        Assert.All(report.Findings, f => Assert.Equal(ArrangementOutcome.Missing, f.Outcome));
    }
}
