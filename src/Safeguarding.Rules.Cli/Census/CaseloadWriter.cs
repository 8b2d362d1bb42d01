using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using NodaTime;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Cli.Census;

/// <summary>
/// Writes a caseload report as text (DfE's tables with the council's figures), JSON (docs/rules/caseload-report.schema.json),
/// CSV (one row per late or overdue deadline), Markdown (with mermaid charts) or JUnit (one test case per rule). Only
/// LAchildID, element paths and dates from the census ever appear.
/// </summary>
internal static class CaseloadWriter
{
    public static readonly string[] Formats = { "text", "json", "csv", "markdown", "junit" };

    /// <summary>How many late deadlines and findings the text and Markdown reports list before pointing to CSV or JSON.</summary>
    public const int Listed = 100;

    public static void Write(TextWriter output, CaseloadReport report, Readings readings, string format, JsonLayout layout = JsonLayout.Indented)
    {
        switch (format)
        {
            case "json":
                SafeguardingJson.Write(output, CaseloadReportDocument.From(report, EditionStatement(report, readings)), layout);
                break;
            case "csv":
                Csv(output, report);
                break;
            case "markdown":
                output.Write(MarkdownReport(report, readings));
                break;
            case "junit":
                output.Write(JUnit(report, readings));
                break;
            default:
                output.Write(Text(report, readings));
                break;
        }
    }

    /// <summary>A status in kebab-case, as the JSON report keys it.</summary>
    public static string StatusKey(DeadlineStatus status) => status switch
    {
        DeadlineStatus.MetLate => "met-late",
        DeadlineStatus.NotStarted => "not-started",
        DeadlineStatus.EditionNotInForce => "edition-not-in-force",
        DeadlineStatus.OutsideCalendar => "outside-calendar",
        DeadlineStatus.LocalTimescaleNotGiven => "local-timescale-not-given",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Every status, in declaration order.</summary>
    public static IReadOnlyList<DeadlineStatus> Statuses { get; } = Enum.GetValues<DeadlineStatus>();

    private static readonly DeadlineStatus[] Shown =
    {
        DeadlineStatus.Met, DeadlineStatus.MetLate, DeadlineStatus.Due, DeadlineStatus.Overdue, DeadlineStatus.Breached,
        DeadlineStatus.Undetermined, DeadlineStatus.NotStarted, DeadlineStatus.EditionNotInForce, DeadlineStatus.OutsideCalendar,
    };

    private static string D(LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Pct(int part, int whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string P(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "—";

    private static string YearName(CaseloadReport report) => $"{report.CollectionYear - 1}-{report.CollectionYear % 100:00}";

    private static string Unit(LateDeadline late) => (late.DaysUnit == TimeUnit.WorkingDays ? "working day" : "day") + (late.Days == 1 ? string.Empty : "s");

    private static string StatusName(DeadlineStatus status) => Commands.DeadlinesCommand.StatusName(status);

    /// <summary>The plain statement of editions: what was applied, and what was not judged.</summary>
    public static string EditionStatement(CaseloadReport report, Readings readings)
    {
        var names = string.Join(", ", report.Editions.Select(e => e.Name));
        var from = Edition.WorkingTogether2026.InForceFrom(readings);
        if (report.AppliedBeforeCommencement)
        {
            return $"Edition: {names}, applied as chosen (clocks-before-commencement=apply-current-edition) also to deadlines whose clocks started before it came into force on {D(from)}.";
        }

        if (report.EditionNotInForce > 0)
        {
            return $"Edition: {names}. {N(report.EditionNotInForce)} deadlines started before it came into force on {D(from)} (reading wt2026-commencement) and are reported as 'edition not in force': the edition then in force is not encoded, so no verdict is given. To judge them by the 2026 rules, pass --reading clocks-before-commencement=apply-current-edition.";
        }

        return $"Edition: {names} (in force from {D(from)}, reading wt2026-commencement).";
    }

    private const string Statistics = "DfE's measures are statistics, not the statutory rules: C2 counts working days from the assessment's actual start to its authorisation, while DL-03 runs from the referral; C4 counts from the section 47 start to the conference, beside DL-04. Both are shown and they can disagree. Durations count the start day as day 0, on the England and Wales calendar.";

    private static string Text(CaseloadReport report, Readings readings)
    {
        var b = new StringBuilder();
        b.Append("Children in need census ").Append(YearName(report)).Append(" (").Append(D(report.YearStart)).Append(" to ").Append(D(report.YearEnd)).AppendLine(")");
        b.Append(N(report.Children)).Append(" children, ").Append(N(report.Episodes)).Append(" episodes; deadlines as of ").AppendLine(D(report.AsOf));
        b.AppendLine();
        foreach (var measure in new[] { report.AssessmentDuration, report.IcpcDuration })
        {
            TextMeasure(b, measure, readings);
        }

        b.AppendLine(Statistics);
        b.AppendLine();
        b.Append("Statutory deadlines (Working Together 2026) as of ").AppendLine(D(report.AsOf));
        b.AppendLine();
        var headers = new[] { "Rule" }.Concat(Shown.Select(StatusName)).Append("total").ToArray();
        var rows = report.Deadlines.Select(t => new[] { t.RuleId }.Concat(Shown.Select(s => N(t.Count(s)))).Append(N(t.Total)).ToArray()).ToList();
        Grid(b, headers, rows, rightAlign: true);
        foreach (var tally in report.Deadlines)
        {
            b.Append("  ").Append(tally.RuleId).Append(": ").AppendLine(tally.Title);
        }

        foreach (var left in report.RulesLeftOut)
        {
            b.Append("  Left out: ").AppendLine(left);
        }

        b.AppendLine();
        b.Append("Late or overdue deadlines: ").AppendLine(N(report.Late.Count));
        if (report.Late.Count > 0)
        {
            b.AppendLine();
            Grid(
                b,
                new[] { "LAchildID", "Episode", "Rule", "Status", "Started", "Due", "Held", "Late" },
                report.Late.Take(Listed).Select(l => new[] { l.ChildId, l.Episode.ToString(CultureInfo.InvariantCulture), l.RuleId, StatusName(l.Status), D(l.StartDate), D(l.DueDate), D(l.EndDate), $"{l.Days} {Unit(l)}" }).ToList(),
                rightAlign: false);
            if (report.Late.Count > Listed)
            {
                b.Append("... and ").Append(N(report.Late.Count - Listed)).AppendLine(" more (--format csv lists every one).");
            }
        }

        b.AppendLine();
        b.Append("Data-quality findings: ").AppendLine(N(report.Findings.Count));
        foreach (var finding in report.Findings.Take(Listed))
        {
            b.Append("- ").Append(finding.ChildId).Append(' ').Append(finding.Path).Append(": ").AppendLine(finding.Problem);
        }

        if (report.Findings.Count > Listed)
        {
            b.Append("... and ").Append(N(report.Findings.Count - Listed)).AppendLine(" more (--format json lists every one).");
        }

        b.AppendLine();
        b.AppendLine(EditionStatement(report, readings));
        b.AppendLine(ReadingsLine(report));
        return b.ToString();
    }

    private static string ReadingsLine(CaseloadReport report)
    {
        var chosen = report.Readings.Where(r => r.ChosenByCaller).Select(r => r.ToString()).ToList();
        return "Readings: " + (chosen.Count == 0 ? "the defaults" : string.Join(", ", chosen) + "; the rest the defaults") + " (docs/rules/caseload.md; 'rules readings').";
    }

    private static void TextMeasure(StringBuilder b, DurationMeasure m, Readings readings)
    {
        string what = m.Id == "assessment-duration" ? "Assessments" : "Conferences";
        b.AppendLine(m.Title);
        b.AppendLine(m.Id == "assessment-duration"
            ? "Assessments authorised in the year, by working days from their actual start to their authorisation"
            : "Initial conferences held in the year, by working days from the section 47 start");
        b.AppendLine();
        var rows = m.Bands.Select(band => new[] { band.Label, N(band.Count), Pct(band.Count, m.Count) }).ToList();
        rows.Add(new[] { "total", N(m.Count), m.Count == 0 ? "—" : "100.0%" });
        Grid(b, new[] { "Working days", what, "%" }, rows, rightAlign: true);
        b.Append("25th percentile ").Append(P(m.P25)).Append(", median ").Append(P(m.Median)).Append(", 75th percentile ").Append(P(m.P75))
            .Append(" (").Append(readings.ReadingOf(CensusInterpretations.Percentile)).AppendLine(")");
        b.Append("Within ").Append(m.Limit).Append(" working days: ").Append(N(m.WithinLimit)).Append(" (").Append(Pct(m.WithinLimit, m.Count)).AppendLine(")");
        if (m.LeftOut > 0)
        {
            b.Append(N(m.LeftOut)).AppendLine(m.Id == "assessment-duration"
                ? " more authorised before their recorded start: counted, but left out of the durations."
                : " more conferences recorded before their section 47 start: counted among conferences, but left out of the durations (as DfE does).");
        }

        b.AppendLine();
    }

    private static void Grid(StringBuilder b, IReadOnlyList<string> headers, List<string[]> rows, bool rightAlign)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        void Row(IReadOnlyList<string> cells) =>
            b.AppendLine(string.Join("  ", cells.Select((c, i) => i == 0 || !rightAlign ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        Row(headers);
        Row(widths.Select(w => new string('-', w)).ToArray());
        rows.ForEach(Row);
    }

    private static string MarkdownReport(CaseloadReport report, Readings readings)
    {
        var b = new StringBuilder();
        b.Append("# Caseload: children in need census ").AppendLine(YearName(report));
        b.AppendLine();
        b.Append(N(report.Children)).Append(" children, ").Append(N(report.Episodes)).Append(" episodes (").Append(D(report.YearStart)).Append(" to ").Append(D(report.YearEnd))
            .Append("); deadlines as of ").Append(D(report.AsOf)).AppendLine(".");
        b.AppendLine();
        foreach (var m in new[] { report.AssessmentDuration, report.IcpcDuration })
        {
            b.Append("## ").AppendLine(m.Title);
            b.AppendLine();
            b.AppendLine("```mermaid");
            b.AppendLine("xychart-beta");
            b.Append("    title \"").Append(m.Title.Replace("\"", "'", StringComparison.Ordinal)).AppendLine("\"");
            b.Append("    x-axis \"Working days\" [").Append(string.Join(", ", m.Bands.Select(x => $"\"{x.Label}\""))).AppendLine("]");
            b.Append("    y-axis \"").Append(m.Id == "assessment-duration" ? "Assessments" : "Conferences").AppendLine("\"");
            b.Append("    bar [").Append(string.Join(", ", m.Bands.Select(x => x.Count.ToString(CultureInfo.InvariantCulture)))).AppendLine("]");
            b.AppendLine("```");
            b.AppendLine();
            Documentation.Markdown.Table(b, new[] { "Working days", "Count", "%" }, m.Bands.Select(x => (IReadOnlyList<string>)new[] { x.Label, N(x.Count), Pct(x.Count, m.Count) }).Append(new[] { "total", N(m.Count), m.Count == 0 ? "—" : "100.0%" }));
            b.Append("25th percentile **").Append(P(m.P25)).Append("**, median **").Append(P(m.Median)).Append("**, 75th percentile **").Append(P(m.P75)).Append("** (").Append(readings.ReadingOf(CensusInterpretations.Percentile))
                .Append("); within ").Append(m.Limit).Append(" working days: ").Append(N(m.WithinLimit)).Append(" (").Append(Pct(m.WithinLimit, m.Count)).AppendLine(").");
            if (m.LeftOut > 0)
            {
                b.AppendLine();
                b.Append(N(m.LeftOut)).AppendLine(" more ended before their recorded start: counted, but left out of the durations.");
            }

            b.AppendLine();
        }

        b.AppendLine(Statistics);
        b.AppendLine();
        b.Append("## Statutory deadlines as of ").AppendLine(D(report.AsOf));
        b.AppendLine();
        Documentation.Markdown.Table(
            b,
            new[] { "Rule", "Requirement" }.Concat(Shown.Select(StatusName)).Append("total").ToArray(),
            report.Deadlines.Select(t => (IReadOnlyList<string>)new[] { t.RuleId, t.Title }.Concat(Shown.Select(s => N(t.Count(s)))).Append(N(t.Total)).ToArray()));
        foreach (var left in report.RulesLeftOut)
        {
            b.Append("- Left out: ").AppendLine(left);
        }

        if (report.RulesLeftOut.Count > 0)
        {
            b.AppendLine();
        }

        b.Append("## Late or overdue deadlines (").Append(N(report.Late.Count)).AppendLine(")");
        b.AppendLine();
        if (report.Late.Count > 0)
        {
            Documentation.Markdown.Table(
                b,
                new[] { "LAchildID", "Episode", "Rule", "Status", "Started", "Due", "Held", "Late" },
                report.Late.Take(Listed).Select(l => (IReadOnlyList<string>)new[] { l.ChildId, l.Episode.ToString(CultureInfo.InvariantCulture), l.RuleId, StatusName(l.Status), D(l.StartDate), D(l.DueDate), D(l.EndDate), $"{l.Days} {Unit(l)}" }));
            if (report.Late.Count > Listed)
            {
                b.Append("... and ").Append(N(report.Late.Count - Listed)).AppendLine(" more (`--format csv` lists every one).");
                b.AppendLine();
            }
        }

        b.Append("## Data-quality findings (").Append(N(report.Findings.Count)).AppendLine(")");
        b.AppendLine();
        foreach (var finding in report.Findings.Take(Listed))
        {
            b.Append("- ").Append(Documentation.Markdown.Cell(finding.ChildId)).Append(" `").Append(finding.Path).Append("`: ").AppendLine(finding.Problem);
        }

        if (report.Findings.Count > Listed)
        {
            b.Append("- ... and ").Append(N(report.Findings.Count - Listed)).AppendLine(" more (`--format json` lists every one).");
        }

        b.AppendLine();
        b.AppendLine(EditionStatement(report, readings));
        b.AppendLine();
        b.AppendLine(ReadingsLine(report));
        return b.ToString();
    }

    private static void Csv(TextWriter output, CaseloadReport report)
    {
        output.Write("la_child_id,episode,rule,occurrence,status,start,due,held,days_late,days_unit\n");
        var line = new StringBuilder();
        foreach (var l in report.Late)
        {
            line.Clear()
                .Append(l.ChildId).Append(',')
                .Append(l.Episode.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(l.RuleId).Append(',')
                .Append(l.Occurrence.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(StatusKey(l.Status)).Append(',')
                .Append(l.StartDate is { } s ? D(s) : string.Empty).Append(',')
                .Append(l.DueDate is { } d ? D(d) : string.Empty).Append(',')
                .Append(l.EndDate is { } e ? D(e) : string.Empty).Append(',')
                .Append(l.Days.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(l.DaysUnit == TimeUnit.WorkingDays ? "working-days" : "days").Append('\n');
            output.Write(line);
        }
    }

    private static string JUnit(CaseloadReport report, Readings readings)
    {
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        var b = new StringBuilder();
        using (var w = XmlWriter.Create(new StringWriterUtf8(b), settings))
        {
            int failures = report.Deadlines.Count(t => t.Count(DeadlineStatus.Overdue) > 0);
            w.WriteStartElement("testsuites");
            w.WriteStartElement("testsuite");
            w.WriteAttributeString("name", $"caseload {YearName(report)} as of {D(report.AsOf)}");
            w.WriteAttributeString("tests", report.Deadlines.Count.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
            foreach (var tally in report.Deadlines)
            {
                w.WriteStartElement("testcase");
                w.WriteAttributeString("classname", "safeguarding-rules.caseload");
                w.WriteAttributeString("name", $"{tally.RuleId} {tally.Title}");
                var summary = string.Join(", ", Shown.Where(s => tally.Count(s) > 0).Select(s => $"{N(tally.Count(s))} {StatusName(s)}"));
                int overdue = tally.Count(DeadlineStatus.Overdue);
                if (overdue > 0)
                {
                    w.WriteStartElement("failure");
                    w.WriteAttributeString("message", $"{N(overdue)} overdue");
                    w.WriteString(summary + Environment.NewLine + string.Join(Environment.NewLine, report.Late.Where(l => l.RuleId == tally.RuleId && l.Status == DeadlineStatus.Overdue).Take(Listed).Select(l => $"{l.ChildId} episode {l.Episode}: due {D(l.DueDate)}, {l.Days} {Unit(l)} late")));
                    w.WriteEndElement();
                }

                w.WriteElementString("system-out", summary.Length == 0 ? "no deadlines" : summary);
                w.WriteEndElement();
            }

            w.WriteElementString("system-out", EditionStatement(report, readings));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return b.AppendLine().ToString();
    }

    private sealed class StringWriterUtf8 : StringWriter
    {
        public StringWriterUtf8(StringBuilder builder)
            : base(builder, CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
