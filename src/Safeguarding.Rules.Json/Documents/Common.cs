using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Json.Documents;

/// <summary>
/// A citation as every document writes it: the source document's id, that document's edition as published, the
/// location in it (paragraph, box or heading), the force of the text that cites it, and the verbatim quote.
/// </summary>
/// <param name="Document">The source document's id, such as <c>working-together-2026</c>.</param>
/// <param name="Edition">The cited document's edition as published, such as <c>2026 (March 2026)</c>. In these formats the word <c>edition</c> means only this; the editions a result applied are its <c>appliedEditions</c>.</param>
/// <param name="Location">Where in the document: a paragraph, box or heading.</param>
/// <param name="Force">The force of the requirement that cites the text (<c>must</c>, <c>should</c>, <c>non-statutory</c>, <c>may</c>, <c>descriptive</c>).</param>
/// <param name="Quote">The verbatim quote.</param>
public sealed record CitationDocument(string Document, string Edition, string Location, Force Force, string Quote)
{
    /// <summary>Maps a citation, with the force of the requirement citing it.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="force">The force of the requirement that cites it.</param>
    /// <returns>The document.</returns>
    public static CitationDocument From(Citation citation, Force force)
    {
        if (citation is null)
        {
            throw new ArgumentNullException(nameof(citation));
        }

        return new(citation.Document.Id, citation.Edition, citation.Location, force, citation.Quote);
    }

    internal static IReadOnlyList<CitationDocument> All(IEnumerable<Citation> citations, Force force) => citations.Select(c => From(c, force)).ToArray();
}

/// <summary>A reading a result applied: the interpretation, the reading, and whether the caller chose it.</summary>
/// <param name="Interpretation">The interpretation's id.</param>
/// <param name="Reading">The reading applied (an alternative's id, or a date for a date reading).</param>
/// <param name="Chosen">True when the caller chose it; false for the library's default.</param>
public sealed record ReadingDocument(string Interpretation, string Reading, bool Chosen)
{
    internal static IReadOnlyList<ReadingDocument> All(IEnumerable<AppliedReading> readings) =>
        readings.Select(r => new ReadingDocument(r.Interpretation.Id, r.ReadingId, r.ChosenByCaller)).ToArray();
}
