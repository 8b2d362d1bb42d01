using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Documentation;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Docs;

public partial class CitationLinkTests
{
    [Fact]
    public void Every_citation_link_in_the_docs_points_at_lines_whose_text_holds_the_quote()
    {
        var citations = RuleCatalog.AllCitations().Concat(CensusInterpretations.All.SelectMany(i => i.Citations)).ToArray();
        var wrong = new List<string>();
        int links = 0;
        foreach (var document in DocsGenerator.Generate().Where(d => d.FileName.EndsWith(".md", StringComparison.Ordinal)))
        {
            var lines = document.Content.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match link in GuidanceLink().Matches(lines[i]))
                {
                    links++;
                    var file = link.Groups["file"].Value;
                    var location = link.Groups["location"].Value;
                    var first = int.Parse(link.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var last = link.Groups["last"].Success ? int.Parse(link.Groups["last"].Value, System.Globalization.CultureInfo.InvariantCulture) : first;
                    var linked = LinkedText(file, first, last);
                    var where = $"{document.FileName} line {i + 1}: [{location}] → {file}#L{first}-L{last}";

                    // A block quote's source line: the quote itself stands just above it.
                    var quote = QuoteAbove(lines, i);
                    if (quote is not null && !linked.Contains(GuidanceTexts.NormaliseLineBreaks(quote), StringComparison.Ordinal))
                    {
                        wrong.Add(where + " does not hold the quote above it");
                        continue;
                    }

                    // Any link: a citation of that place in that text has its quote on the linked lines.
                    var candidates = citations.Where(c => c.Document.FileName == file && c.Location == location).ToArray();
                    if (!candidates.Any(c => linked.Contains(GuidanceTexts.NormaliseLineBreaks(c.Quote), StringComparison.Ordinal)))
                    {
                        wrong.Add(where + (candidates.Length == 0 ? " names no citation of the catalogue" : " holds none of its citations' quotes"));
                    }
                }
            }
        }

        Assert.True(links > 300, $"expected the docs to link every citation; found {links} links");
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Every_citation_in_the_catalogue_is_linked_to_the_line_where_its_quote_starts()
    {
        foreach (var citation in RuleCatalog.AllCitations())
        {
            var target = GuidanceText.LinkTo(citation);
            var match = Regex.Match(target, "#L(?<first>[0-9]+)");
            var first = int.Parse(match.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var words = GuidanceTexts.NormaliseLineBreaks(citation.Quote).Split(' ')[0];
            var line = File.ReadAllLines(Repository.PathTo("docs", "guidance", citation.Document.FileName))[first - 1];
            Assert.True(line.Contains(words, StringComparison.Ordinal), $"{citation.Document.Id}, {citation.Location}: line {first} does not start the quote");
        }
    }

    [Fact]
    public void Paragraph_264_on_the_designated_officer_links_to_the_line_that_numbers_it()
    {
        var lines = File.ReadAllLines(Repository.PathTo("docs", "guidance", "working-together-2026.txt"));
        var line = Array.FindIndex(lines, l => l.StartsWith("264. ", StringComparison.Ordinal)) + 1;
        Assert.Equal($"../guidance/working-together-2026.txt#L{line}", GuidanceText.LinkTo(Passages.DesignatedOfficerInformed));
    }

    [Fact]
    public void A_quote_that_runs_over_several_lines_links_to_the_range_of_lines()
    {
        var citation = new Citation(SourceDocument.Section11Guidance2007, "paragraph 2.13(g)", "This involves agencies and staff working together to safeguard and promote the welfare of children.");
        var lines = File.ReadAllLines(Repository.PathTo("docs", "guidance", "section-11-statutory-guidance-2007.txt"));
        var first = Array.FindIndex(lines, l => l.StartsWith("This involves agencies and staff working together", StringComparison.Ordinal)) + 1;
        Assert.Equal($"../guidance/section-11-statutory-guidance-2007.txt#L{first}-L{first + 2}", GuidanceText.LinkTo(citation));
    }

    [Fact]
    public void The_generator_stops_on_a_quote_that_is_not_in_its_text_naming_the_document_and_place()
    {
        var invented = Citation.WorkingTogether2026("paragraph 1", "Every deadline may be ignored on Fridays.");
        var error = Assert.Throws<InvalidOperationException>(() => GuidanceText.LinkTo(invented));
        Assert.Contains("working-together-2026, paragraph 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("is not in docs/guidance/working-together-2026.txt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fridays", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paragraphs_page_lists_each_cited_passage_with_its_line_and_the_rules_that_cite_it()
    {
        var page = GeneratedDocs.Page("paragraphs.md");
        var passage = Regex.Match(page, @"^\| \[paragraph 169\]\(\.\./guidance/working-together-2026\.txt#L(?<line>[0-9]+)\) \| (?<lines>[^|]+) \| (?<rules>[^\n]+) \|$", RegexOptions.Multiline);
        Assert.True(passage.Success, "paragraph 169 is not listed");
        Assert.Contains("[DL-03](timescales.md#dl-03) Conclude the assessment within 45 working days of referral", passage.Groups["rules"].Value, StringComparison.Ordinal);
        Assert.Contains("## Statutory guidance on making arrangements to safeguard and promote the welfare of children under section 11 of the Children Act 2004 2007", page, StringComparison.Ordinal);
        Assert.Contains("[paragraphs.md](paragraphs.md)", GeneratedDocs.Page("README.md").Replace("[Paragraphs cited](paragraphs.md)", "[paragraphs.md](paragraphs.md)", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_paragraphs_page_lists_each_document_in_the_order_of_its_text()
    {
        var page = GeneratedDocs.Page("paragraphs.md");
        foreach (var section in page.Split("\n## ").Skip(1))
        {
            var lines = GuidanceLink().Matches(section).Select(m => int.Parse(m.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.NotEmpty(lines);
            Assert.Equal(lines.Order(), lines);
        }
    }

    [Fact]
    public void Every_rule_the_paragraphs_page_links_has_its_anchor_on_its_page()
    {
        var pages = DocsGenerator.Generate().ToDictionary(d => d.FileName, d => d.Content);
        foreach (Match link in Regex.Matches(pages["paragraphs.md"], @"\]\((?<page>[a-z0-9]+\.md)#(?<anchor>[a-z0-9-]+)\)"))
        {
            var content = pages[link.Groups["page"].Value];
            var anchor = link.Groups["anchor"].Value;
            bool found = content.Contains($"<a id=\"{anchor}\">", StringComparison.Ordinal)
                || content.Split('\n').Any(l => l.StartsWith('#') && HeadingAnchor(l) == anchor);
            Assert.True(found, $"{link.Groups["page"].Value} has no anchor #{anchor}");
        }
    }

    // GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
    private static string HeadingAnchor(string heading) =>
        new string(heading.TrimStart('#').Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').ToArray()).Replace(' ', '-');

    private static string LinkedText(string file, int first, int last)
    {
        var lines = File.ReadAllLines(Repository.PathTo("docs", "guidance", file));
        Assert.True(first >= 1 && last >= first && last <= lines.Length, $"{file}#L{first}-L{last} is outside the text");
        return GuidanceTexts.NormaliseLineBreaks(string.Join("\n", lines[(first - 1)..last]));
    }

    private static string? QuoteAbove(string[] lines, int sourceLine)
    {
        if (!lines[sourceLine].TrimStart().StartsWith("> — ", StringComparison.Ordinal))
        {
            return null;
        }

        var quote = new List<string>();
        for (int j = sourceLine - 2; j >= 0 && lines[j].TrimStart().StartsWith("> ", StringComparison.Ordinal); j--)
        {
            quote.Insert(0, lines[j].TrimStart()[2..]);
        }

        return string.Join("\n", quote);
    }

    [GeneratedRegex(@"\[(?<location>[^\]]+)\]\(\.\./guidance/(?<file>[^)#]+)#L(?<first>[0-9]+)(?:-L(?<last>[0-9]+))?\)")]
    private static partial Regex GuidanceLink();
}
