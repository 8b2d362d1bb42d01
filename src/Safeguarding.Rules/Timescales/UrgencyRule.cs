using System;
using System.Collections.Generic;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// A time rule with no number ("immediately", "without delay", ...): it carries the urgency word and the citation,
/// and never a due date.
/// </summary>
public sealed class UrgencyRule : IRule
{
    private readonly IReadOnlyList<CaseEventType> startEvents = ReadOnlyLists.Empty<CaseEventType>();
    private readonly IReadOnlyList<CaseEventType> endEvents = ReadOnlyLists.Empty<CaseEventType>();
    private readonly IReadOnlyList<Citation> citations = ReadOnlyLists.Empty<Citation>();
    private bool[]? startSet;
    private bool[]? endSet;

    internal UrgencyRule(string id, string slug, string title, Force force, Urgency urgency)
    {
        Id = id;
        Slug = slug;
        Title = title;
        Force = force;
        Urgency = urgency;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <summary>The inventory's kebab-case name.</summary>
    public string Slug { get; }

    /// <inheritdoc />
    public string Title { get; }

    /// <inheritdoc />
    public Force Force { get; }

    /// <inheritdoc />
    public RuleKind Kind => RuleKind.Urgency;

    /// <summary>The urgency word.</summary>
    public Urgency Urgency { get; }

    /// <summary>The words of the text that carry the urgency ("act immediately").</summary>
    public string UrgencyWording { get; internal init; } = string.Empty;

    /// <summary>Who must act.</summary>
    public string DutyHolder { get; internal init; } = string.Empty;

    /// <summary>What sets it off and what must happen, in words.</summary>
    public string Action { get; internal init; } = string.Empty;

    /// <summary>The event types that set it off in a timeline; empty when a timeline cannot show them.</summary>
    public IReadOnlyList<CaseEventType> StartEvents
    {
        get => startEvents;
        internal init => startEvents = value.ToReadOnly();
    }

    /// <summary>The event types that show it done; empty when a timeline cannot show them.</summary>
    public IReadOnlyList<CaseEventType> EndEvents
    {
        get => endEvents;
        internal init => endEvents = value.ToReadOnly();
    }

    /// <inheritdoc />
    public IReadOnlyList<Citation> Citations
    {
        get => citations;
        internal init => citations = value.ToReadOnly();
    }

    /// <summary>The reading every urgency rule applies: no number is invented (convention urgency-without-number).</summary>
    public IReadOnlyList<Interpretation> Interpretations { get; } = ReadOnlyLists.Of(Calendars.CountingConventions.UrgencyWithoutNumber);

    /// <inheritdoc />
    public Edition Edition => Edition.WorkingTogether2026;

    internal bool[] StartSet => startSet ??= EventSet.Of(StartEvents);

    internal bool[] EndSet => endSet ??= EventSet.Of(EndEvents);

    /// <summary>True when a timeline can show both the trigger and the action, so deadline reports include it.</summary>
    public bool IsEvaluated => StartEvents.Count > 0 && EndEvents.Count > 0;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";
}
