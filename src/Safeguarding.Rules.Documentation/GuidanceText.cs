using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Documentation;

/// <summary>
/// A source text of <c>docs/guidance/</c>, embedded in this assembly, and where each quote stands in it: the generated
/// docs link every citation to its lines (GitHub's <c>#L</c> anchors), whatever the working directory.
/// </summary>
/// <remarks>
/// A quote is found as the citation test finds it: each line break, with the spaces and tabs around it, counts as one
/// space; nothing else is normalised. A quote that is not in its text stops the generator.
/// </remarks>
internal sealed partial class GuidanceText
{
    private static readonly ConcurrentDictionary<string, GuidanceText> Texts = new(StringComparer.Ordinal);

    private readonly string _normalised;
    private readonly int[] _originalOffset;
    private readonly int[] _lineStarts;

    private GuidanceText(SourceDocument document, string text)
    {
        Document = document;
        (_normalised, _originalOffset) = Normalise(text);
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>The document.</summary>
    public SourceDocument Document { get; }

    /// <summary>The text of a document, from this assembly's resources.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The assembly carries no text for the document.</exception>
    public static GuidanceText Of(SourceDocument document) =>
        Texts.GetOrAdd(document.FileName, _ => new GuidanceText(document, Read(document)));

    /// <summary>The whole text of a document as <c>docs/guidance/</c> holds it (the coverage map scans it for its paragraphs and boxes).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The assembly carries no text for the document.</exception>
    public static string FullText(SourceDocument document) => Read(document);

    /// <summary>The link to a citation's lines, relative to <c>docs/rules/</c>: <c>../guidance/working-together-2026.txt#L2061</c>.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The link target.</returns>
    /// <exception cref="InvalidOperationException">The quote is not in the text the citation names.</exception>
    public static string LinkTo(Citation citation) => Of(citation.Document).Locate(citation).Link;

    /// <summary>A citation's location as a Markdown link to its lines: <c>[paragraph 264](../guidance/...#L2061)</c>.</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The Markdown link.</returns>
    public static string MarkdownLink(Citation citation) => $"[{citation.Location}]({LinkTo(citation)})";

    /// <summary>The lines a citation's quote stands on (the first place it appears).</summary>
    /// <param name="citation">The citation.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="InvalidOperationException">The quote is not in this text.</exception>
    public Lines Locate(Citation citation)
    {
        var quote = Normalise(citation.Quote).Text;
        int at = _normalised.IndexOf(quote, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException(
                $"The quote cited at {citation.Document.Id}, {citation.Location} is not in docs/guidance/{citation.Document.FileName}: the documentation cannot link it.");
        }

        return new Lines(Document, LineOf(_originalOffset[at]), LineOf(_originalOffset[at + quote.Length - 1]));
    }

    private int LineOf(int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static string Read(SourceDocument document)
    {
        using var stream = typeof(GuidanceText).Assembly.GetManifestResourceStream("Guidance/" + document.FileName)
            ?? throw new InvalidOperationException($"docs/guidance/{document.FileName} is not embedded in the documentation assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Folds each line break, with the spaces and tabs around it, into one space, and remembers where each character came from.
    private static (string Text, int[] Offsets) Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        int next = 0;
        foreach (Match match in LineBreak().Matches(text))
        {
            for (int i = next; i < match.Index; i++)
            {
                builder.Append(text[i]);
                offsets.Add(i);
            }

            builder.Append(' ');
            offsets.Add(match.Index);
            next = match.Index + match.Length;
        }

        for (int i = next; i < text.Length; i++)
        {
            builder.Append(text[i]);
            offsets.Add(i);
        }

        return (builder.ToString(), offsets.ToArray());
    }

    [GeneratedRegex("[ \\t]*(\\r\\n|\\n|\\r)+[ \\t]*")]
    private static partial Regex LineBreak();

    /// <summary>The lines of a text that a quote stands on, 1-based as GitHub numbers them.</summary>
    /// <param name="Document">The document.</param>
    /// <param name="First">The first line.</param>
    /// <param name="Last">The last line (the first, for a quote on one line).</param>
    internal readonly record struct Lines(SourceDocument Document, int First, int Last)
    {
        /// <summary>The link target, relative to <c>docs/rules/</c>: <c>#L12</c>, or <c>#L12-L14</c> for a quote over several lines.</summary>
        public string Link => $"../guidance/{Document.FileName}#L{First.ToString(CultureInfo.InvariantCulture)}"
            + (Last == First ? string.Empty : $"-L{Last.ToString(CultureInfo.InvariantCulture)}");
    }
}
