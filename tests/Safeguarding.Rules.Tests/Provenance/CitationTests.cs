using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Provenance;

public class CitationTests
{
    public static TheoryData<string, string, string> EveryCitation()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var citation in RuleCatalog.AllCitations())
        {
            data.Add(citation.Document.Id, citation.Location, citation.Quote);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCitation))]
    public void Every_quote_in_the_library_appears_verbatim_in_its_source_text(string documentId, string location, string quote)
    {
        var text = GuidanceTexts.Normalised(SourceDocument.FromId(documentId));
        var normalisedQuote = GuidanceTexts.NormaliseLineBreaks(quote);
        Assert.True(
            text.Contains(normalisedQuote, StringComparison.Ordinal),
            $"Quote cited at {documentId}, {location} is not in the text: «{quote}»");
    }

    [Theory]
    [MemberData(nameof(EveryCitation))]
    public void Every_quote_stands_in_the_paragraph_footnote_or_box_its_citation_names(string documentId, string location, string quote)
    {
        var problem = GuidanceLocator.Misplaced(new Citation(SourceDocument.FromId(documentId), location, quote));
        Assert.True(problem is null, problem);
    }

    [Fact]
    public void A_quote_cited_to_the_wrong_paragraph_is_caught()
    {
        // Paragraph 30's sentence, cited to paragraph 31.
        var wrong = Citation.WorkingTogether2026("paragraph 31", "Practitioners should be proactive in sharing information as early as possible");
        var right = Citation.WorkingTogether2026("paragraph 30", "Practitioners should be proactive in sharing information as early as possible");
        Assert.NotNull(GuidanceLocator.Misplaced(wrong));
        Assert.Null(GuidanceLocator.Misplaced(right));
    }

    [Fact]
    public void A_sentence_of_the_strategy_discussion_box_cited_to_the_next_box_is_caught()
    {
        // The audit's DC-04 finding: the sentence stands in the "Strategy discussion" box.
        const string Sentence = "The lead practitioner for section 47 enquiries should be a social worker with relevant experience and expert knowledge in frontline child protection practice.";
        Assert.NotNull(GuidanceLocator.Misplaced(Citation.WorkingTogether2026("box 'Initiating section 47 enquiries' (after paragraph 256)", Sentence)));
        Assert.Null(GuidanceLocator.Misplaced(Citation.WorkingTogether2026("box 'Strategy discussion' (after paragraph 256)", Sentence)));
    }

    [Fact]
    public void A_box_named_after_the_wrong_paragraph_is_caught()
    {
        const string Sentence = "The lead practitioner for section 47 enquiries should be a social worker with relevant experience and expert knowledge in frontline child protection practice.";
        Assert.NotNull(GuidanceLocator.Misplaced(Citation.WorkingTogether2026("box 'Strategy discussion' (after paragraph 255)", Sentence)));
    }

    [Fact]
    public void A_footnote_is_checked_for_its_own_text_and_for_its_marker_in_the_paragraph_it_is_cited_to()
    {
        const string Footnote152 = "A child under police protection should not be brought to a police station except in exceptional circumstances";
        Assert.Null(GuidanceLocator.Misplaced(Citation.WorkingTogether2026("footnote 152 (to paragraph 287)", Footnote152)));
        Assert.NotNull(GuidanceLocator.Misplaced(Citation.WorkingTogether2026("footnote 153 (to paragraph 287)", Footnote152)));
        Assert.NotNull(GuidanceLocator.Misplaced(Citation.WorkingTogether2026("footnote 152 (to paragraph 286)", Footnote152)));
    }

    [Fact]
    public void A_quote_in_the_text_but_not_in_the_paragraph_named_is_caught_in_the_2007_guidance_too()
    {
        var item = SourceDocument.Section11Guidance2007;
        var first = GuidanceLocator.SpansOf(item).First(s => s.Kind == "item" && s.Name == "2.13(a)");
        var words = first.Segments[0].Substring(3, 40);
        Assert.Null(GuidanceLocator.Misplaced(new Citation(item, "paragraph 2.13(a)", words)));
        Assert.Null(GuidanceLocator.Misplaced(new Citation(item, "paragraph 2.13", words)));
        Assert.NotNull(GuidanceLocator.Misplaced(new Citation(item, "paragraph 2.13(b)", words)));
        Assert.NotNull(GuidanceLocator.Misplaced(new Citation(item, "paragraph 2.14", words)));
    }

    [Fact]
    public void A_location_form_the_locator_does_not_know_fails_rather_than_passes()
    {
        Assert.NotNull(GuidanceLocator.Misplaced(Citation.WorkingTogether2026("somewhere in chapter 4", "Section 11 places a duty on:")));
    }

    [Fact]
    public void Every_numbered_paragraph_of_working_together_2026_is_located_once_except_the_misnumbered_31()
    {
        var paragraphs = GuidanceLocator.SpansOf(SourceDocument.WorkingTogether2026).Where(s => s.Kind == "paragraph").ToArray();
        Assert.Equal(Enumerable.Range(1, 456).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), paragraphs.Select(p => p.Name).Distinct());
        Assert.Equal(new[] { "31" }, paragraphs.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_box_a_citation_names_is_a_heading_in_its_source_text()
    {
        // "box 'The child protection plan' (after paragraph 256)": the heading must stand as a line of the text, so
        // that one box is never cited under two names. A trailing footnote marker on the heading is allowed.
        var wrong = new List<string>();
        foreach (var citation in RuleCatalog.AllCitations())
        {
            var match = System.Text.RegularExpressions.Regex.Match(citation.Location, "box '(?<heading>[^']+)'");
            if (!match.Success)
            {
                continue;
            }

            var heading = match.Groups["heading"].Value;
            var lines = System.IO.File.ReadAllLines(Repository.PathTo("docs", "guidance", citation.Document.FileName));
            if (!lines.Any(l => l.TrimEnd('⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', ' ') == heading))
            {
                wrong.Add($"{citation.Document.Id}: {citation.Location}");
            }
        }

        Assert.True(wrong.Count == 0, "No such heading: " + string.Join("; ", wrong.Distinct()));
    }

    [Fact]
    public void The_catalogue_carries_citations_to_check()
    {
        Assert.NotEmpty(RuleCatalog.AllCitations());
    }

    [Fact]
    public void Every_citation_reachable_from_a_public_static_member_is_in_the_catalogue()
    {
        // A citation defined on a static member but left out of the catalogue would escape the verbatim check.
        var catalogued = new HashSet<Citation>(RuleCatalog.AllCitations());
        var missing = new List<string>();
        foreach (var (name, citation) in StaticCitations(typeof(RuleCatalog).Assembly))
        {
            if (!catalogued.Contains(citation))
            {
                missing.Add($"{name}: «{citation.Quote}»");
            }
        }

        Assert.True(missing.Count == 0, "Not in RuleCatalog: " + string.Join("; ", missing));
    }

    [Fact]
    public void The_check_is_not_fooled_by_straight_quotes_for_curly_ones()
    {
        var text = GuidanceTexts.Normalised(SourceDocument.WorkingTogether2026);
        Assert.Contains("\"Working day\" means any day which is not a Saturday, Sunday, or bank holiday.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("“Working day” means any day which is not a Saturday, Sunday, or bank holiday.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_broken_over_lines_in_the_text_still_matches_with_the_line_break_as_a_space()
    {
        Assert.Equal("a b c", GuidanceTexts.NormaliseLineBreaks("a\n  b\r\n\r\nc"));
        Assert.Equal("a\u00a0b", GuidanceTexts.NormaliseLineBreaks("a\u00a0b"));
    }

    private static IEnumerable<(string Name, Citation Citation)> StaticCitations(Assembly assembly)
    {
        foreach (var type in assembly.GetExportedTypes())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (property.GetIndexParameters().Length > 0)
                {
                    continue;
                }

                var value = property.GetValue(null);
                foreach (var citation in CitationsIn(value))
                {
                    yield return ($"{type.Name}.{property.Name}", citation);
                }
            }
        }
    }

    private static IEnumerable<Citation> CitationsIn(object? value) => value switch
    {
        Citation c => new[] { c },
        ICited cited => cited.Citations,
        IEnumerable<Citation> cs => cs,
        IEnumerable<ICited> many => many.SelectMany(c => c.Citations),
        _ => Array.Empty<Citation>(),
    };
}
