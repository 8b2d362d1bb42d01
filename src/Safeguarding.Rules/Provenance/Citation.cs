using System;

namespace Safeguarding.Rules.Provenance;

/// <summary>
/// Where a rule comes from: a source document, the paragraph or heading in it, and a verbatim quote.
/// </summary>
/// <remarks>
/// The quote is copied character for character from the text in <c>docs/guidance/</c>, curly quotes, non-breaking
/// spaces, inline footnote markers (such as "²⁰⁹") and typos included; a test checks every citation the library
/// carries, treating only line breaks as spaces. A quote never runs across a page break or the footnotes printed at
/// one: where the text is split that way, a rule carries two citations.
/// </remarks>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="document">The source document.</param>
    /// <param name="location">The paragraph, footnote or heading, as a reader would find it: "paragraph 167".</param>
    /// <param name="quote">The verbatim quote.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The location or the quote is blank.</exception>
    public Citation(SourceDocument document, string location, string quote)
    {
        Document = document ?? throw new ArgumentNullException(nameof(document));
        Location = RequireText(location, nameof(location));
        Quote = RequireText(quote, nameof(quote));
    }

    /// <summary>The source document.</summary>
    public SourceDocument Document { get; }

    /// <summary>The document's edition (a shortcut for <c>Document.Edition</c>).</summary>
    public string Edition => Document.Edition;

    /// <summary>The paragraph, footnote or heading: "paragraph 167", "footnote 209", "box 'The child protection plan' after paragraph 256".</summary>
    public string Location { get; }

    /// <summary>The verbatim quote.</summary>
    public string Quote { get; }

    /// <summary>Cites Working Together to Safeguard Children 2026.</summary>
    /// <param name="location">The paragraph, footnote or heading.</param>
    /// <param name="quote">The verbatim quote.</param>
    /// <returns>The citation.</returns>
    public static Citation WorkingTogether2026(string location, string quote) =>
        new(SourceDocument.WorkingTogether2026, location, quote);

    /// <inheritdoc />
    public override string ToString() => $"{Document.Title} {Document.Edition}, {Location}: “{Quote}”";

    private static string RequireText(string value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("must not be blank", name);
        }

        return value;
    }
}
