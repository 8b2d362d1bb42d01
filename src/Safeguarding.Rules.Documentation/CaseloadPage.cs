using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/caseload.md and caseload-report.schema.json: the census caseload report, its readings and its measures.</summary>
internal static class CaseloadPage
{
    public static GeneratedDocument Generate()
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Caseload: the children in need census");
        b.AppendLine();
        b.AppendLine("`safeguarding-rules caseload CENSUS.xml [--as-of DATE] [--format text|json|csv|markdown|junit] [--fail-on overdue] [--reading ID=READING]` reads a local authority's children in need census return (the XML every case system exports for DfE) as a stream, one `Child` at a time, and reports:");
        b.AppendLine();
        b.AppendLine("- the **statutory deadlines** of Working Together 2026 that the census can show, for every episode, counted by rule and status, with each deadline met late, overdue or breached listed (LAchildID, episode, rule, due date, date held, how late);");
        b.AppendLine("- **DfE's timeliness measures** from the same return, tables C2 and C4, with the council's own figures;");
        b.AppendLine("- **data-quality findings**: a record with an impossible, missing or out-of-order date, a value outside a code list, or an `InitialCPCtarget` that disagrees with DL-04's due date, each on one child (its LAchildID, the element path, the problem). The rest of the file is still read.");
        b.AppendLine();
        b.AppendLine("Only a file that is not well-formed XML, or is not a census (its root is not `Message`, or it has no `Children`), stops the run: exit code 2 and one line naming the line and column. Exit codes otherwise: 0, or 1 with `--fail-on overdue` when any deadline is overdue. The reader never keeps a name, a UPN, a birth date or any value other than LAchildID and dates, so no report can print one. The C# API is the `Safeguarding.Rules.Census` package: `CensusReader.Create(stream)`, `new CaseloadEvaluator(calendar, readings).Evaluate(reader)`, and `CensusGenerator.Write(writer, children, seed, year)` for a synthetic census (`safeguarding-rules census generate --children N --seed S [--year 2027] --out FILE`).");
        b.AppendLine();
        b.AppendLine("## From census to timelines");
        b.AppendLine();
        Markdown.Table(b, new[] { "Census element", "Case event", "Rules" }, new IReadOnlyList<string>[]
        {
            Row("`CINdetails`", "one timeline (one episode of need)", "all"),
            Row("`CINreferralDate`", "`referral-received` (not when `ReferralNFA` is 1: no assessment is needed)", "DL-03"),
            Row("`Assessments/AssessmentAuthorisationDate`", "`assessment-concluded`", "DL-03"),
            Row("`Section47/S47ActualStartDate`", "`strategy-discussion`, marked as initiating section 47 enquiries (left out when `ICPCnotRequired` is 1 and no conference was held)", "DL-04"),
            Row("`DateOfInitialCPC` (episode or `Section47`), `CPPstartDate`", "`initial-child-protection-conference`, each date once, with `planMade` true when a plan starts that day", "DL-04, DL-06"),
            Row("`Reviews/CPPreviewDate`", "`review-conference`", "DL-06, DL-07"),
            Row("`CPPendDate`", "`plan-ended`", "DL-06, DL-07"),
            Row("`Section47/InitialCPCtarget`", "compared with DL-04's due date; a disagreement is a finding", "DL-04"),
        });
        b.AppendLine("Elements the reader does not know (the 2026 `PreProceedingsandFGDM` block, `CINPlanDates`, stray elements) are skipped. Yes/no fields are read as `0`/`1` or `false`/`true`; `GenderCurrent` (to 2024) and `Sex` (from 2025) are both accepted, and only checked against their code lists. The collection year is read as `2027` or `2026-27` (also `2026/27`, `2026-2027`).");
        b.AppendLine();
        b.AppendLine("## The rules evaluated");
        b.AppendLine();
        Markdown.Table(b, new[] { "Rule", "Requirement" }, new[] { "DL-03", "DL-04", "DL-05", "DL-06", "DL-07" }.Select(id => (IReadOnlyList<string>)new[] { id, TimescaleCatalog.Timescales.First(r => r.Id == id).Title + (id == "DL-05" ? " (only under `census-core-group=evaluate`: the census records no core group meeting)" : string.Empty) }));
        b.AppendLine("Deadlines are evaluated as of the census reference date (31 March), or `--as-of`. The counts are of deadlines, not episodes: a plan has several reviews. See [timescales.md](timescales.md) for each rule's text.");
        b.AppendLine();
        b.AppendLine("**Editions.** A census from before Working Together 2026 came into force (reading `wt2026-commencement`, 1 March 2026 by default), such as a 2024 return, predates the edition: deadlines whose clocks started earlier are counted as *edition not in force* and given no verdict, and the report says how many in a line of its own (`editionNote` in JSON). `--reading clocks-before-commencement=apply-current-edition` judges them by the 2026 rules, and the report says it did.");
        b.AppendLine();
        b.AppendLine("## DfE's measures");
        b.AppendLine();
        b.AppendLine("Durations are working days on the England and Wales calendar, the start day being day 0 (so 'the same day' is 0), as DfE's bands make it.");
        b.AppendLine();
        b.AppendLine("- **Table C2, completed assessments by duration** (`assessment-duration`): assessments authorised within the collection year (1 April to 31 March), by working days from `AssessmentActualStartDate` to `AssessmentAuthorisationDate`, in the bands " + string.Join(", ", CaseloadEvaluator.AssessmentBandLabels.Select(l => $"`{l}`")) + ". An assessment authorised before its recorded start is counted (`leftOut`) but left out of the bands.");
        b.AppendLine("- **Table C4, initial conferences** (`icpc-duration`): conferences held within the year, from each `Section47` block, by working days from `S47ActualStartDate` to its `DateOfInitialCPC`, in the bands " + string.Join(", ", CaseloadEvaluator.ConferenceBandLabels.Select(l => $"`{l}`")) + ". A conference dated before its section 47 start is counted among conferences (`leftOut`, in `total`) but left out of the bands, as DfE does.");
        b.AppendLine("- Each with the 25th percentile, median and 75th percentile (reading `census-percentile`: nearest rank by default), and how many fell within the statutory limit beside it (45 and 15 working days). The bands always add up to `count`.");
        b.AppendLine();
        b.AppendLine("**Statistics are not the statutory rules.** C2 measures from the assessment's *start*, while DL-03 runs 45 working days from the *referral*; C4 measures from the section 47 start, while DL-04 runs from the strategy discussion that initiated the enquiries (the same date in the census, by reading `census-s47-start`). Both are shown, each under its own name, and they can disagree: an assessment started two weeks after its referral can be within 45 working days in C2 and late under DL-03.");
        b.AppendLine();
        b.AppendLine("## Readings");
        b.AppendLine();
        b.AppendLine("Every mapping that is a choice is a named reading. Choose one on the command line with `--reading census-percentile=linear`, or in C# with `Readings.Default.With(CensusInterpretations.Percentile, \"linear\")` or `CensusInterpretations.Parse(new[] { \"census-percentile=linear\" })` (the census readings live in the census package, so `Readings.With(string, string)` in the core library does not know their ids).");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Interpretation", "Default", "Offered alternatives" },
            CensusInterpretations.All.Select(i => (IReadOnlyList<string>)new[] { $"`{i.Id}`: {i.Title}", $"`{i.DefaultId}`", i.Alternatives.Where(a => a.Offered).Select(a => $"`{a.Id}`").DefaultIfEmpty("none").Aggregate((x, y) => x + ", " + y) }));
        foreach (var interpretation in CensusInterpretations.All)
        {
            var property = typeof(CensusInterpretations).GetProperties().First(p => p.PropertyType == typeof(Interpretation) && ReferenceEquals(p.GetValue(null), interpretation)).Name;
            Markdown.Interpretation(b, interpretation, "###", $"Readings.Default.With(CensusInterpretations.{property}, \"ID\")");
        }

        b.AppendLine("## The JSON report");
        b.AppendLine();
        b.AppendLine("[caseload-report.schema.json](caseload-report.schema.json) (generated from the JSON package's `CaseloadReportDocument`) documents it: `schemaVersion`, `asOf`, `collectionYear`, `children`, `episodes`, `appliedEditions`, `editionNotInForce`, `editionNote`, `readings`, `measures` (`assessment-duration` and `icpc-duration`, each with `count`, `bands` as label, from, to and count, `p25`, `median`, `p75`), `deadlines` (per rule: `ruleId`, `title`, a count for each status, `total`), `late` and `findings`. CSV gives one row per late or overdue deadline; JUnit one test case per rule, failing where any deadline is overdue; Markdown draws the bands as mermaid `xychart-beta` charts.");
        return new GeneratedDocument("caseload.md", "Caseload (children in need census)", "The census caseload report: how a census return becomes timelines, the rules and DfE's measures C2 and C4, and its readings.", b.ToString());
    }

    private static string[] Row(params string[] cells) => cells;
}
