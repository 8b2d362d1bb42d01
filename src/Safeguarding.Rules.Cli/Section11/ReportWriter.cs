using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using NodaTime;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Cli.Section11;

/// <summary>Writes a compliance report as text, JSON, Markdown or JUnit XML.</summary>
internal static class ReportWriter
{
    public static readonly string[] Formats = { "text", "json", "markdown", "junit" };

    public static string Write(ComplianceReport report, string format, JsonLayout layout = JsonLayout.Indented) => format switch
    {
        "json" => SafeguardingJson.Write(ComplianceReportDocument.From(report), layout),
        "markdown" => MarkdownReport(report),
        "junit" => JUnit(report),
        _ => Text(report),
    };

    public static string OutcomeName(ArrangementOutcome outcome) => outcome switch
    {
        ArrangementOutcome.Met => "met",
        ArrangementOutcome.PartlyMet => "partly met",
        ArrangementOutcome.Missing => "missing",
        ArrangementOutcome.EvidenceMissing => "evidence missing",
        ArrangementOutcome.JudgementRequired => "judgement required",
        ArrangementOutcome.ReviewOverdue => "review overdue",
        _ => "not applicable",
    };

    public static string RagName(Rag? rag) => rag switch
    {
        Rag.Green => "green",
        Rag.Amber => "amber",
        Rag.Red => "red",
        _ => "n/a",
    };

    public static string Label(Arrangement arrangement) => arrangement.Code is null ? arrangement.Id : $"{arrangement.Code} {arrangement.Id}";

    /// <summary>The arrangement as a report lists it: its label, marked with its edition when it is not a Working Together 2026 arrangement ("L09 references-always-taken-up (2007 guidance)").</summary>
    public static string Listed(Arrangement arrangement) => Label(arrangement) + EditionTag(arrangement);

    /// <summary>Empty for a Working Together 2026 arrangement; " (2007 guidance)" for an item of the 2007 section 11 guidance.</summary>
    public static string EditionTag(Arrangement arrangement) =>
        arrangement.Source == SourceDocument.WorkingTogether2026 ? string.Empty : $" ({arrangement.Source.Edition} guidance)";

    public static string Source(Citation citation) => $"{citation.Document.Title} {citation.Edition}, {citation.Location}";

    /// <summary>
    /// One finding of a text report, for every checklist family: the rating, the outcome and the label, then, for a
    /// finding short of met, why and where the text says so.
    /// </summary>
    public static void FindingLine(StringBuilder b, Rag? rating, string outcome, string label, bool explain, string explanation, ICited source)
    {
        b.Append(RagName(rating).PadRight(6)).Append(outcome.PadRight(20)).AppendLine(label);
        if (explain)
        {
            b.Append("      ").Append(explanation).Append(" See ").Append(Sources(source)).AppendLine(".");
        }
    }

    /// <summary>Where an arrangement or a checklist item comes from, every location once: "Working Together ... 2026, paragraph 265; paragraph 266".</summary>
    public static string Sources(ICited cited) =>
        string.Join("; ", cited.Citations.GroupBy(c => c.Document).Select(g => $"{g.Key.Title} {g.Key.Edition}, {string.Join("; ", g.Select(c => c.Location).Distinct())}"));

    /// <summary>A review interval as a reader says it: "12 months".</summary>
    public static string Describe(Period period) => ComplianceReportDocument.Describe(period);

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A headline list of missing ids, each 2007 item marked with its edition.</summary>
    private static IEnumerable<string> Missing(ComplianceReport report, IReadOnlyList<string> ids, string format = "{0}") =>
        ids.Select(id => string.Format(CultureInfo.InvariantCulture, format, id) + EditionTag(Section11Catalog.Find(id)!));

    private static int Count(ComplianceReport report, Rag? rag) => report.Findings.Count(f => f.Rating == rag);

    private static string Summary(ComplianceReport report) =>
        $"{RagName(report.Rating).ToUpperInvariant()}: {Count(report, Rag.Red)} red, {Count(report, Rag.Amber)} amber, {Count(report, Rag.Green)} green, {Count(report, null)} not applicable; {report.Findings.Count(f => f.IsGap)} gaps in required arrangements";

    private static string Text(ComplianceReport report)
    {
        var b = new StringBuilder();
        b.Append("Section 11 compliance report: ").AppendLine(report.Organisation);
        b.Append("Agency kinds: ").AppendLine(string.Join(", ", report.AgencyKinds.Select(AgencyKinds.Id)));
        if (AssessmentReader.CouncilServicesNote(report.AgencyKinds) is { } note)
        {
            b.Append("Note: ").AppendLine(note);
        }

        b.Append("As of ").Append(Iso(report.AsOf)).Append("; review interval ").AppendLine(Describe(report.ReviewInterval));
        b.Append("Editions: ").AppendLine(string.Join("; ", report.Editions.Select(e => e.Name)));
        b.Append("Rating ").AppendLine(Summary(report));
        b.Append("Missing musts (").Append(report.MissingMusts.Count).Append("): ").AppendLine(report.MissingMusts.Count == 0 ? "none" : string.Join(", ", Missing(report, report.MissingMusts)));
        b.Append("Missing shoulds (").Append(report.MissingShoulds.Count).Append("): ").AppendLine(report.MissingShoulds.Count == 0 ? "none" : string.Join(", ", Missing(report, report.MissingShoulds)));
        b.AppendLine();
        foreach (var f in report.Findings)
        {
            FindingLine(b, f.Rating, OutcomeName(f.Outcome), $"{Listed(f.Arrangement)} ({f.Arrangement.Force.Name()})", f.Outcome is not (ArrangementOutcome.Met or ArrangementOutcome.NotApplicable), f.Explanation, f.Arrangement);
        }

        return b.ToString();
    }

    private static string MarkdownReport(ComplianceReport report)
    {
        var b = new StringBuilder();
        b.Append("# Section 11 compliance report: ").AppendLine(report.Organisation);
        b.AppendLine();
        b.Append("- Agency kinds: ").AppendLine(string.Join(", ", report.AgencyKinds.Select(AgencyKinds.Id)));
        if (AssessmentReader.CouncilServicesNote(report.AgencyKinds) is { } note)
        {
            b.Append("- Note: ").AppendLine(note);
        }

        b.Append("- As of: ").Append(Iso(report.AsOf)).Append("; review interval: ").AppendLine(Describe(report.ReviewInterval));
        b.Append("- Editions: ").AppendLine(string.Join("; ", report.Editions.Select(e => e.Name)));
        b.Append("- Rating: **").Append(Summary(report)).AppendLine("**");
        b.AppendLine();
        Headline(b, "Missing musts", report, report.MissingMusts);
        Headline(b, "Missing shoulds", report, report.MissingShoulds);
        b.AppendLine("## Arrangements");
        b.AppendLine();
        Documentation.Markdown.Table(
            b,
            new[] { "Rating", "Outcome", "Arrangement", "Force", "Evidence", "Owner", "Last reviewed", "Why", "Source" },
            report.Findings.Select(f => (IReadOnlyList<string>)new[]
            {
                RagName(f.Rating), OutcomeName(f.Outcome), $"{Listed(f.Arrangement)}: {f.Arrangement.Title}", f.Arrangement.Force.Name(),
                string.Join(", ", f.Claim?.Evidence ?? Array.Empty<string>()), f.Claim?.Owner ?? string.Empty,
                f.Claim?.LastReviewed is { } d ? Iso(d) : string.Empty, f.Explanation, Sources(f.Arrangement),
            }));
        return b.ToString();
    }

    private static void Headline(StringBuilder b, string title, ComplianceReport report, IReadOnlyList<string> ids)
    {
        b.Append("## ").Append(title).Append(" (").Append(ids.Count).AppendLine(")");
        b.AppendLine();
        b.AppendLine(ids.Count == 0 ? "None." : string.Join("\n", Missing(report, ids, "- `{0}`")));
        b.AppendLine();
    }

    private static string JUnit(ComplianceReport report) =>
        JUnitXml.Write(
            "section11",
            $"section11: {report.Organisation}",
            report.AsOf,
            report.Editions.Select(e => new XElement("property", new XAttribute("name", "edition"), new XAttribute("value", e.Id))),
            report.Findings.Select(TestCase).ToArray());

    private static XElement TestCase(ArrangementFinding f)
    {
        var element = new XElement("testcase", new XAttribute("classname", $"section11.{f.Arrangement.Group}"), new XAttribute("name", $"{Listed(f.Arrangement)}: {f.Arrangement.Title}"));
        var citations = string.Join("\n", f.Arrangement.Citations.Select(c => $"{Source(c)}: “{c.Quote}”"));
        if (f.IsGap)
        {
            element.Add(new XElement(
                "failure",
                new XAttribute("message", $"{OutcomeName(f.Outcome)} ({f.Arrangement.Force.Name()}){EditionTag(f.Arrangement)}: {f.Explanation} {Sources(f.Arrangement)}: {string.Join(" … ", f.Arrangement.Citations.Select(c => $"“{c.Quote}”"))}"),
                new XAttribute("type", OutcomeName(f.Outcome)),
                citations));
        }
        else if (f.Outcome == ArrangementOutcome.NotApplicable)
        {
            element.Add(new XElement("skipped", new XAttribute("message", "not applicable")));
        }
        else if (f.Outcome != ArrangementOutcome.Met)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"optional ({f.Arrangement.Force.Name()}): {OutcomeName(f.Outcome)}")));
        }

        return element;
    }
}
