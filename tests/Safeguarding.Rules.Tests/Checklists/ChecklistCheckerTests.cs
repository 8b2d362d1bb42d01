using System;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Checklists;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;
using Xunit;

namespace Safeguarding.Rules.Tests.Checklists;

public class ChecklistCheckerTests
{
    private static readonly LocalDate AsOf = new(2026, 9, 1);

    private static Checklist Get(string id) => ChecklistCatalog.Find(id) ?? throw new InvalidOperationException(id);

    /// <summary>Every item of a checklist met, evidenced, dated last month and judged.</summary>
    private static ChecklistAssessment AllMet(Checklist checklist) =>
        new(checklist, "REF-1", checklist.Items.Select(i => Met(i.Id)));

    private static ItemAssessment Met(string id) => new(id, ItemStatus.Met, new[] { "EV-1" }, AsOf.PlusMonths(-1), null, "Review R-1");

    private static ChecklistAssessment With(ChecklistAssessment assessment, ItemAssessment item) =>
        new(assessment.Checklist, assessment.Subject, assessment.Items.Select(i => i.ItemId == item.ItemId ? item : i));

    private static ItemFinding Finding(ChecklistReport report, string id) => report.Findings.Single(f => f.Item.Id == id);

    [Theory]
    [InlineData("CL-15")]
    [InlineData("CL-16")]
    [InlineData("CL-17")]
    [InlineData("CL-18")]
    [InlineData("CL-39")]
    [InlineData("CL-43")]
    [InlineData("CL-44")]
    [InlineData("CL-45")]
    [InlineData("CL-65")]
    [InlineData("CL-68")]
    [InlineData("CL-72")]
    public void Each_encoded_inventory_checklist_is_found_by_its_code(string code)
    {
        var checklist = ChecklistCatalog.Find(code);
        Assert.NotNull(checklist);
        Assert.Contains(code, checklist!.Codes);
        Assert.Same(checklist, ChecklistCatalog.Find(checklist.Id));
    }

    [Fact]
    public void The_published_arrangements_carry_the_three_musts_of_paragraph_109_and_the_twelve_shoulds_of_paragraph_110()
    {
        var items = Get("published-arrangements").Items;
        Assert.Equal(3, items.Count(i => i.Force == Force.Must && i.Citations.All(c => c.Location == "paragraph 109")));
        Assert.Equal(12, items.Count(i => i.Force == Force.Should && i.Citations.All(c => c.Location == "paragraph 110")));
    }

    [Fact]
    public void The_yearly_report_carries_the_two_musts_of_paragraph_112_and_the_ten_shoulds_of_paragraph_113()
    {
        var items = Get("yearly-report").Items;
        Assert.Equal(2, items.Count(i => i.Force == Force.Must && i.Citations.All(c => c.Location == "paragraph 112")));
        Assert.Equal(10, items.Count(i => i.Force == Force.Should && i.Citations.All(c => c.Location == "paragraph 113")));
    }

    [Fact]
    public void Every_item_cites_its_text_and_every_checklist_quote_is_in_the_citation_test()
    {
        var all = Rules.Catalog.RuleCatalog.AllCitations();
        foreach (var item in ChecklistCatalog.All.SelectMany(c => c.Items))
        {
            Assert.NotEmpty(item.Citations);
            Assert.All(item.Citations, c => Assert.Contains(c, all));
        }
    }

    [Fact]
    public void Every_checklist_with_every_item_met_evidenced_dated_and_judged_is_green()
    {
        foreach (var checklist in ChecklistCatalog.All)
        {
            var report = ChecklistChecker.Check(AllMet(checklist), AsOf);
            Assert.True(report.IsCompliant, checklist.Id);
            Assert.All(report.Findings, f => Assert.Equal(ItemOutcome.Met, f.Outcome));
        }
    }

    [Fact]
    public void An_empty_assessment_reports_every_item_not_met_and_red_never_silently_passing_one()
    {
        var checklist = Get("published-arrangements");
        var report = ChecklistChecker.Check(new ChecklistAssessment(checklist, "REF-1", Array.Empty<ItemAssessment>()), AsOf);
        Assert.Equal(Rag.Red, report.Rating);
        Assert.All(report.Findings, f => Assert.Equal((ItemOutcome.NotMet, (Rag?)Rag.Red), (f.Outcome, f.Rating)));
        Assert.Equal(3, report.MissingMusts.Count);
        Assert.Equal(12, report.MissingShoulds.Count);
    }

    [Theory]
    [InlineData("marked partly met", ItemStatus.PartlyMet, true, true, ItemOutcome.PartlyMet, Rag.Amber)]
    [InlineData("marked not met", ItemStatus.NotMet, true, true, ItemOutcome.NotMet, Rag.Red)]
    [InlineData("met with no evidence", ItemStatus.Met, false, true, ItemOutcome.EvidenceMissing, Rag.Amber)]
    [InlineData("met and evidenced with no date", ItemStatus.Met, true, false, ItemOutcome.DateMissing, Rag.Amber)]
    public void An_item_is_rated_by_the_section_11_rules(string because, ItemStatus status, bool evidenced, bool dated, ItemOutcome outcome, Rag rating)
    {
        var assessment = AllMet(Get("core-group"));
        var item = new ItemAssessment("develop-outline-plan", status, evidenced ? new[] { "EV-1" } : null, dated ? AsOf : null);
        var report = ChecklistChecker.Check(With(assessment, item), AsOf);
        Assert.True((outcome, (Rag?)rating) == (Finding(report, "develop-outline-plan").Outcome, Finding(report, "develop-outline-plan").Rating), because);
        Assert.Equal(rating, report.Rating);
    }

    [Fact]
    public void A_judgement_item_met_without_a_recorded_judgement_is_amber_judgement_required()
    {
        var assessment = AllMet(Get("strategy-discussion"));
        var report = ChecklistChecker.Check(With(assessment, new ItemAssessment("follow-up-actions", ItemStatus.Met, new[] { "EV-1" }, AsOf)), AsOf);
        Assert.Equal(ItemOutcome.JudgementRequired, Finding(report, "follow-up-actions").Outcome);
        Assert.Equal(Rag.Amber, report.Rating);
    }

    [Fact]
    public void A_conditional_item_can_be_not_applicable_with_a_reason_and_is_then_left_out_of_the_rating()
    {
        var assessment = AllMet(Get("strategy-discussion"));
        var report = ChecklistChecker.Check(With(assessment, new ItemAssessment("lead-criminal-investigation", ItemStatus.NotApplicable, notApplicableReason: "No joint enquiry.")), AsOf);
        Assert.Null(Finding(report, "lead-criminal-investigation").Rating);
        Assert.Equal(Rag.Green, report.Rating);
    }

    [Fact]
    public void An_item_the_text_sets_no_condition_for_cannot_be_marked_not_applicable()
    {
        var assessment = With(AllMet(Get("core-group")), new ItemAssessment("develop-outline-plan", ItemStatus.NotApplicable, notApplicableReason: "Reason."));
        var problem = Assert.Single(ChecklistChecker.Validate(assessment, AsOf));
        Assert.Equal("$.items[1].status", problem.Path);
        Assert.Throws<ArgumentException>(() => ChecklistChecker.Check(assessment, AsOf));
    }

    [Fact]
    public void Not_applicable_without_a_reason_and_a_date_after_the_as_of_date_are_problems_named_by_path()
    {
        var checklist = Get("strategy-discussion");
        var assessment = new ChecklistAssessment(checklist, " ", new[]
        {
            new ItemAssessment("lead-criminal-investigation", ItemStatus.NotApplicable),
            new ItemAssessment("record-agreed-decisions", ItemStatus.Met, new[] { "EV-1" }, AsOf.PlusDays(1)),
            new ItemAssessment("record-agreed-decisions", ItemStatus.Met),
            new ItemAssessment("no-such-item", ItemStatus.Met),
        });
        Assert.Equal(
            new[] { "$.subject", "$.items[0].notApplicableReason", "$.items[1].date", "$.items[2].id", "$.items[3].id" },
            ChecklistChecker.Validate(assessment, AsOf).Select(p => p.Path));
    }

    [Fact]
    public void A_missing_must_is_headlined_apart_from_a_missing_should()
    {
        var checklist = Get("yearly-report");
        var assessment = new ChecklistAssessment(checklist, "REF-1", checklist.Items.Where(i => i.Id is not ("effectiveness-in-practice" or "breakdown-of-costs")).Select(i => Met(i.Id)));
        var report = ChecklistChecker.Check(assessment, AsOf);
        Assert.Equal(new[] { "effectiveness-in-practice" }, report.MissingMusts);
        Assert.Equal(new[] { "breakdown-of-costs" }, report.MissingShoulds);
        Assert.False(report.IsCompliant);
    }

    [Fact]
    public void Section_11_and_the_checklists_rate_a_missing_required_item_red_and_a_partial_one_amber_alike()
    {
        var school = new SelfAssessment("S", new[] { AgencyKind.School }, new[] { new ArrangementClaim("clear-line-of-accountability", ClaimStatus.Partly) });
        var section11 = Section11Checker.Check(school, AsOf);
        var checklist = ChecklistChecker.Check(new ChecklistAssessment(Get("core-group"), "REF-1", new[] { new ItemAssessment("develop-outline-plan", ItemStatus.PartlyMet) }), AsOf);
        Assert.Equal(
            (section11.Findings.Single(f => f.Arrangement.Id == "clear-line-of-accountability").Rating, section11.Findings.First(f => f.Outcome == ArrangementOutcome.Missing).Rating),
            (Finding(checklist, "develop-outline-plan").Rating, Finding(checklist, "meet-within-10-working-days").Rating));
    }
}
