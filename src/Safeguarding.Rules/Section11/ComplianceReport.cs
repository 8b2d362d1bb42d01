using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Section11;

/// <summary>What the check found for one arrangement.</summary>
public enum ArrangementOutcome
{
    /// <summary>In place, evidenced, reviewed within the interval, and (for a judgement) judged.</summary>
    Met = 0,

    /// <summary>Claimed as partly in place.</summary>
    PartlyMet = 1,

    /// <summary>Claimed as not in place, or left out of the self-assessment.</summary>
    Missing = 2,

    /// <summary>Claimed as in place without any evidence reference.</summary>
    EvidenceMissing = 3,

    /// <summary>In place and evidenced, but a matter of judgement that no recorded judgement confirms.</summary>
    JudgementRequired = 4,

    /// <summary>In place and evidenced, but not reviewed within the review interval (or no review date).</summary>
    ReviewOverdue = 5,

    /// <summary>Claimed as not applicable, with a reason.</summary>
    NotApplicable = 6,
}

/// <summary>A red-amber-green rating.</summary>
public enum Rag
{
    /// <summary>Met.</summary>
    Green = 0,

    /// <summary>Something short of met: partly met, evidence missing, review overdue, judgement required, or an optional arrangement missing.</summary>
    Amber = 1,

    /// <summary>A required ("must" or "should") arrangement missing.</summary>
    Red = 2,
}

/// <summary>The finding for one arrangement. Immutable, and equal by value.</summary>
public sealed class ArrangementFinding : IEquatable<ArrangementFinding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="outcome">What the check found.</param>
    /// <param name="rating">The rating; null when not applicable.</param>
    /// <param name="claim">The organisation's claim, or null where the self-assessment left it out.</param>
    /// <param name="explanation">One sentence on why, naming no person and quoting no free text.</param>
    /// <exception cref="ArgumentNullException">The arrangement or the explanation is null.</exception>
    public ArrangementFinding(Arrangement arrangement, ArrangementOutcome outcome, Rag? rating, ArrangementClaim? claim, string explanation)
    {
        Arrangement = arrangement ?? throw new ArgumentNullException(nameof(arrangement));
        Outcome = outcome;
        Rating = rating;
        Claim = claim;
        Explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
    }

    /// <summary>The arrangement.</summary>
    public Arrangement Arrangement { get; }

    /// <summary>What the check found.</summary>
    public ArrangementOutcome Outcome { get; }

    /// <summary>The rating; null when not applicable.</summary>
    public Rag? Rating { get; }

    /// <summary>The organisation's claim, or null where the self-assessment left it out.</summary>
    public ArrangementClaim? Claim { get; }

    /// <summary>One sentence on why, naming no person and quoting no free text.</summary>
    public string Explanation { get; }

    /// <summary>Whether this is a gap in a required arrangement (anything but met or not applicable, on a "must" or "should").</summary>
    public bool IsGap => Arrangement.IsRequired && Outcome is not (ArrangementOutcome.Met or ArrangementOutcome.NotApplicable);

    /// <summary>Compares two findings by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ArrangementFinding? left, ArrangementFinding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two findings by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ArrangementFinding? left, ArrangementFinding? right) => !(left == right);

    /// <summary>Deconstructs the finding.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="outcome">What the check found.</param>
    /// <param name="rating">The rating, or null.</param>
    /// <param name="claim">The claim, or null.</param>
    /// <param name="explanation">Why.</param>
    public void Deconstruct(out Arrangement arrangement, out ArrangementOutcome outcome, out Rag? rating, out ArrangementClaim? claim, out string explanation)
    {
        arrangement = Arrangement;
        outcome = Outcome;
        rating = Rating;
        claim = Claim;
        explanation = Explanation;
    }

    /// <inheritdoc />
    public bool Equals(ArrangementFinding? other) =>
        other is not null &&
        EqualityComparer<Arrangement>.Default.Equals(Arrangement, other.Arrangement) &&
        Outcome == other.Outcome &&
        Rating == other.Rating &&
        EqualityComparer<ArrangementClaim?>.Default.Equals(Claim, other.Claim) &&
        string.Equals(Explanation, other.Explanation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ArrangementFinding);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (Arrangement.GetHashCode() * 31) + (int)Outcome;
            hash = (hash * 31) + (Rating is { } rating ? (int)rating : -1);
            hash = (hash * 31) + (Claim?.GetHashCode() ?? 0);
            return (hash * 31) + StringComparer.Ordinal.GetHashCode(Explanation);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Arrangement.Id}: {Outcome}{(Rating is { } rating ? $" ({rating})" : string.Empty)}";
}

/// <summary>The compliance report for one self-assessment.</summary>
/// <remarks>Immutable: the lists are copied on construction and handed out read-only.</remarks>
public sealed class ComplianceReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="organisation">The organisation's name.</param>
    /// <param name="agencyKinds">Its agency kinds.</param>
    /// <param name="asOf">The date the report is as of.</param>
    /// <param name="reviewInterval">The review interval applied.</param>
    /// <param name="findings">One finding per arrangement on the checklist, in catalogue order.</param>
    /// <param name="rating">The overall rating, over required arrangements only: red if any is red, amber if any is amber, otherwise green.</param>
    /// <param name="missingMusts">The ids of "must" arrangements that are missing (headline list).</param>
    /// <param name="missingShoulds">The ids of "should" arrangements that are missing (headline list).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComplianceReport(
        string organisation,
        IEnumerable<AgencyKind> agencyKinds,
        LocalDate asOf,
        Period reviewInterval,
        IEnumerable<ArrangementFinding> findings,
        Rag rating,
        IEnumerable<string> missingMusts,
        IEnumerable<string> missingShoulds)
    {
        Organisation = organisation ?? throw new ArgumentNullException(nameof(organisation));
        AgencyKinds = ReadOnly(agencyKinds, nameof(agencyKinds));
        AsOf = asOf;
        ReviewInterval = reviewInterval ?? throw new ArgumentNullException(nameof(reviewInterval));
        Findings = ReadOnly(findings, nameof(findings));
        Rating = rating;
        MissingMusts = ReadOnly(missingMusts, nameof(missingMusts));
        MissingShoulds = ReadOnly(missingShoulds, nameof(missingShoulds));
        Editions = Array.AsReadOnly(Findings.Select(f => f.Arrangement.Edition).Distinct().OrderBy(e => e == Edition.WorkingTogether2026 ? 0 : 1).ToArray());
        Readings = Provenance.Readings.Default.Applied(Findings.SelectMany(f => f.Arrangement.Interpretations));
    }

    /// <summary>The organisation's name.</summary>
    public string Organisation { get; }

    /// <summary>Its agency kinds.</summary>
    public IReadOnlyList<AgencyKind> AgencyKinds { get; }

    /// <summary>The date the report is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The review interval applied.</summary>
    public Period ReviewInterval { get; }

    /// <summary>One finding per arrangement on the checklist, in catalogue order.</summary>
    public IReadOnlyList<ArrangementFinding> Findings { get; }

    /// <summary>The overall rating, over required arrangements only: red if any is red, amber if any is amber, otherwise green.</summary>
    public Rag Rating { get; }

    /// <summary>The ids of "must" arrangements that are missing (headline list).</summary>
    public IReadOnlyList<string> MissingMusts { get; }

    /// <summary>The ids of "should" arrangements that are missing (headline list).</summary>
    public IReadOnlyList<string> MissingShoulds { get; }

    /// <summary>The editions of the guidance applied: Working Together 2026, and the 2007 section 11 guidance when its items were included.</summary>
    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>The readings applied (what needs evidence or a judgement; the default review interval).</summary>
    public IReadOnlyList<AppliedReading> Readings { get; }

    /// <summary>Whether every required arrangement is met (or not applicable): the CLI exits 0 exactly then.</summary>
    public bool IsCompliant => Rating == Rag.Green;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Organisation} as of {AsOf:yyyy-MM-dd}: {Rating}, {MissingMusts.Count} must and {MissingShoulds.Count} should missing";

    private static ReadOnlyCollection<T> ReadOnly<T>(IEnumerable<T> items, string name) =>
        Array.AsReadOnly((items ?? throw new ArgumentNullException(name)).ToArray());
}
