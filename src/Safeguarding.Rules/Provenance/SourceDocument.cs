using System;
using System.Collections.Generic;

namespace Safeguarding.Rules.Provenance;

/// <summary>
/// A document that rules cite. The texts themselves are carried in the repository's <c>docs/guidance/</c> folder
/// (Crown copyright, Open Government Licence v3.0), where the citation test checks every quote against them.
/// </summary>
/// <remarks>Instances are immutable and compared by <see cref="Id"/>.</remarks>
public sealed class SourceDocument : IEquatable<SourceDocument>
{
    private SourceDocument(string id, string title, string edition, string fileName, DocumentStatus status)
    {
        Id = id;
        Title = title;
        Edition = edition;
        FileName = fileName;
        Status = status;
    }

    /// <summary>Working Together to Safeguard Children 2026: the current statutory guidance and the main source.</summary>
    public static SourceDocument WorkingTogether2026 { get; } = new(
        "working-together-2026",
        "Working Together to Safeguard Children",
        "2026 (March 2026)",
        "working-together-2026.txt",
        DocumentStatus.InForce);

    /// <summary>Statutory guidance on making arrangements under section 11 of the Children Act 2004 (2007), partly superseded.</summary>
    public static SourceDocument Section11Guidance2007 { get; } = new(
        "section-11-statutory-guidance-2007",
        "Statutory guidance on making arrangements to safeguard and promote the welfare of children under section 11 of the Children Act 2004",
        "2007",
        "section-11-statutory-guidance-2007.txt",
        DocumentStatus.PartlySuperseded);

    /// <summary>A local partnership procedures chapter on organisational responsibilities (2021).</summary>
    public static SourceDocument LocalProceduresOrganisationalResponsibilities2021 { get; } = new(
        "local-procedures-organisational-responsibilities-2021",
        "Local safeguarding partnership procedures: organisational responsibilities",
        "2021",
        "local-procedures-organisational-responsibilities-2021.txt",
        DocumentStatus.LocalProcedure);

    /// <summary>A local partnership procedures chapter on agency roles and responsibilities (2024).</summary>
    public static SourceDocument LocalProceduresAgencyRoles2024 { get; } = new(
        "local-procedures-agency-roles-2024",
        "Local safeguarding partnership procedures: agency roles and responsibilities",
        "2024",
        "local-procedures-agency-roles-2024.txt",
        DocumentStatus.LocalProcedure);

    /// <summary>A 2012 consultation draft of Working Together. It never came into force; no rule relies on it.</summary>
    public static SourceDocument WorkingTogether2012Draft { get; } = new(
        "working-together-2012-draft",
        "Working Together to Safeguard Children (consultation draft)",
        "2012 draft",
        "working-together-2012-draft.txt",
        DocumentStatus.NeverInForce);

    /// <summary>Every document the library knows, in a fixed order.</summary>
    public static IReadOnlyList<SourceDocument> All { get; } = ReadOnlyLists.Of(new[]
    {
        WorkingTogether2026,
        Section11Guidance2007,
        LocalProceduresOrganisationalResponsibilities2021,
        LocalProceduresAgencyRoles2024,
        WorkingTogether2012Draft,
    });

    /// <summary>A stable, kebab-case identifier, such as <c>working-together-2026</c>.</summary>
    public string Id { get; }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The edition, such as <c>2026 (March 2026)</c>.</summary>
    public string Edition { get; }

    /// <summary>The file name of the text under <c>docs/guidance/</c>.</summary>
    public string FileName { get; }

    /// <summary>Whether the document is in force, superseded, local or a draft.</summary>
    public DocumentStatus Status { get; }

    /// <summary>Finds a document by its <see cref="Id"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">No document has that identifier.</exception>
    public static SourceDocument FromId(string id)
    {
        foreach (var document in All)
        {
            if (string.Equals(document.Id, id, StringComparison.Ordinal))
            {
                return document;
            }
        }

        throw new ArgumentException($"Unknown source document '{id}'. Known: {string.Join(", ", Ids())}.", nameof(id));
    }

    /// <inheritdoc />
    public bool Equals(SourceDocument? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceDocument);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Edition})";

    private static IEnumerable<string> Ids()
    {
        foreach (var document in All)
        {
            yield return document.Id;
        }
    }
}
