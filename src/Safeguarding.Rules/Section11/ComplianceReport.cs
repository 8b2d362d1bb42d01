using System.Collections.Generic;
using NodaTime;

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

/// <summary>The finding for one arrangement.</summary>
/// <param name="Arrangement">The arrangement.</param>
/// <param name="Outcome">What the check found.</param>
/// <param name="Rating">The rating; null when not applicable.</param>
/// <param name="Claim">The organisation's claim, or null where the self-assessment left it out.</param>
/// <param name="Explanation">One sentence on why, naming no person and quoting no free text.</param>
public sealed record ArrangementFinding(Arrangement Arrangement, ArrangementOutcome Outcome, Rag? Rating, ArrangementClaim? Claim, string Explanation)
{
    /// <summary>Whether this is a gap in a required arrangement (anything but met or not applicable, on a "must" or "should").</summary>
    public bool IsGap => Arrangement.IsRequired && Outcome is not (ArrangementOutcome.Met or ArrangementOutcome.NotApplicable);
}

/// <summary>The compliance report for one self-assessment.</summary>
/// <param name="Organisation">The organisation's name.</param>
/// <param name="AgencyKinds">Its agency kinds.</param>
/// <param name="AsOf">The date the report is as of.</param>
/// <param name="ReviewInterval">The review interval applied.</param>
/// <param name="Findings">One finding per arrangement on the checklist, in catalogue order.</param>
/// <param name="Rating">The overall rating, over required arrangements only: red if any is red, amber if any is amber, otherwise green.</param>
/// <param name="MissingMusts">The ids of "must" arrangements that are missing (headline list).</param>
/// <param name="MissingShoulds">The ids of "should" arrangements that are missing (headline list).</param>
public sealed record ComplianceReport(
    string Organisation,
    IReadOnlyList<AgencyKind> AgencyKinds,
    LocalDate AsOf,
    Period ReviewInterval,
    IReadOnlyList<ArrangementFinding> Findings,
    Rag Rating,
    IReadOnlyList<string> MissingMusts,
    IReadOnlyList<string> MissingShoulds)
{
    /// <summary>Whether every required arrangement is met (or not applicable): the CLI exits 0 exactly then.</summary>
    public bool IsCompliant => Rating == Rag.Green;
}
