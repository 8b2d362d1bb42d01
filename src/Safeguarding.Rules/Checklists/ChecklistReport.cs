using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Checklists;

/// <summary>What the check found for one checklist item.</summary>
public enum ItemOutcome
{
    /// <summary>Met, evidenced, dated, and (for a judgement) judged.</summary>
    Met = 0,

    /// <summary>Assessed as partly met.</summary>
    PartlyMet = 1,

    /// <summary>Assessed as not met, or left out of the assessment.</summary>
    NotMet = 2,

    /// <summary>Assessed as met without any evidence reference.</summary>
    EvidenceMissing = 3,

    /// <summary>Assessed as met and evidenced, but with no date.</summary>
    DateMissing = 4,

    /// <summary>Met and evidenced, but a matter of judgement that no recorded judgement confirms.</summary>
    JudgementRequired = 5,

    /// <summary>The item's condition does not hold, with a reason.</summary>
    NotApplicable = 6,
}

/// <summary>The finding for one checklist item.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ItemFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="item">The item.</param>
    /// <param name="outcome">What the check found.</param>
    /// <param name="rating">The rating; null when not applicable.</param>
    /// <param name="assessment">The item's assessment, or null where the assessment left it out.</param>
    /// <param name="explanation">One sentence on why, quoting no free text.</param>
    /// <exception cref="ArgumentNullException">The item or the explanation is null.</exception>
    public ItemFinding(ChecklistItem item, ItemOutcome outcome, Rag? rating, ItemAssessment? assessment, string explanation)
    {
        Item = item ?? throw new ArgumentNullException(nameof(item));
        Outcome = outcome;
        Rating = rating;
        Assessment = assessment;
        Explanation = explanation ?? throw new ArgumentNullException(nameof(explanation));
    }

    /// <summary>The item.</summary>
    public ChecklistItem Item { get; }

    /// <summary>What the check found.</summary>
    public ItemOutcome Outcome { get; }

    /// <summary>The rating; null when not applicable.</summary>
    public Rag? Rating { get; }

    /// <summary>The item's assessment, or null where the assessment left it out.</summary>
    public ItemAssessment? Assessment { get; }

    /// <summary>One sentence on why, quoting no free text.</summary>
    public string Explanation { get; }

    /// <summary>Whether this is a gap in a required item (anything but met or not applicable, on a "must" or "should").</summary>
    public bool IsGap => Item.IsRequired && Outcome is not (ItemOutcome.Met or ItemOutcome.NotApplicable);

    /// <inheritdoc />
    public override string ToString() => $"{Item.Id}: {Outcome} ({Rating?.ToString() ?? "n/a"})";
}

/// <summary>The report over one checklist assessment, rated red-amber-green by the section 11 rules.</summary>
/// <remarks>Immutable: the lists are copied on construction and handed out read-only.</remarks>
public sealed class ChecklistReport
{
    internal ChecklistReport(Checklist checklist, string subject, LocalDate asOf, IEnumerable<ItemFinding> findings)
    {
        Checklist = checklist;
        Subject = subject;
        AsOf = asOf;
        Findings = findings.ToReadOnly();
        Rating = RagRules.Overall(Findings.Select(f => (f.Item.IsRequired, f.Rating)));
        MissingMusts = Missing(Force.Must);
        MissingShoulds = Missing(Force.Should);
    }

    /// <summary>The checklist.</summary>
    public Checklist Checklist { get; }

    /// <summary>What was assessed, as the assessment names it.</summary>
    public string Subject { get; }

    /// <summary>The date the report is as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One finding per item, in checklist order.</summary>
    public IReadOnlyList<ItemFinding> Findings { get; }

    /// <summary>The overall rating, over required items only: red if any is red, amber if any is amber, otherwise green.</summary>
    public Rag Rating { get; }

    /// <summary>The ids of "must" items not met (headline list).</summary>
    public IReadOnlyList<string> MissingMusts { get; }

    /// <summary>The ids of "should" items not met (headline list).</summary>
    public IReadOnlyList<string> MissingShoulds { get; }

    /// <summary>Whether every required item is met (or not applicable): the CLI exits 0 exactly then, as for section 11.</summary>
    public bool IsCompliant => Rating == Rag.Green;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Checklist.Id} as of {AsOf:yyyy-MM-dd}: {Rating}, {MissingMusts.Count} must and {MissingShoulds.Count} should not met";

    private System.Collections.ObjectModel.ReadOnlyCollection<string> Missing(Force force) =>
        Findings.Where(f => f.Outcome == ItemOutcome.NotMet && f.Item.Force == force).Select(f => f.Item.Id).ToReadOnly();
}
