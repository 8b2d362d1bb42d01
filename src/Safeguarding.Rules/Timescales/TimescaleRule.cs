using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// A quantified time limit from Working Together 2026, declared beside its quote: its <see cref="Clock"/> (how the
/// start is chosen, what it counts, its scope, its obligations with their end events and force), the breach handling
/// the text gives, and the citations.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TimescaleRule : IRule
{
    private readonly IReadOnlyList<Interpretation> declared = ReadOnlyLists.Empty<Interpretation>();
    private readonly IReadOnlyList<Citation> citations = ReadOnlyLists.Empty<Citation>();

    internal TimescaleRule(string id, string slug, string title, Force force, Clock clock)
    {
        Id = id;
        Slug = slug;
        Title = title;
        Force = force;
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
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

    /// <summary>The clock: how its start is chosen, what it counts, its scope and its obligations.</summary>
    public Clock Clock { get; }

    /// <summary>The number of units.</summary>
    public int Amount => Clock.Count.Amount;

    /// <summary>The unit, as the text words it.</summary>
    public TimeUnit Unit => Clock.Count.Unit;

    /// <summary>Forward (no later than N after), backward (no later than N before) or minimum (at least N).</summary>
    public ClockDirection Direction => Clock.Count.Direction;

    /// <summary>What starts the clock, in words.</summary>
    public string StartDescription { get; internal init; } = string.Empty;

    /// <summary>What stops the clock, in words.</summary>
    public string EndDescription { get; internal init; } = string.Empty;

    /// <summary>Who holds the duty.</summary>
    public string DutyHolder { get; internal init; } = string.Empty;

    /// <summary>When the limit applies at all, in words; null when it always applies once started.</summary>
    public string? Condition { get; internal init; }

    /// <summary>The event types that start the clock (for a backward limit, the later event it counts back from).</summary>
    public IReadOnlyList<CaseEventType> StartEvents => Clock.StartEvents;

    /// <summary>What must happen, to whom, and with what force: most limits have one obligation, some several (copies to the Panel, the Secretary of State and Ofsted).</summary>
    public IReadOnlyList<TimescaleObligation> Obligations => Clock.Obligations;

    /// <summary>What the text says happens when the limit is missed; null when it says nothing.</summary>
    public string? BreachHandling { get; internal init; }

    /// <summary>The citations: the limit itself first, then its breach handling and conditions.</summary>
    public IReadOnlyList<Citation> Citations
    {
        get => citations;
        internal init => citations = value.ToReadOnly();
    }

    /// <summary>The named readings this limit applies: those declared with it and those its clock consults.</summary>
    public IReadOnlyList<Interpretation> Interpretations =>
        Array.AsReadOnly(declared.Concat(Clock.Interpretations).Distinct().ToArray());

    /// <inheritdoc />
    public Edition Edition => Edition.WorkingTogether2026;

    /// <summary>Further notes for a policy reader (inferences are marked as such); null when none.</summary>
    public string? Note { get; internal init; }

    /// <summary>False for a limit that describes a period rather than a deadline a case runs against (DL-10).</summary>
    public bool IsEvaluated => Clock.IsEvaluated;

    /// <summary>The readings declared with the rule (its clock may consult more).</summary>
    internal IReadOnlyList<Interpretation> DeclaredInterpretations
    {
        get => declared;
        init => declared = value.ToReadOnly();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";
}
