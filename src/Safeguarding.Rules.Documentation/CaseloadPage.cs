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
        b.AppendLine("[caseload-report.schema.json](caseload-report.schema.json) documents it: `schemaVersion`, `asOf`, `collectionYear`, `children`, `episodes`, `editions`, `editionNotInForce`, `editionNote`, `readings`, `measures` (`assessment-duration` and `icpc-duration`, each with `count`, `bands` keyed by band label, `p25`, `median`, `p75`), `deadlines` keyed by rule id with counts keyed by status (" + string.Join(", ", Formats.Statuses.Select(s => $"`{Formats.StatusKey(s)}`")) + "), `late` and `findings`. CSV gives one row per late or overdue deadline; JUnit one test case per rule, failing where any deadline is overdue; Markdown draws the bands as mermaid `xychart-beta` charts.");
        return new GeneratedDocument("caseload.md", "Caseload (children in need census)", "The census caseload report: how a census return becomes timelines, the rules and DfE's measures C2 and C4, and its readings.", b.ToString());
    }

    public static GeneratedDocument Schema()
    {
        JsonObject Int(string description) => new() { ["type"] = "integer", ["minimum"] = 0, ["description"] = description };
        JsonObject Date(string description, bool nullable = false) => new() { ["type"] = nullable ? new JsonArray("string", "null") : "string", ["format"] = "date", ["description"] = description };
        JsonObject Percentile(string description) => new() { ["type"] = new JsonArray("number", "null"), ["description"] = description + " (reading census-percentile); null when count is 0." };
        JsonObject Bands(IReadOnlyList<string> labels) => new()
        {
            ["type"] = "object",
            ["description"] = "Durations per band; the values add up to count.",
            ["required"] = new JsonArray(labels.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray()),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject(labels.Select(l => new KeyValuePair<string, JsonNode?>(l, new JsonObject { ["type"] = "integer", ["minimum"] = 0 }))),
        };
        JsonObject Measure(string description, IReadOnlyList<string> labels) => new()
        {
            ["type"] = "object",
            ["description"] = description,
            ["required"] = new JsonArray("title", "count", "leftOut", "total", "limit", "withinLimit", "bands", "p25", "median", "p75"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["title"] = new JsonObject { ["type"] = "string" },
                ["count"] = Int("Durations counted: the bands' total."),
                ["leftOut"] = Int("Records in the year whose end is dated before their start: counted, left out of the bands."),
                ["total"] = Int("count + leftOut."),
                ["limit"] = Int("The statutory limit beside the measure, in working days (45 or 15)."),
                ["withinLimit"] = Int("Durations within the limit."),
                ["bands"] = Bands(labels),
                ["p25"] = Percentile("The 25th percentile"),
                ["median"] = Percentile("The median"),
                ["p75"] = Percentile("The 75th percentile"),
            },
        };
        var statuses = new JsonObject(Formats.Statuses.Select(s => new KeyValuePair<string, JsonNode?>(Formats.StatusKey(s), new JsonObject { ["type"] = "integer", ["minimum"] = 0 })));
        var statusEnum = new JsonArray(Formats.Statuses.Select(s => (JsonNode)JsonValue.Create(Formats.StatusKey(s))!).ToArray());
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "caseload-report.schema.json",
            ["title"] = "Safeguarding.Rules caseload report",
            ["description"] = "The JSON report of `safeguarding-rules caseload CENSUS.xml --format json`: a children in need census return against the Working Together 2026 timescales, with DfE's measures C2 and C4. No value from the census other than LAchildID and dates appears in it.",
            ["type"] = "object",
            ["required"] = new JsonArray("schemaVersion", "asOf", "collectionYear", "yearStart", "yearEnd", "children", "episodes", "editions", "editionNotInForce", "appliedBeforeCommencement", "editionNote", "readings", "measures", "deadlines", "rulesLeftOut", "late", "findings"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["schemaVersion"] = new JsonObject { ["const"] = Formats.CaseloadSchemaVersion },
                ["asOf"] = Date("The date the deadlines are evaluated as of."),
                ["collectionYear"] = new JsonObject { ["type"] = "integer", ["description"] = "The collection year, named by the year it ends in (2027: 1 April 2026 to 31 March 2027)." },
                ["yearStart"] = Date("1 April: the first day of the collection year."),
                ["yearEnd"] = Date("31 March: the last day of the collection year."),
                ["children"] = Int("The number of Child records."),
                ["episodes"] = Int("The number of CINdetails (episodes)."),
                ["editions"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "The editions of the guidance applied, by id." },
                ["editionNotInForce"] = Int("Deadlines whose clocks started before the edition came into force, given no verdict."),
                ["appliedBeforeCommencement"] = new JsonObject { ["type"] = "boolean", ["description"] = "True when the caller applied the 2026 edition to earlier clocks (clocks-before-commencement=apply-current-edition) and some started earlier." },
                ["editionNote"] = new JsonObject { ["type"] = "string", ["description"] = "The editions in words, naming what was not judged and how to judge it." },
                ["readings"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("interpretation", "reading", "chosen"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["interpretation"] = new JsonObject { ["type"] = "string" },
                            ["reading"] = new JsonObject { ["type"] = "string" },
                            ["chosen"] = new JsonObject { ["type"] = "boolean", ["description"] = "True when the caller chose a reading other than the default." },
                        },
                    },
                },
                ["measures"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("assessment-duration", "icpc-duration"),
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject
                    {
                        ["assessment-duration"] = Measure("DfE table C2: assessments authorised in the year, by working days from their actual start (day 0) to their authorisation.", CaseloadEvaluator.AssessmentBandLabels),
                        ["icpc-duration"] = Measure("DfE table C4: initial conferences held in the year, by working days from the section 47 start (day 0).", CaseloadEvaluator.ConferenceBandLabels),
                    },
                },
                ["deadlines"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Keyed by rule id (DL-03, DL-04, DL-06, DL-07; DL-05 under census-core-group=evaluate): the number of deadlines in each status.",
                    ["propertyNames"] = new JsonObject { ["pattern"] = "^DL-[0-9]{2}$" },
                    ["additionalProperties"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray(Formats.Statuses.Select(s => (JsonNode)JsonValue.Create(Formats.StatusKey(s))!).ToArray()),
                        ["additionalProperties"] = false,
                        ["properties"] = statuses,
                    },
                },
                ["rulesLeftOut"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "Rules the census cannot show, each with the reason." },
                ["late"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "Every deadline met late, overdue or breached, in file order.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("child", "episode", "rule", "occurrence", "status", "start", "due", "held", "daysLate", "daysUnit"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["child"] = new JsonObject { ["type"] = "string", ["description"] = "The child's LAchildID." },
                            ["episode"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                            ["rule"] = new JsonObject { ["type"] = "string" },
                            ["occurrence"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                            ["status"] = new JsonObject { ["enum"] = statusEnum },
                            ["start"] = Date("The date the clock started.", nullable: true),
                            ["due"] = Date("The due date.", nullable: true),
                            ["held"] = Date("The date held; null while overdue.", nullable: true),
                            ["daysLate"] = Int("How late, in daysUnit."),
                            ["daysUnit"] = new JsonObject { ["enum"] = new JsonArray("working-days", "days") },
                        },
                    },
                },
                ["findings"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("child", "path", "problem"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["child"] = new JsonObject { ["type"] = "string", ["description"] = "The child's LAchildID, or '(child N in the file)' when it has none." },
                            ["path"] = new JsonObject { ["type"] = "string", ["description"] = "The element path, such as Child/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate." },
                            ["problem"] = new JsonObject { ["type"] = "string", ["description"] = "The problem, in words; never a value from the file other than dates." },
                        },
                    },
                },
            },
        };
        var json = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        return new GeneratedDocument("caseload-report.schema.json", "Caseload report schema", "The JSON Schema of `safeguarding-rules caseload --format json`.", json);
    }

    private static string[] Row(params string[] cells) => cells;
}
