using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Tests.Section11;

/// <summary>The laws a compliance report obeys, over random self-assessments of random agency kinds.</summary>
[Properties(Arbitrary = new[] { typeof(Section11Arbitraries) }, MaxTest = 300)]
public class ComplianceLawTests
{
    private static ComplianceReport Check(SelfAssessment assessment) => Section11Checker.Check(assessment, Section11Arbitraries.AsOf);

    private static bool NoWorse(Rag? after, Rag? before) => after == before || (after is { } a && before is { } b && a <= b);

    [Property]
    public bool Adding_evidence_to_any_claim_never_worsens_its_rating_or_the_overall_rating(AnyAssessment assessment, NonNegativeInt pick)
    {
        var claims = assessment.Value.Arrangements;
        if (claims.Count == 0)
        {
            return true;
        }

        int index = pick.Get % claims.Count;
        var more = assessment.Value.WithArrangements(claims.Select((c, i) => i == index ? c.WithEvidence("EV-NEW") : c));
        var before = Check(assessment.Value);
        var after = Check(more);
        return NoWorse(after.Rating, before.Rating)
            && after.Findings.Zip(before.Findings, (a, b) => NoWorse(a.Rating, b.Rating)).All(ok => ok);
    }

    [Property]
    public bool Adding_evidence_to_every_claim_never_worsens_any_rating(AnyAssessment assessment)
    {
        var before = Check(assessment.Value);
        var after = Check(assessment.Value.WithArrangements(assessment.Value.Arrangements.Select(c => c.WithEvidence("EV-NEW"))));
        return NoWorse(after.Rating, before.Rating)
            && after.Findings.Zip(before.Findings, (a, b) => NoWorse(a.Rating, b.Rating)).All(ok => ok);
    }

    [Property]
    public bool The_report_does_not_depend_on_the_order_of_the_claims(ReorderedAssessment pair)
    {
        var first = Check(pair.Original);
        var second = Check(pair.Reordered);
        return first.Rating == second.Rating
            && first.MissingMusts.SequenceEqual(second.MissingMusts)
            && first.MissingShoulds.SequenceEqual(second.MissingShoulds)
            && first.Findings.Select(f => (f.Arrangement.Id, f.Outcome, f.Rating, f.Explanation))
                .SequenceEqual(second.Findings.Select(f => (f.Arrangement.Id, f.Outcome, f.Rating, f.Explanation)));
    }

    [Property]
    public bool An_organisation_with_every_arrangement_met_and_evidenced_is_green(FullyMetAssessment assessment)
    {
        var report = Check(assessment.Value);
        return report.Rating == Rag.Green && report.IsCompliant && report.Findings.All(f => f.Outcome == ArrangementOutcome.Met);
    }

    [Property]
    public bool Removing_any_required_arrangement_from_a_fully_met_assessment_is_never_green(FullyMetAssessment assessment, NonNegativeInt pick) =>
        WithoutOneRequired(assessment.Value, pick) is not var (report, removed)
        || (report.Rating != Rag.Green && !report.IsCompliant && report.Findings.Single(f => f.Arrangement.Id == removed).Rating == Rag.Red);

    [Property]
    public bool Removing_any_required_arrangement_from_any_assessment_is_never_green(AnyAssessment assessment, NonNegativeInt pick) =>
        WithoutOneRequired(assessment.Value, pick) is not var (report, removed)
        || (report.Rating == Rag.Red && report.Findings.Single(f => f.Arrangement.Id == removed).Outcome == ArrangementOutcome.Missing);

    /// <summary>The report once one required arrangement (chosen by <paramref name="pick"/>) is removed; null when the checklist has none.</summary>
    private static (ComplianceReport Report, string Removed)? WithoutOneRequired(SelfAssessment assessment, NonNegativeInt pick)
    {
        var required = assessment.Checklist.Where(a => a.IsRequired).ToArray();
        if (required.Length == 0)
        {
            return null;
        }

        var removed = required[pick.Get % required.Length].Id;
        return (Check(assessment.WithArrangements(assessment.Arrangements.Where(c => c.ArrangementId != removed))), removed);
    }

    [Property]
    public bool Every_arrangement_on_the_checklist_gets_exactly_one_finding(AnyAssessment assessment)
    {
        var report = Check(assessment.Value);
        return report.Findings.Select(f => f.Arrangement.Id).SequenceEqual(assessment.Value.Checklist.Select(a => a.Id));
    }
}
