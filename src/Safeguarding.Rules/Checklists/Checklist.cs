using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Checklists;

/// <summary>
/// One item of a checklist: something the text says a named duty-holder must, should or may do, or that a document
/// must or should contain, with the text behind it.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ChecklistItem : ICited
{
    internal ChecklistItem(string id, string title, string dutyHolder, Force force, Verifiability verifiability, string? appliesWhen, IEnumerable<Citation> citations)
    {
        Id = id;
        Title = title;
        DutyHolder = dutyHolder;
        Force = force;
        Verifiability = verifiability;
        AppliesWhen = appliesWhen;
        Citations = citations.ToReadOnly();
        if (Citations.Count == 0)
        {
            throw new ArgumentException($"checklist item {id} needs a citation");
        }
    }

    /// <summary>The item's kebab-case identifier, unique within its checklist (<c>agree-criminal-investigation</c>).</summary>
    public string Id { get; }

    /// <summary>The item as the duty-holder recognises it.</summary>
    public string Title { get; }

    /// <summary>Who the text puts the item on, as the text names them ("Lead practitioners", "The core group").</summary>
    public string DutyHolder { get; }

    /// <summary>The force as worded.</summary>
    public Force Force { get; }

    /// <summary>Whether evidence can show it, or it turns on a judgement that only a recorded judgement settles.</summary>
    public Verifiability Verifiability { get; }

    /// <summary>
    /// The condition the text sets for the item ("where an EPO is in place"), or null where it always applies. Only an
    /// item with a condition can be marked not applicable.
    /// </summary>
    public string? AppliesWhen { get; }

    /// <summary>Whether the item is expected: "must" and "should" items are required; "may" ones are optional.</summary>
    public bool IsRequired => Force is Force.Must or Force.Should;

    /// <summary>The lead-in and the item's own words, each quote verbatim.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title}";
}

/// <summary>
/// A checklist of Working Together 2026: the items the text lists for one meeting, plan, document or process, each
/// cited. Section 11 arrangements are the same kind of family, rated by the same rules.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class Checklist : ICited
{
    internal Checklist(string id, IEnumerable<string> codes, string title, string subject, string purpose, IEnumerable<ChecklistItem> items)
    {
        Id = id;
        Codes = codes.ToReadOnly();
        Title = title;
        Subject = subject;
        Purpose = purpose;
        Items = items.ToReadOnly();
        var duplicate = Items.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (Items.Count == 0 || duplicate is not null || Codes.Count == 0)
        {
            throw new ArgumentException($"checklist {id} needs an inventory code and items with distinct ids");
        }

        Citations = Items.SelectMany(i => i.Citations).Distinct().ToReadOnly();
    }

    /// <summary>The stable kebab-case identifier (<c>strategy-discussion</c>), what the CLI takes.</summary>
    public string Id { get; }

    /// <summary>The inventory's codes for the lists it encodes (<c>CL-39</c>).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The checklist as a policy reader names it.</summary>
    public string Title { get; }

    /// <summary>What an assessment is about: "a strategy discussion", "the published arrangements".</summary>
    public string Subject { get; }

    /// <summary>One sentence on what the checklist is for and when it is used.</summary>
    public string Purpose { get; }

    /// <summary>The items, in the order of the text.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; }

    /// <summary>Every citation of its items, each once, in the order of the text.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>The strongest force among its items: what missing items can cost.</summary>
    public Force StrongestForce => Items.Any(i => i.Force == Force.Must) ? Force.Must : Items.Any(i => i.Force == Force.Should) ? Force.Should : Force.May;

    /// <summary>Finds an item by its identifier (exact).</summary>
    /// <param name="itemId">The item's id.</param>
    /// <returns>The item, or null.</returns>
    public ChecklistItem? Find(string itemId) => Items.FirstOrDefault(i => string.Equals(i.Id, itemId, StringComparison.Ordinal));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({string.Join(", ", Codes)}): {Title}";
}
