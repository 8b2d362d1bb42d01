using System;
using System.Collections.Generic;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// A quantified time limit from Working Together 2026: a start event, an end event, an amount and unit, a
/// direction, a force as worded, the breach handling the text gives, and the citations.
/// </summary>
public sealed class TimescaleRule : IRule
{
    internal TimescaleRule(string id, string slug, string title, Force force, int amount, TimeUnit unit, ClockDirection direction)
    {
        Id = id;
        Slug = slug;
        Title = title;
        Force = force;
        Amount = amount;
        Unit = unit;
        Direction = direction;
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <summary>The inventory's kebab-case name, such as <c>icpc-timing</c>.</summary>
    public string Slug { get; }

    /// <inheritdoc />
    public string Title { get; }

    /// <summary>The force of the time limit as worded (the force of each obligation may differ: see <see cref="Obligations"/>).</summary>
    public Force Force { get; }

    /// <inheritdoc />
    public RuleKind Kind => RuleKind.Timescale;

    /// <summary>The number of units.</summary>
    public int Amount { get; }

    /// <summary>The unit, as the text words it.</summary>
    public TimeUnit Unit { get; }

    /// <summary>Forward (no later than N after), backward (no later than N before) or minimum (at least N).</summary>
    public ClockDirection Direction { get; }

    /// <summary>What starts the clock, in words.</summary>
    public string StartDescription { get; internal init; } = string.Empty;

    /// <summary>What stops the clock, in words.</summary>
    public string EndDescription { get; internal init; } = string.Empty;

    /// <summary>Who holds the duty.</summary>
    public string DutyHolder { get; internal init; } = string.Empty;

    /// <summary>When the limit applies at all, in words; null when it always applies once started.</summary>
    public string? Condition { get; internal init; }

    /// <summary>The event types that start the clock (for a backward limit, the later event it counts back from).</summary>
    public IReadOnlyList<CaseEventType> StartEvents { get; internal init; } = Array.Empty<CaseEventType>();

    /// <summary>What must happen, to whom, and with what force: most limits have one obligation, some several (copies to the Panel, the Secretary of State and Ofsted).</summary>
    public IReadOnlyList<TimescaleObligation> Obligations { get; internal init; } = Array.Empty<TimescaleObligation>();

    /// <summary>What the text says happens when the limit is missed; null when it says nothing.</summary>
    public string? BreachHandling { get; internal init; }

    /// <summary>The citations: the limit itself first, then its breach handling and conditions.</summary>
    public IReadOnlyList<Citation> Citations { get; internal init; } = Array.Empty<Citation>();

    /// <summary>The named readings this limit applies.</summary>
    public IReadOnlyList<Interpretation> Interpretations { get; internal init; } = Array.Empty<Interpretation>();

    /// <inheritdoc />
    public Edition Edition => Edition.WorkingTogether2026;

    /// <summary>Further notes for a policy reader (inferences are marked as such); null when none.</summary>
    public string? Note { get; internal init; }

    /// <summary>False for a limit that describes a period rather than a deadline a case runs against (DL-10).</summary>
    public bool IsEvaluated => Clock != ClockKind.NotEvaluated;

    internal ClockKind Clock { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";
}

/// <summary>One thing a time limit requires, with its own end event and force.</summary>
/// <param name="Label">What is required, in words ("copy to the Secretary of State"); empty for a limit with one obligation.</param>
/// <param name="EndEvents">The event types any one of which meets it.</param>
/// <param name="Force">The force as worded.</param>
public sealed record TimescaleObligation(string Label, IReadOnlyList<CaseEventType> EndEvents, Force Force);

/// <summary>How a limit's clock is found in a timeline (internal: each shape is one piece of evaluator code).</summary>
internal enum ClockKind
{
    NotEvaluated,
    EachStart,
    EarliestStart,
    InitialConference,
    CoreGroup,
    Reviews,
    IncidentNotification,
    FixedDateAfterStart,
    Lcspr,
    Backward,
    Minimum,
}
