using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Safeguarding.Rules.Checklists;

/// <summary>What an assessment says about one checklist item.</summary>
public enum ItemStatus
{
    /// <summary>The item was met.</summary>
    Met = 0,

    /// <summary>The item was partly met.</summary>
    PartlyMet = 1,

    /// <summary>The item was not met.</summary>
    NotMet = 2,

    /// <summary>The item's condition does not hold; a reason is required, and only an item with a condition can be not applicable.</summary>
    NotApplicable = 3,
}

/// <summary>What an assessment says about one item: its status, the evidence, and the date.</summary>
/// <remarks>Immutable: the lists are copied on construction.</remarks>
public sealed class ItemAssessment
{
    /// <summary>Creates an item assessment.</summary>
    /// <param name="itemId">The item's identifier.</param>
    /// <param name="status">The status.</param>
    /// <param name="evidence">References to the evidence (record ids, minutes, links); never the records themselves.</param>
    /// <param name="date">When the item was met or last assessed, or null.</param>
    /// <param name="notApplicableReason">Why the item's condition does not hold; required with <see cref="ItemStatus.NotApplicable"/>.</param>
    /// <param name="judgementReference">For an item that needs a judgement: where the judgement is recorded, or null.</param>
    public ItemAssessment(string itemId, ItemStatus status, IEnumerable<string>? evidence = null, LocalDate? date = null, string? notApplicableReason = null, string? judgementReference = null)
    {
        ItemId = itemId ?? throw new ArgumentNullException(nameof(itemId));
        Status = status;
        Evidence = (evidence ?? Array.Empty<string>()).Where(e => !string.IsNullOrWhiteSpace(e)).ToReadOnly();
        Date = date;
        NotApplicableReason = notApplicableReason;
        JudgementReference = judgementReference;
    }

    /// <summary>The item's identifier.</summary>
    public string ItemId { get; }

    /// <summary>The status.</summary>
    public ItemStatus Status { get; }

    /// <summary>References to the evidence; blank references are dropped.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>When the item was met or last assessed, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Why the item does not apply, or null.</summary>
    public string? NotApplicableReason { get; }

    /// <summary>Where the judgement is recorded, or null.</summary>
    public string? JudgementReference { get; }
}

/// <summary>An assessment against one checklist: per item, met, partly met, not met or not applicable, with evidence and a date.</summary>
/// <remarks>Immutable: the lists are copied on construction.</remarks>
public sealed class ChecklistAssessment
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="checklist">The checklist assessed against.</param>
    /// <param name="subject">What is assessed, as a reference (a meeting or case reference, a partnership); never a child's name.</param>
    /// <param name="items">Its item assessments, one per item at most.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ChecklistAssessment(Checklist checklist, string subject, IEnumerable<ItemAssessment> items)
    {
        Checklist = checklist ?? throw new ArgumentNullException(nameof(checklist));
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        Items = (items ?? throw new ArgumentNullException(nameof(items))).ToReadOnly();
    }

    /// <summary>The checklist assessed against.</summary>
    public Checklist Checklist { get; }

    /// <summary>What is assessed, as a reference.</summary>
    public string Subject { get; }

    /// <summary>The item assessments.</summary>
    public IReadOnlyList<ItemAssessment> Items { get; }

    /// <summary>A blank assessment: every item of the checklist, not met.</summary>
    /// <param name="checklist">The checklist.</param>
    /// <param name="subject">What is assessed.</param>
    /// <returns>The template.</returns>
    public static ChecklistAssessment Template(Checklist checklist, string subject) =>
        new(checklist, subject, (checklist ?? throw new ArgumentNullException(nameof(checklist))).Items.Select(i => new ItemAssessment(i.Id, ItemStatus.NotMet)));
}
