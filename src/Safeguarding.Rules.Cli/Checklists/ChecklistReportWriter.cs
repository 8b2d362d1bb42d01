using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using NodaTime;
using Safeguarding.Rules.Checklists;
using Safeguarding.Rules.Cli.Section11;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Cli.Checklists;

/// <summary>Writes a checklist report as text, JSON, Markdown or JUnit XML, in the section 11 report's layout.</summary>
internal static class ChecklistReportWriter
{
    public static string Write(ChecklistReport report, string format, JsonLayout layout = JsonLayout.Indented) => format switch
    {
        "json" => SafeguardingJson.Write(ChecklistReportDocument.From(report), layout),
        "markdown" => MarkdownReport(report),
        "junit" => JUnit(report),
        _ => Text(report),
    };

    public static string OutcomeName(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.Met => "met",
        ItemOutcome.PartlyMet => "partly met",
        ItemOutcome.NotMet => "not met",
        ItemOutcome.EvidenceMissing => "evidence missing",
        ItemOutcome.DateMissing => "date missing",
        ItemOutcome.JudgementRequired => "judgement required",
        _ => "not applicable",
    };

    /// <summary>The checklist's heading line: "strategy-discussion (CL-39): Strategy discussion".</summary>
    public static string Heading(Checklist checklist) => $"{checklist.Id} ({string.Join(", ", checklist.Codes)}): {checklist.Title}";

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Count(ChecklistReport report, Rag? rag) => report.Findings.Count(f => f.Rating == rag);

    private static string Summary(ChecklistReport report) =>
        $"{ReportWriter.RagName(report.Rating).ToUpperInvariant()}: {Count(report, Rag.Red)} red, {Count(report, Rag.Amber)} amber, {Count(report, Rag.Green)} green, {Count(report, null)} not applicable; {report.Findings.Count(f => f.IsGap)} gaps in required items";

    private static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "none" : string.Join(", ", ids);

    private static string Text(ChecklistReport report)
    {
        var b = new StringBuilder();
        b.Append("Checklist report: ").AppendLine(Heading(report.Checklist));
        b.Append("Subject: ").AppendLine(report.Subject);
        b.Append("As of ").AppendLine(Iso(report.AsOf));
        b.Append("Rating ").AppendLine(Summary(report));
        b.Append("Not met, must (").Append(report.MissingMusts.Count).Append("): ").AppendLine(List(report.MissingMusts));
        b.Append("Not met, should (").Append(report.MissingShoulds.Count).Append("): ").AppendLine(List(report.MissingShoulds));
        b.AppendLine();
        foreach (var f in report.Findings)
        {
            ReportWriter.FindingLine(b, f.Rating, OutcomeName(f.Outcome), $"{f.Item.Id} ({f.Item.Force.Name()}, {f.Item.DutyHolder})", f.Outcome is not (ItemOutcome.Met or ItemOutcome.NotApplicable), f.Explanation, f.Item);
        }

        return b.ToString();
    }

    private static string MarkdownReport(ChecklistReport report)
    {
        var b = new StringBuilder();
        b.Append("# Checklist report: ").AppendLine(Heading(report.Checklist));
        b.AppendLine();
        b.Append("- Subject: ").AppendLine(report.Subject);
        b.Append("- As of: ").AppendLine(Iso(report.AsOf));
        b.Append("- Rating: **").Append(Summary(report)).AppendLine("**");
        b.Append("- Not met, must: ").AppendLine(List(report.MissingMusts));
        b.Append("- Not met, should: ").AppendLine(List(report.MissingShoulds));
        b.AppendLine();
        b.AppendLine("## Items");
        b.AppendLine();
        Documentation.Markdown.Table(
            b,
            new[] { "Rating", "Outcome", "Item", "Force", "Duty-holder", "Evidence", "Date", "Why", "Source" },
            report.Findings.Select(f => (IReadOnlyList<string>)new[]
            {
                ReportWriter.RagName(f.Rating), OutcomeName(f.Outcome), $"{f.Item.Id}: {f.Item.Title}", f.Item.Force.Name(), f.Item.DutyHolder,
                string.Join(", ", f.Assessment?.Evidence ?? Array.Empty<string>()), f.Assessment?.Date is { } d ? Iso(d) : string.Empty,
                f.Explanation, ReportWriter.Sources(f.Item),
            }));
        return b.ToString();
    }

    private static string JUnit(ChecklistReport report) =>
        JUnitXml.Write(
            "checklist",
            $"checklist {report.Checklist.Id}: {report.Subject}",
            report.AsOf,
            report.Checklist.Codes.Select(c => new XElement("property", new XAttribute("name", "inventory"), new XAttribute("value", c))),
            report.Findings.Select(f => TestCase(report.Checklist, f)).ToArray());

    private static XElement TestCase(Checklist checklist, ItemFinding f)
    {
        var element = new XElement("testcase", new XAttribute("classname", $"checklist.{checklist.Id}"), new XAttribute("name", $"{f.Item.Id}: {f.Item.Title}"));
        if (f.IsGap)
        {
            element.Add(new XElement(
                "failure",
                new XAttribute("message", $"{OutcomeName(f.Outcome)} ({f.Item.Force.Name()}, {f.Item.DutyHolder}): {f.Explanation} {ReportWriter.Sources(f.Item)}: {string.Join(" … ", f.Item.Citations.Select(c => $"“{c.Quote}”"))}"),
                new XAttribute("type", OutcomeName(f.Outcome)),
                string.Join("\n", f.Item.Citations.Select(c => $"{ReportWriter.Source(c)}: “{c.Quote}”"))));
        }
        else if (f.Outcome == ItemOutcome.NotApplicable)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"not applicable: applies {f.Item.AppliesWhen}")));
        }
        else if (f.Outcome != ItemOutcome.Met)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"optional ({f.Item.Force.Name()}): {OutcomeName(f.Outcome)}")));
        }

        return element;
    }
}
