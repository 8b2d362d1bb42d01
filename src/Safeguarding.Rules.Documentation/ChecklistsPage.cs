using System.Collections.Generic;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Checklists;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/checklists.md: every checklist, each item with its force, duty-holder, condition and text, and how an assessment is rated.</summary>
internal static class ChecklistsPage
{
    public static GeneratedDocument Generate()
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Checklists");
        b.AppendLine();
        b.AppendLine("Working Together to Safeguard Children 2026 lists what a strategy discussion is for, what a child protection plan, a core group and a review conference should do, and what a safeguarding partnership's published arrangements and yearly report must and should include. Each list is a checklist here: cited items, each with its force as worded, who the text puts it on, whether evidence can show it or it needs a recorded judgement, and the condition under which it applies. An assessment says per item met, partly met, not met or not applicable, with evidence and a date; the report is rated red-amber-green by the same rules as the [section 11 arrangement checks](section11.md), which are a checklist family of their own.");
        b.AppendLine();
        b.AppendLine("## Checking an assessment");
        b.AppendLine();
        b.AppendLine("```sh");
        b.AppendLine("safeguarding-rules checklist list");
        b.AppendLine("safeguarding-rules checklist template core-group > assessment.json");
        b.AppendLine("safeguarding-rules checklist check core-group assessment.json --format junit --as-of 2026-09-01 > checklist.xml");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine("- `ID` is the checklist's id or one of its inventory codes (`CL-44`). Several files (or `-` for standard input) can be checked in one run.");
        b.AppendLine("- Formats: `text` (default), `json` ([checklist-report.schema.json](checklist-report.schema.json)), `markdown`, `junit` (one test case per item; a gap in a required item is a failure whose message carries the citation; not applicable and optional items are skipped).");
        b.AppendLine("- Exit code 0 when every required (must or should) item is met or not applicable, 1 when there are gaps, 2 for bad input (one line naming the JSON path, such as `$.items[3].status`), as for `section11 check`.");
        b.AppendLine("- The file format is [checklist-assessment.schema.json](checklist-assessment.schema.json). `subject` is a reference (a meeting or case reference, a partnership), never a child's name.");
        b.AppendLine();
        b.AppendLine("## How an assessment is rated");
        b.AppendLine();
        Markdown.Table(b, new[] { "Outcome", "When", "Rating" }, new IReadOnlyList<string>[]
        {
            new[] { "not applicable", "Status `not-applicable`, with a reason; only an item the text makes conditional can be not applicable.", "none (left out of the rating)" },
            new[] { "not met", "Status `not-met`, or the item is left out of the assessment (never silently passed).", "red for a must or should; amber for a may" },
            new[] { "partly met", "Status `partly-met`.", "amber" },
            new[] { "evidence missing", "Status `met` with no evidence reference.", "amber" },
            new[] { "date missing", "Met and evidenced, with no `date`.", "amber" },
            new[] { "judgement required", "Met, evidenced and dated, but a matter of judgement with no `judgementReference`.", "amber" },
            new[] { "met", "Met, evidenced, dated and, for a judgement, judged.", "green" },
        });
        b.AppendLine("The overall rating is taken over the required items: **red** if any is red, otherwise **amber** if any is amber, otherwise **green**. A date after the as-of date is bad input. Timings an item states (the core group's first meeting within 10 working days, review conferences) are counted by the timescale rules on [timescales.md](timescales.md); the checklist records whether the item was done.");
        b.AppendLine();
        b.AppendLine("## The checklists");
        b.AppendLine();
        Markdown.Table(b, new[] { "Id", "Inventory", "Checklist", "Items", "Must", "Should" }, ChecklistCatalog.All.Select(c => (IReadOnlyList<string>)new[]
        {
            $"[`{c.Id}`](#{c.Id})", string.Join(", ", c.Codes), c.Title, c.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            c.Items.Count(i => i.Force == Force.Must).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Items.Count(i => i.Force == Force.Should).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        foreach (var checklist in ChecklistCatalog.All)
        {
            b.Append("## ").AppendLine(checklist.Id);
            b.AppendLine();
            b.Append("**").Append(checklist.Title).Append("** (").Append(string.Join(", ", checklist.Codes)).Append("). ").AppendLine(checklist.Purpose);
            b.AppendLine();
            Markdown.Table(b, new[] { "Item", "Force", "Duty-holder", "Shown by", "Applies", "Citation" }, checklist.Items.Select(i => (IReadOnlyList<string>)new[]
            {
                $"`{i.Id}`: {i.Title}", i.Force.Name(), i.DutyHolder, i.Verifiability == Verifiability.Evidence ? "evidence" : "judgement", i.AppliesWhen ?? "always",
                string.Join("; ", i.Citations.GroupBy(c => c.Location).Select(g => GuidanceText.MarkdownLink(g.First()))),
            }));
            foreach (var item in checklist.Items)
            {
                b.Append("- `").Append(item.Id).AppendLine("`:");
                b.AppendLine();
                foreach (var citation in item.Citations)
                {
                    Markdown.Quote(b, citation, "  ");
                }
            }
        }

        return new GeneratedDocument(
            "checklists.md",
            "Checklists",
            "The checklists of the text (published arrangements, yearly report, strategy discussion, child protection plan, core group, review conference, rapid review, LCSPR report, child death review), each item with its text, and how an assessment is rated.",
            b.ToString());
    }
}
