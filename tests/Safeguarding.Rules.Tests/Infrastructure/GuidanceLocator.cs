using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Tests.Infrastructure;

/// <summary>
/// Maps a source text of docs/guidance into located spans (paragraph N, footnote N, the text under a heading or box
/// title, a lettered item) and says whether a citation's quote stands in the place its location names.
/// </summary>
/// <remarks>
/// Working Together 2026 has one numbered paragraph per line (bullets and page-break continuations follow it), footnotes
/// as lines opening with a superscript number, and headings that its table of contents lists; a box is the text under
/// its title up to the next numbered paragraph or listed heading, so sub-headings such as "Purpose" stay in their box.
/// A heading the table of contents does not list does not end a paragraph: a quote from such a heading's text passes
/// as part of the paragraph before it (a leniency, not a wrong rejection). The 2007 section 11 guidance numbers its
/// paragraphs "2.13." and letters their items "a.", "b."; a paragraph runs to the next in sequence. The local procedures
/// and the 2012 draft are cited by no rule: a citation to them fails until a location form is taught here.
/// Quotes are compared as the verbatim test compares them: each line break, with spaces and tabs around it, is one space.
/// </remarks>
internal static partial class GuidanceLocator
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static readonly ConcurrentDictionary<string, TextMap> Maps = new();

    /// <summary>Why a citation's quote does not stand in the place its location names, or null when it does.</summary>
    public static string? Misplaced(Citation citation)
    {
        var map = Maps.GetOrAdd(citation.Document.Id, _ => Build(citation.Document));
        var quote = GuidanceTexts.NormaliseLineBreaks(citation.Quote);
        var where = $"{citation.Document.Id}, {citation.Location}";
        var (spans, problem) = map.Resolve(citation.Location);
        if (problem is not null)
        {
            return $"{where}: {problem}";
        }

        return spans.Any(s => s.Contains(quote))
            ? null
            : $"{where}: the quote does not stand in that place: «{citation.Quote}»";
    }

    /// <summary>The located spans of a document, for tests of the locator itself.</summary>
    public static IReadOnlyList<Span> SpansOf(SourceDocument document) => Maps.GetOrAdd(document.Id, _ => Build(document)).Spans;

    private static TextMap Build(SourceDocument document)
    {
        var lines = File.ReadAllLines(Repository.PathTo("docs", "guidance", document.FileName));
        if (document == SourceDocument.WorkingTogether2026)
        {
            return WorkingTogether(lines);
        }

        if (document == SourceDocument.Section11Guidance2007)
        {
            return Section11Guidance(lines);
        }

        return new TextMap(Array.Empty<Span>(), _ => (Array.Empty<Span>(), $"no locator for {document.FileName}: no rule cited it when the locator was written; teach GuidanceLocator its structure"));
    }

    private static TextMap WorkingTogether(string[] lines)
    {
        int tocStart = Array.FindIndex(lines, l => l.Trim() == "Table of Contents");
        int figures = Array.FindIndex(lines, tocStart, l => l.Trim() == "Table of figures");
        int bodyStart = Array.FindIndex(lines, figures, l => l.Trim() == "Introduction");
        // Each title the table of contents lists opens a heading span at as many body lines as the table lists it, the
        // first ones: a later line with the same words ("The rapid review" inside the summary box) is a sub-heading.
        var headings = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in lines.Skip(tocStart + 1).Take(figures - tocStart - 1).Select(l => TocEntry().Match(l)).Where(m => m.Success))
        {
            var title = m.Groups["title"].Value.Trim();
            headings[title] = headings.TryGetValue(title, out var n) ? n + 1 : 1;
        }

        var builder = new MapBuilder();
        builder.Open("title", "Title page", 0, 0);
        for (int i = 0; i < tocStart; i++)
        {
            builder.Add(lines[i]);
        }

        builder.Open("contents", "Table of Contents", tocStart, 0);
        int lastParagraph = 0;
        for (int i = tocStart + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            var bare = Bare(line);
            if (i >= bodyStart && headings.TryGetValue(bare, out var left) && left > 0)
            {
                headings[bare] = left - 1;
                builder.Open("heading", bare, i, lastParagraph);
                builder.Add(line);
                continue;
            }

            if (i < bodyStart)
            {
                builder.Add(line);
                continue;
            }

            var footnote = FootnoteLine().Match(line);
            if (footnote.Success)
            {
                builder.Footnote(FromSuperscript(footnote.Groups["n"].Value), line, i, lastParagraph);
                continue;
            }

            var numbered = NumberedLine().Match(line);
            if (numbered.Success)
            {
                int n = int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

                // Lists numbered 1, 2, 3 inside a paragraph are not paragraphs; a number out of sequence above 10 is
                // the text's own misnumbering (it prints "31." twice) and is kept as a second paragraph of that number.
                if (n == lastParagraph + 1 || (n > 10 && n <= lastParagraph))
                {
                    builder.Open("paragraph", n.ToString(System.Globalization.CultureInfo.InvariantCulture), i, lastParagraph);
                    lastParagraph = Math.Max(lastParagraph, n);
                    builder.Add(line);
                    continue;
                }
            }

            builder.Add(line);
        }

        var spans = builder.Finish();
        return new TextMap(spans, location => ResolveWorkingTogether(spans, lines, location));
    }

    private static string Bare(string line) => line.Trim().TrimEnd(Superscripts.ToCharArray()).Trim();

    // A heading the table of contents does not list ("Section 11 of the Children Act 2004"): its text runs from its line
    // to the next numbered paragraph or listed heading, footnotes left out. Searched for between paragraph `after` and the next.
    private static Span[] UnlistedHeading(IReadOnlyList<Span> spans, string[] lines, string title, int after)
    {
        var boundaries = spans.Where(s => s.Kind is "paragraph" or "heading").Select(s => s.Line - 1).OrderBy(l => l).ToArray();
        int from = spans.Where(s => s.Kind == "paragraph" && s.Name == after.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(s => s.Line - 1).DefaultIfEmpty(-1).Min();
        if (from < 0)
        {
            return Array.Empty<Span>();
        }

        int until = boundaries.FirstOrDefault(b => b > from && spans.Any(s => s.Kind == "paragraph" && s.Line - 1 == b), lines.Length);
        for (int i = from + 1; i < until; i++)
        {
            if (!string.Equals(Bare(lines[i]), title, StringComparison.Ordinal))
            {
                continue;
            }

            int end = boundaries.FirstOrDefault(b => b > i, lines.Length);
            var builder = new MapBuilder();
            builder.Open("heading", title, i, after);
            for (int j = i; j < end; j++)
            {
                if (FootnoteLine().IsMatch(lines[j]))
                {
                    builder.Footnote(0, lines[j], j, after);
                }
                else
                {
                    builder.Add(lines[j]);
                }
            }

            return builder.Finish().Where(s => s.Kind == "heading").ToArray();
        }

        return Array.Empty<Span>();
    }

    private static (IReadOnlyList<Span>, string?) ResolveWorkingTogether(IReadOnlyList<Span> spans, string[] lines, string location)
    {
        Match m;
        if ((m = ParagraphLocation().Match(location)).Success)
        {
            return Named(spans, "paragraph", m.Groups["n"].Value, location);
        }

        if ((m = FootnoteLocation().Match(location)).Success)
        {
            var (found, problem) = Named(spans, "footnote", m.Groups["n"].Value, location);
            if (problem is null && m.Groups["p"].Success)
            {
                var marker = ToSuperscript(m.Groups["n"].Value);
                var paragraphs = spans.Where(s => s.Kind == "paragraph" && s.Name == m.Groups["p"].Value).ToArray();
                if (!paragraphs.Any(p => p.Segments.Any(seg => ContainsMarker(seg, marker))))
                {
                    return (found, $"footnote {m.Groups["n"].Value}'s marker is not in paragraph {m.Groups["p"].Value}");
                }
            }

            return (found, problem);
        }

        if ((m = BoxLocation().Match(location)).Success)
        {
            var title = m.Groups["title"].Value;
            var after = int.Parse(m.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var found = spans.Where(s => s.Kind == "heading" && string.Equals(s.Name, title, StringComparison.Ordinal) && s.AfterParagraph == after).ToArray();
            if (found.Length == 0)
            {
                found = UnlistedHeading(spans, lines, title, after);
            }

            return found.Length > 0 ? (found, null) : (found, $"no box or heading '{title}' stands between paragraph {after} and the next");
        }

        if ((m = QuotedBeforeLocation().Match(location)).Success)
        {
            // The text between paragraph N-1 and paragraph N, under whichever headings stand there.
            var before = int.Parse(m.Groups["p"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var kind = m.Groups["kind"].Value;
            var found = spans.Where(s => s.Kind == "heading" && s.AfterParagraph == before - 1
                && (kind != "heading" || string.Equals(s.Name, m.Groups["title"].Value, StringComparison.Ordinal))).ToArray();
            if (found.Length == 0 && kind == "heading")
            {
                found = UnlistedHeading(spans, lines, m.Groups["title"].Value, before - 1);
            }

            return found.Length > 0 ? (found, null) : (found, $"nothing of that name stands just before paragraph {before}");
        }

        if (location is "Title page" or "Title")
        {
            return Named(spans, "title", "Title page", location);
        }

        if (spans.Any(s => s.Kind == "heading" && string.Equals(s.Name, location, StringComparison.Ordinal)))
        {
            // A heading the table of contents lists, named alone: "Introduction".
            return Named(spans, "heading", location, location);
        }

        return (Array.Empty<Span>(), "location form not understood (known: paragraph N; footnote N (to paragraph M); box 'title' (after paragraph N); heading 'title' (before paragraph N); ... (quoted before paragraph N); a listed heading's title; Title page)");
    }

    private static TextMap Section11Guidance(string[] lines)
    {
        var builder = new MapBuilder();
        builder.Open("front", "front matter", 0, 0);
        (int Chapter, int Number) last = (0, 0);
        string paragraph = string.Empty;
        char nextItem = 'a';
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var numbered = DecimalParagraph().Match(line);
            if (numbered.Success)
            {
                int c = int.Parse(numbered.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture);
                int n = int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if ((c == last.Chapter && n == last.Number + 1) || (c == last.Chapter + 1 && n == 1))
                {
                    last = (c, n);
                    paragraph = $"{c}.{n}";
                    nextItem = 'a';
                    builder.Open("paragraph", paragraph, i, 0);
                    builder.Add(line);
                    continue;
                }
            }

            var item = LetteredItem().Match(line);
            if (item.Success && paragraph.Length > 0 && item.Groups["l"].Value[0] == nextItem)
            {
                // An item belongs to its paragraph as well as to itself: the paragraph's span runs on through it.
                builder.Open("item", $"{paragraph}({nextItem})", i, 0, keepOpen: ("paragraph", paragraph));
                nextItem++;
            }

            builder.Add(line);
        }

        var spans = builder.Finish();
        return new TextMap(spans, location =>
        {
            var m = DecimalLocation().Match(location);
            if (!m.Success)
            {
                return (Array.Empty<Span>(), "location form not understood (known: paragraph 2.13, paragraph 2.13(b))");
            }

            return m.Groups["item"].Success
                ? Named(spans, "item", $"{m.Groups["n"].Value}({m.Groups["item"].Value})", location)
                : Named(spans, "paragraph", m.Groups["n"].Value, location);
        });
    }

    private static (IReadOnlyList<Span>, string?) Named(IReadOnlyList<Span> spans, string kind, string name, string location)
    {
        var found = spans.Where(s => s.Kind == kind && s.Name == name).ToArray();
        return found.Length > 0 ? (found, null) : (found, $"the text has no {kind} {name} ({location})");
    }

    private static bool ContainsMarker(string text, string marker)
    {
        // Markers print as superscripts ("¹⁵¹") or, where several stand together, as "^{152, 153}".
        var number = FromSuperscript(marker).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (GroupedMarkers().Matches(text).Any(m => m.Groups["list"].Value.Split(',').Any(n => n.Trim() == number)))
        {
            return true;
        }

        for (int at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            bool startsRun = at == 0 || !Superscripts.Contains(text[at - 1], StringComparison.Ordinal);
            bool endsRun = at + marker.Length == text.Length || !Superscripts.Contains(text[at + marker.Length], StringComparison.Ordinal);
            if (startsRun && endsRun)
            {
                return true;
            }
        }

        return false;
    }

    private static int FromSuperscript(string digits) =>
        digits.Aggregate(0, (n, ch) => (n * 10) + Superscripts.IndexOf(ch, StringComparison.Ordinal));

    private static string ToSuperscript(string digits) => new(digits.Select(d => Superscripts[d - '0']).ToArray());

    [GeneratedRegex("\\^\\{(?<list>[0-9, ]+)\\}")]
    private static partial Regex GroupedMarkers();

    [GeneratedRegex("^(?<title>[^\\t]+)\\t+\\d+\\s*$")]
    private static partial Regex TocEntry();

    [GeneratedRegex("^(?<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex("^(?<n>\\d+)\\.\\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex("^paragraph (?<n>\\d+)$")]
    private static partial Regex ParagraphLocation();

    [GeneratedRegex("^footnote (?<n>\\d+)(?: \\((?:to )?paragraph (?<p>\\d+)\\))?$")]
    private static partial Regex FootnoteLocation();

    [GeneratedRegex("^box '(?<title>[^']+)' \\(?after paragraph (?<p>\\d+)\\)?$")]
    private static partial Regex BoxLocation();

    [GeneratedRegex("^(?:(?<kind>heading) '(?<title>[^']+)' \\(before|.+ \\(quoted before) paragraph (?<p>\\d+)\\)$")]
    private static partial Regex QuotedBeforeLocation();

    [GeneratedRegex("^\\s*(?<c>\\d+)\\.(?<n>\\d+)\\.\\s")]
    private static partial Regex DecimalParagraph();

    [GeneratedRegex("^\\s*(?<l>[a-z])\\.\\s")]
    private static partial Regex LetteredItem();

    [GeneratedRegex("^paragraph (?<n>\\d+\\.\\d+)(?:\\((?<item>[a-z])\\))?$")]
    private static partial Regex DecimalLocation();

    /// <summary>A located span: its kind (paragraph, footnote, heading, item, title), name, first line and the paragraph before it.</summary>
    internal sealed record Span(string Kind, string Name, int Line, int AfterParagraph, IReadOnlyList<string> Segments)
    {
        /// <summary>Whether one unbroken run of the span's lines holds the (normalised) quote.</summary>
        public bool Contains(string quote) => Segments.Any(s => s.Contains(quote, StringComparison.Ordinal));
    }

    private sealed class TextMap
    {
        private readonly Func<string, (IReadOnlyList<Span>, string?)> _resolve;

        public TextMap(IReadOnlyList<Span> spans, Func<string, (IReadOnlyList<Span>, string?)> resolve)
        {
            Spans = spans;
            _resolve = resolve;
        }

        public IReadOnlyList<Span> Spans { get; }

        public (IReadOnlyList<Span> Spans, string? Problem) Resolve(string location) => _resolve(location);
    }

    // Collects lines into spans. A footnote interrupts the open span: its next line starts a new segment of it.
    private sealed class MapBuilder
    {
        private readonly List<Span> _spans = new();
        private readonly List<OpenSpan> _open = new();

        public void Open(string kind, string name, int line, int afterParagraph, (string Kind, string Name)? keepOpen = null)
        {
            var kept = _open.Where(o => keepOpen is { } k && o.Kind == k.Kind && o.Name == k.Name).ToList();
            foreach (var o in _open.Except(kept))
            {
                Close(o);
            }

            _open.Clear();
            _open.AddRange(kept);
            _open.Add(new OpenSpan(kind, name, line + 1, afterParagraph));
        }

        public void Add(string line)
        {
            var trimmed = line.Trim(' ', '\t', '\r');
            if (trimmed.Length == 0)
            {
                return;
            }

            foreach (var o in _open)
            {
                if (o.Current.Length > 0)
                {
                    o.Current.Append(' ');
                }

                o.Current.Append(trimmed);
            }
        }

        public void Footnote(int number, string line, int index, int afterParagraph)
        {
            foreach (var o in _open)
            {
                o.Break();
            }

            _spans.Add(new Span("footnote", number.ToString(System.Globalization.CultureInfo.InvariantCulture), index + 1, afterParagraph, new[] { line.Trim(' ', '\t', '\r') }));
        }

        public Span[] Finish()
        {
            foreach (var o in _open)
            {
                Close(o);
            }

            _open.Clear();
            return _spans.ToArray();
        }

        private void Close(OpenSpan o)
        {
            o.Break();
            _spans.Add(new Span(o.Kind, o.Name, o.Line, o.AfterParagraph, o.Segments));
        }

        private sealed class OpenSpan
        {
            public OpenSpan(string kind, string name, int line, int afterParagraph)
            {
                Kind = kind;
                Name = name;
                Line = line;
                AfterParagraph = afterParagraph;
            }

            public string Kind { get; }

            public string Name { get; }

            public int Line { get; }

            public int AfterParagraph { get; }

            public StringBuilder Current { get; } = new();

            public List<string> Segments { get; } = new();

            public void Break()
            {
                if (Current.Length > 0)
                {
                    Segments.Add(Current.ToString());
                    Current.Clear();
                }
            }
        }
    }
}
