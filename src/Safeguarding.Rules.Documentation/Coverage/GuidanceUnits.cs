using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Documentation.Coverage;

/// <summary>
/// The numbered paragraphs and the boxes of Working Together 2026, read from its text, each with the strongest modal
/// word it uses (must, should, may) and the part of the guidance (chapter) it stands in.
/// </summary>
/// <remarks>
/// <para>A paragraph starts at a line "N. " whose number follows the last paragraph's (a list numbered from 1 inside a
/// box is not a paragraph; the text numbers paragraph 31 twice, and both are read as paragraph 31). A box starts at a
/// heading line that <see cref="CoverageMap.Boxes"/> names. A paragraph or a box runs to the next paragraph, box,
/// part heading, flow chart or section heading; footnote lines are left out.</para>
/// <para>The modal words are found by a plain scan for "must", "should" and "may" as words ("May" with a capital is
/// read as the month). A word inside a quotation or a list of examples counts like any other: the scan says where to
/// look, and the map's rows say what was found.</para>
/// </remarks>
internal static partial class GuidanceUnits
{
    /// <summary>The key (and the citations' location) of the unnumbered introduction.</summary>
    public const string IntroductionKey = "Introduction";

    private static readonly Lazy<IReadOnlyList<GuidanceUnit>> Scanned = new(Scan);

    /// <summary>The introduction, every numbered paragraph and every listed box, in the order of the text.</summary>
    public static IReadOnlyList<GuidanceUnit> All => Scanned.Value;

    /// <summary>The unit a Working Together 2026 citation's location names, or null for a footnote, heading-only or title-page citation the map does not list.</summary>
    /// <param name="location">The citation's location: "paragraph 167", "box 'Strategy discussion' (after paragraph 256)".</param>
    /// <returns>The unit's key ("paragraph 167", "box 'Strategy discussion'"), or null where the location names no paragraph or box.</returns>
    public static string? KeyOf(string location)
    {
        if (location == IntroductionKey)
        {
            return IntroductionKey;
        }

        // Text quoted between two paragraphs ("section 16C(1) ... (quoted before paragraph 363)") stands in the paragraph before.
        var between = BetweenLocation().Match(location);
        if (between.Success)
        {
            return ParagraphKey(int.Parse(between.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1);
        }

        var paragraph = ParagraphLocation().Match(location);
        if (paragraph.Success)
        {
            return ParagraphKey(int.Parse(paragraph.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var box = BoxLocation().Match(location);
        return box.Success ? BoxKey(box.Groups["title"].Value) : null;
    }

    /// <summary>The key of a numbered paragraph.</summary>
    /// <param name="number">The paragraph's number.</param>
    /// <returns>"paragraph N".</returns>
    public static string ParagraphKey(int number) => "paragraph " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The key of a box.</summary>
    /// <param name="title">The box's heading.</param>
    /// <returns>"box 'Title'".</returns>
    public static string BoxKey(string title) => $"box '{title}'";

    /// <summary>The strongest modal word in a text, or null where it has none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Must, Should or May; or null.</returns>
    public static Force? StrongestModal(string text)
    {
        Force? strongest = null;
        foreach (Match match in Modal().Matches(text))
        {
            var force = match.Value.ToUpperInvariant() switch
            {
                "MUST" => Force.Must,
                "SHOULD" => Force.Should,
                _ => Force.May,
            };
            if (strongest is null || force < strongest)
            {
                strongest = force;
            }
        }

        return strongest;
    }

    private static GuidanceUnit[] Scan()
    {
        var lines = GuidanceText.FullText(SourceDocument.WorkingTogether2026).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var boxes = CoverageMap.Boxes.ToDictionary(b => b.Title, StringComparer.Ordinal);
        var units = new List<Builder>();
        Builder? current = null;
        string part = "Introduction";
        int lastParagraph = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (PartHeading().IsMatch(line))
            {
                part = line;
                current = null;
                if (line == IntroductionKey)
                {
                    // The introduction is unnumbered prose before paragraph 1; rules cite it as "Introduction".
                    current = new Builder(IntroductionKey, GuidanceUnitKind.Introduction, 0, part, i + 1);
                    units.Add(current);
                }

                continue;
            }

            if (EndOfBlock().IsMatch(line))
            {
                // A flow chart or a section heading of chapter 3 ends the paragraph or box before it.
                current = null;
                continue;
            }

            var numbered = NumberedLine().Match(line);
            if (numbered.Success)
            {
                int n = int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (n == lastParagraph + 1)
                {
                    lastParagraph = n;
                    current = new Builder(ParagraphKey(n), GuidanceUnitKind.Paragraph, n, part, i + 1);
                    units.Add(current);
                    current.Add(line);
                    continue;
                }

                if (n < lastParagraph && n >= lastParagraph - 2 && units.FirstOrDefault(u => u.Key == ParagraphKey(n)) is { } again)
                {
                    // The text numbers a paragraph twice (31 after 32): read both as that paragraph.
                    current = again;
                    current.Add(line);
                    continue;
                }
            }

            var heading = FootnoteMarkers().Replace(line, string.Empty).Trim();
            if (lastParagraph > 0 && boxes.TryGetValue(heading, out var box) && box.AfterParagraph == lastParagraph)
            {
                current = new Builder(BoxKey(box.Title), GuidanceUnitKind.Box, box.AfterParagraph, part, i + 1);
                units.Add(current);
                continue;
            }

            if (current is not null && line.Length > 0 && !FootnoteLine().IsMatch(line))
            {
                current.Add(line);
            }
        }

        return units.Select(u => u.Build()).ToArray();
    }

    [GeneratedRegex(@"^(?<n>[0-9]{1,3})\.\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^(Introduction|About this guidance|Chapter [0-9]+: [^\t]+|Appendix [A-Z]: [^\t]+)$")]
    private static partial Regex PartHeading();

    [GeneratedRegex(@"^(Flow chart [0-9]+: |Section [0-9]: )")]
    private static partial Regex EndOfBlock();

    [GeneratedRegex(@"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex FootnoteMarkers();

    [GeneratedRegex(@"\b(must|should|may|Must|Should)\b")]
    private static partial Regex Modal();

    [GeneratedRegex(@"^(?!box |heading ).*\(quoted before paragraph (?<n>[0-9]+)\)$")]
    private static partial Regex BetweenLocation();

    [GeneratedRegex(@"^paragraph (?<n>[0-9]+)$")]
    private static partial Regex ParagraphLocation();

    [GeneratedRegex(@"^(box|heading) '(?<title>[^']+)'")]
    private static partial Regex BoxLocation();

    private sealed class Builder(string key, GuidanceUnitKind kind, int number, string part, int firstLine)
    {
        private readonly List<string> _text = new();

        public string Key => key;

        public void Add(string line) => _text.Add(line);

        public GuidanceUnit Build()
        {
            var text = string.Join(" ", _text);
            return new GuidanceUnit(key, kind, number, part, firstLine, StrongestModal(text), text);
        }
    }
}

/// <summary>A numbered paragraph or a box.</summary>
internal enum GuidanceUnitKind
{
    /// <summary>A numbered paragraph.</summary>
    Paragraph = 0,

    /// <summary>A box (an unnumbered block under its own heading).</summary>
    Box = 1,

    /// <summary>The unnumbered introduction before paragraph 1.</summary>
    Introduction = 2,
}

/// <summary>A numbered paragraph or a box of Working Together 2026.</summary>
/// <param name="Key">"paragraph 167" or "box 'Strategy discussion'".</param>
/// <param name="Kind">Paragraph or box.</param>
/// <param name="Number">The paragraph's number; for a box, the paragraph it follows.</param>
/// <param name="Part">The chapter (or introduction, appendix) it stands in, as the text heads it.</param>
/// <param name="FirstLine">The line it starts on, 1-based.</param>
/// <param name="Force">The strongest modal word it uses, or null where it uses none.</param>
/// <param name="Text">Its text, footnotes left out, lines joined by spaces.</param>
internal sealed record GuidanceUnit(string Key, GuidanceUnitKind Kind, int Number, string Part, int FirstLine, Force? Force, string Text);
