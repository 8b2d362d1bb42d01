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
