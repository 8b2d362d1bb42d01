using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Section11;

/// <summary>Whether evidence can show an arrangement, or whether it turns on a judgement evidence cannot settle.</summary>
public enum Verifiability
{
    /// <summary>Evidence can show it: a policy exists, a named lead, a procedure, a record.</summary>
    Evidence = 0,

    /// <summary>
    /// A matter of judgement ("a culture", "sufficient", "appropriate", "effective", "be aware"): a checker sees only
    /// the evidence for it and never passes it by itself; a recorded human judgement can.
    /// </summary>
    Judgement = 1,
}

/// <summary>
/// A section 11 arrangement: something an organisation of the kinds it applies to should (or must) have in place,
/// with the text behind it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Arrangement : IRule
{
    internal Arrangement(
        string id,
        string? code,
        string group,
        string title,
        Force force,
        Verifiability verifiability,
        IEnumerable<AgencyKind> appliesTo,
        SourceDocument source,
        Period? requiredReviewInterval,
        IEnumerable<Citation> citations)
    {
        Id = id;
        Code = code;
        Group = group;
        Title = title;
        Force = force;
        Verifiability = verifiability;
        AppliesTo = appliesTo.Distinct().OrderBy(k => k).ToReadOnly();
        Source = source;
        Edition = source == SourceDocument.Section11Guidance2007 ? Edition.Section11Guidance2007 : Edition.WorkingTogether2026;
        RequiredReviewInterval = requiredReviewInterval;
        Citations = citations.ToReadOnly();
        if (Citations.Count == 0 || AppliesTo.Count == 0)
        {
            throw new ArgumentException($"arrangement {id} needs a citation and an agency kind");
        }
    }

    /// <summary>The stable kebab-case identifier, from the inventory (<c>clear-line-of-accountability</c>).</summary>
    public string Id { get; }

    /// <summary>The inventory's short code where it has one: C01 to C14 for the common arrangements, S0 for the scope rule, L01 to L11 for 2007 items (there is no L04); otherwise null.</summary>
    public string? Code { get; }

    /// <summary>The heading of the guidance the arrangement comes under, such as "Common arrangements" or "The Prison Service".</summary>
    public string Group { get; }

    /// <summary>The arrangement as a safeguarding lead recognises it.</summary>
    public string Title { get; }

    /// <summary>The force as worded.</summary>
    public Force Force { get; }

    /// <summary>Always <see cref="RuleKind.Section11Arrangement"/>.</summary>
    public RuleKind Kind => RuleKind.Section11Arrangement;

    /// <summary>Whether evidence can show it, or it needs a judgement.</summary>
    public Verifiability Verifiability { get; }

    /// <summary>The agency kinds it applies to.</summary>
    public IReadOnlyList<AgencyKind> AppliesTo { get; }

    /// <summary>
    /// The edition that lists it: Working Together 2026, or the 2007 section 11 guidance for items the 2026 edition no
    /// longer lists (left out of a check unless the caller asks for them).
    /// </summary>
    public SourceDocument Source { get; }

    /// <summary>The edition the arrangement belongs to: Working Together 2026, or the 2007 section 11 guidance.</summary>
    public Edition Edition { get; }

    /// <summary>The readings every arrangement check applies: what needs evidence or a judgement, and the default review interval.</summary>
    public IReadOnlyList<Interpretation> Interpretations => Section11Interpretations.AppliedToEveryArrangement;

    /// <summary>A review interval the text itself sets ("annually reviewed"), which a longer caller interval never relaxes; null where the text sets none.</summary>
    public Period? RequiredReviewInterval { get; }

    /// <summary>Whether an organisation is expected to have it: "must" and "should" arrangements are required; "may" ones are optional.</summary>
    public bool IsRequired => Force is Force.Must or Force.Should;

    /// <summary>The text behind it, each quote verbatim.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Whether it applies to an organisation of any of these kinds.</summary>
    /// <param name="kinds">The organisation's kinds.</param>
    /// <returns>True when it applies.</returns>
    public bool AppliesToAny(IEnumerable<AgencyKind> kinds) => (kinds ?? throw new ArgumentNullException(nameof(kinds))).Any(AppliesTo.Contains);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}
