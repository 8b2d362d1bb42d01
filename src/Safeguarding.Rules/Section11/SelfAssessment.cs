using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Safeguarding.Rules.Section11;

/// <summary>What an organisation says about one arrangement.</summary>
public enum ClaimStatus
{
    /// <summary>The arrangement is in place.</summary>
    InPlace = 0,

    /// <summary>The arrangement is partly in place.</summary>
    Partly = 1,

    /// <summary>The arrangement is not in place.</summary>
    NotInPlace = 2,

    /// <summary>The arrangement does not apply to this organisation; a reason is required.</summary>
    NotApplicable = 3,
}

/// <summary>An organisation's claim about one arrangement.</summary>
/// <remarks>Immutable: the lists are copied on construction.</remarks>
public sealed class ArrangementClaim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="arrangementId">The arrangement's identifier, such as <c>escalation-policy</c>.</param>
    /// <param name="status">The status claimed.</param>
    /// <param name="evidence">References to the evidence (document ids, links); never the documents themselves.</param>
    /// <param name="owner">Who owns the arrangement (a role, such as "Designated safeguarding lead"), or null.</param>
    /// <param name="lastReviewed">When the arrangement was last reviewed, or null.</param>
    /// <param name="notApplicableReason">Why it does not apply; required with <see cref="ClaimStatus.NotApplicable"/>.</param>
    /// <param name="judgementReference">For an arrangement that needs a judgement: a reference to the audit or review that made it, or null.</param>
    public ArrangementClaim(
        string arrangementId,
        ClaimStatus status,
        IEnumerable<string>? evidence = null,
        string? owner = null,
        LocalDate? lastReviewed = null,
        string? notApplicableReason = null,
        string? judgementReference = null)
    {
        ArrangementId = arrangementId ?? throw new ArgumentNullException(nameof(arrangementId));
        Status = status;
        Evidence = (evidence ?? Array.Empty<string>()).Where(e => !string.IsNullOrWhiteSpace(e)).ToReadOnly();
        Owner = owner;
        LastReviewed = lastReviewed;
        NotApplicableReason = notApplicableReason;
        JudgementReference = judgementReference;
    }

    /// <summary>The arrangement's identifier.</summary>
    public string ArrangementId { get; }

    /// <summary>The status claimed.</summary>
    public ClaimStatus Status { get; }

    /// <summary>References to the evidence; blank references are dropped.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>Who owns the arrangement, or null.</summary>
    public string? Owner { get; }

    /// <summary>When the arrangement was last reviewed, or null.</summary>
    public LocalDate? LastReviewed { get; }

    /// <summary>Why the arrangement does not apply, or null.</summary>
    public string? NotApplicableReason { get; }

    /// <summary>A reference to the recorded human judgement, or null.</summary>
    public string? JudgementReference { get; }

    /// <summary>A copy with more evidence references.</summary>
    /// <param name="references">The references to add.</param>
    /// <returns>The new claim.</returns>
    public ArrangementClaim WithEvidence(params string[] references) =>
        new(ArrangementId, Status, Evidence.Concat(references ?? Array.Empty<string>()), Owner, LastReviewed, NotApplicableReason, JudgementReference);
}

/// <summary>An organisation's self-assessment against its section 11 arrangements.</summary>
/// <remarks>Immutable: the lists are copied on construction.</remarks>
public sealed class SelfAssessment
{
    /// <summary>Creates a self-assessment.</summary>
    /// <param name="organisation">The organisation's name.</param>
    /// <param name="agencyKinds">Its agency kinds (at least one).</param>
    /// <param name="arrangements">Its claims, one per arrangement at most.</param>
    /// <param name="includeSection11Guidance2007">Whether to check the 2007 items too.</param>
    public SelfAssessment(
        string organisation,
        IEnumerable<AgencyKind> agencyKinds,
        IEnumerable<ArrangementClaim> arrangements,
        bool includeSection11Guidance2007 = false)
    {
        Organisation = organisation ?? throw new ArgumentNullException(nameof(organisation));
        AgencyKinds = (agencyKinds ?? throw new ArgumentNullException(nameof(agencyKinds))).Distinct().ToReadOnly();
        Arrangements = (arrangements ?? throw new ArgumentNullException(nameof(arrangements))).ToReadOnly();
        IncludeSection11Guidance2007 = includeSection11Guidance2007;
    }

    /// <summary>The organisation's name.</summary>
    public string Organisation { get; }

    /// <summary>Its agency kinds.</summary>
    public IReadOnlyList<AgencyKind> AgencyKinds { get; }

    /// <summary>Its claims.</summary>
    public IReadOnlyList<ArrangementClaim> Arrangements { get; }

    /// <summary>Whether the 2007 items are checked too.</summary>
    public bool IncludeSection11Guidance2007 { get; }

    /// <summary>The arrangements this organisation is checked against.</summary>
    public IReadOnlyList<Arrangement> Checklist => Section11Catalog.For(AgencyKinds, IncludeSection11Guidance2007);

    /// <summary>A blank self-assessment for these kinds: every arrangement on the checklist, not in place.</summary>
    /// <param name="organisation">The organisation's name.</param>
    /// <param name="kinds">Its agency kinds.</param>
    /// <returns>The template.</returns>
    public static SelfAssessment Template(string organisation, params AgencyKind[] kinds) =>
        new(organisation, kinds, Section11Catalog.For(kinds).Select(a => new ArrangementClaim(a.Id, ClaimStatus.NotInPlace)));

    /// <summary>A copy with different claims.</summary>
    /// <param name="arrangements">The claims.</param>
    /// <returns>The new self-assessment.</returns>
    public SelfAssessment WithArrangements(IEnumerable<ArrangementClaim> arrangements) =>
        new(Organisation, AgencyKinds, arrangements, IncludeSection11Guidance2007);
}
