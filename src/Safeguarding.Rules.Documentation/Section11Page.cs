using System.Collections.Generic;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/section11.md: the checklists by agency kind, the arrangements with their text, the RAG rules and the changes since 2007.</summary>
internal static class Section11Page
{
    public static GeneratedDocument Generate()
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Section 11 arrangement checks");
        b.AppendLine();
        b.AppendLine("Section 11 of the Children Act 2004 requires named bodies to make arrangements to safeguard and promote the welfare of children; Working Together to Safeguard Children 2026 chapter 4 says what those arrangements are, for every section 11 body and for each kind of organisation. This page lists them: the checklist for each agency kind, each arrangement with the text behind it, how a self-assessment is rated, and what changed from the 2007 section 11 guidance.");
        b.AppendLine();
        b.Append("The catalogue has **").Append(Section11Catalog.Arrangements.Count).Append(" arrangements** from Working Together 2026 (").Append(Section11Catalog.Arrangements.Count(a => a.Code is { } c && c.StartsWith('C'))).Append(" common to every section 11 body, the scope rule S0, and the rest by agency kind) and **").Append(Section11Catalog.Section11Guidance2007Items.Count).AppendLine(" items of the 2007 guidance** that the 2026 edition no longer lists, checked only when a self-assessment sets `includeSection11Guidance2007`.");
        b.AppendLine();
        b.AppendLine("## Checking a self-assessment");
        b.AppendLine();
        b.AppendLine("```sh");
        b.AppendLine("safeguarding-rules section11 template --agency school > assessment.json");
        b.AppendLine("safeguarding-rules section11 check assessment.json --format junit --as-of 2026-09-01 > section11.xml");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine("- Formats: `text` (default), `json`, `markdown`, `junit` (one test case per arrangement; a gap in a required arrangement is a failure whose message carries the citation; not applicable and optional ones are skipped).");
        b.AppendLine("- Exit code 0 when every required arrangement is met, 1 when there are gaps, 2 for bad input (one line on standard error naming the JSON path, such as `$.arrangements[3].status`).");
        b.AppendLine("- `--as-of` defaults to today's date in England, read from the system clock by the command line only; pass it in CI for reproducible reports. The library always takes the date from its caller.");
        b.AppendLine("- `--review-interval-months` sets the review interval (default 12).");
        b.AppendLine("- The file format is [section11-self-assessment.schema.json](section11-self-assessment.schema.json). An organisation of several kinds (a trust that runs a school) lists every kind and gets the union of their checklists.");
        b.AppendLine("- A council lists `local-authority` for its own arrangements and, if it runs adult social care or housing services, `adult-social-care` and `housing` too: paragraphs 290 and 294 put those services under the section 11 duties, and their arrangements are on those kinds' checklists only. The template (as a `$comment`) and the text and Markdown reports print a one-line note when `local-authority` is listed without them.");
        b.AppendLine();
        b.AppendLine("## How a self-assessment is rated");
        b.AppendLine();
        b.AppendLine("Each arrangement on the organisation's checklist gets one outcome, taken in this order:");
        b.AppendLine();
        Markdown.Table(b, new[] { "Outcome", "When", "Rating" }, new IReadOnlyList<string>[]
        {
            new[] { "not applicable", "Status `not-applicable`, with the reason the file must give.", "none (left out of the rating)" },
            new[] { "missing", "Status `not-in-place`, or the arrangement is left out of the self-assessment (never silently passed).", "red for a must or should; amber for a may" },
            new[] { "partly met", "Status `partly`.", "amber" },
            new[] { "evidence missing", "Status `in-place` with no evidence reference.", "amber" },
            new[] { "review overdue", "In place and evidenced, but no `lastReviewed` date, or that date plus the review interval is before the as-of date.", "amber" },
            new[] { "judgement required", "In place, evidenced and reviewed, but a matter of judgement with no `judgementReference` (the audit or review that judged it).", "amber" },
            new[] { "met", "In place, evidenced, reviewed within the interval and, for a judgement, judged.", "green" },
        });
        b.AppendLine("The overall rating is taken over the required (must and should) arrangements: **red** if any is red, otherwise **amber** if any is amber, otherwise **green**. Arrangements worded \"may\" are reported but do not affect the rating or the exit code. The report opens with the headline lists of missing musts, then missing shoulds.");
        b.AppendLine();
        b.AppendLine("**The 2007 items.** With `includeSection11Guidance2007` set, the 2007 items the 2026 edition no longer lists are added to the checklist and rated and counted exactly like the 2026 arrangements: a 2007 must or should that is not met makes the overall rating red or amber and the exit code 1, and is listed among the missing musts or shoulds. Every format marks them with their edition wherever it lists them: \"(2007 guidance)\" after the id in the headline lists and the findings (text and Markdown), in the JUnit test case name and failure message, and in JSON each finding's `edition`, with the missing 2007 ids also listed in `missingSection11Guidance2007`. Without the flag they are not checked at all.");
        b.AppendLine();
        b.Append("**Review interval.** The default is **").Append(Describe(Section11Checker.DefaultReviewInterval)).AppendLine("**: the only interval the chapter gives is \"annually reviewed\" (paragraph 339); elsewhere it says \"regular\". An arrangement for which the text sets an interval itself (the secure estate's annually reviewed policy) is never given a longer one.");
        b.AppendLine();
        b.AppendLine("## Interpretations");
        b.AppendLine();
        foreach (var interpretation in Section11Interpretations.All)
        {
            Markdown.Interpretation(b, interpretation, "###");
        }

        b.AppendLine("## Checklists by agency kind");
        b.AppendLine();
        b.AppendLine("Common arrangements first, then the kind's own. \"Shown by\" says whether evidence can show the arrangement or whether it needs a judgement. Follow an id to its text.");
        b.AppendLine();
        foreach (var kind in AgencyKinds.All)
        {
            var list = Section11Catalog.For(new[] { kind });
            b.Append("### ").Append(AgencyKinds.Name(kind)).Append(" (`").Append(AgencyKinds.Id(kind)).Append("`, ").Append(list.Count).AppendLine(" arrangements)");
            b.AppendLine();
            Markdown.Table(b, new[] { "Id", "Arrangement", "Force", "Shown by", "Citation" }, list.Select(Row));
        }

        b.AppendLine("## The arrangements and the text behind them");
        b.AppendLine();
        foreach (var group in Section11Catalog.All.GroupBy(a => a.Group))
        {
            b.Append("### ").AppendLine(group.Key);
            b.AppendLine();
            foreach (var arrangement in group)
            {
                b.Append("#### ").Append(Label(arrangement)).AppendLine();
                b.AppendLine();
                b.Append(arrangement.Title).Append(". **").Append(arrangement.Force.Name()).Append("**; ").Append(Shown(arrangement)).Append("; applies to ").Append(string.Join(", ", arrangement.AppliesTo.Select(k => $"`{AgencyKinds.Id(k)}`"))).AppendLine(".");
                b.AppendLine();
                foreach (var citation in arrangement.Citations)
                {
                    Markdown.Quote(b, citation);
                }
            }
        }

        b.AppendLine("## What changed from the 2007 section 11 guidance");
        b.AppendLine();
        b.Append("The 2007 guidance (partly superseded) listed key features at an organisational level (paragraph 2.13) and for work with individual children (paragraph 2.15), and items for particular bodies. Its items that Working Together 2026 no longer lists in substance are kept in the section above (").Append(string.Join(", ", Section11Catalog.Section11Guidance2007Items.Select(a => a.Code))).AppendLine("; there has never been an L04). ContactPoint (2007 paragraph 2.13(i)), a national directory since withdrawn, asked nothing of an organisation and is not kept. The library reads every other 2007 item as still listed in substance by Working Together 2026, in its arrangements or elsewhere in its text; the changes below show where the wording changed, including two items that 2026 states outside the chapter 4 list (early intervention, and a family's characteristics) and so are not kept as 2007 items.");
        b.AppendLine();
        foreach (var change in EditionChange.From2007)
        {
            b.Append("- ").Append(change.Summary);
            if (change.ArrangementIds.Count > 0)
            {
                b.Append(" (").Append(string.Join(", ", change.ArrangementIds.Select(id => $"`{id}`"))).Append(')');
            }

            b.AppendLine();
            b.AppendLine();
            foreach (var citation in change.Citations)
            {
                Markdown.Quote(b, citation, "  ");
            }
        }

        return new GeneratedDocument(
            "section11.md",
            "Section 11 arrangement checks",
            "The arrangements each kind of organisation should have, with the text behind each, how a self-assessment is rated, and what changed since 2007.",
            b.ToString());
    }

    private static IReadOnlyList<string> Row(Arrangement a) => new[]
    {
        $"[{Label(a)}](#{Anchor(a)})", a.Title, a.Force.Name(), Shown(a), string.Join("; ", a.Citations.GroupBy(c => c.Location).Select(g => GuidanceText.MarkdownLink(g.First()))),
    };

    private static string Shown(Arrangement a) => a.Verifiability == Verifiability.Evidence ? "evidence" : "judgement";

    /// <summary>The anchor of an arrangement's heading on this page.</summary>
    internal static string Anchor(Arrangement a) => Label(a).ToLowerInvariant().Replace(' ', '-');

    // As the section 11 reports label an arrangement: its code, if the text gives one, and its id ("L09 references-always-taken-up").
    private static string Label(Arrangement a) => a.Code is null ? a.Id : $"{a.Code} {a.Id}";

    private static string Describe(NodaTime.Period period) =>
        period.Years == 0 && period.Weeks == 0 && period.Days == 0 && period.Months > 0 ? $"{period.Months} months" : period.ToString();
}
