using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Decisions;

/// <summary>The answer a decision rule gives.</summary>
public enum Outcome
{
    /// <summary>The known facts show that the rule's test is met.</summary>
    Yes = 0,

    /// <summary>The known facts show that the rule's test is not met.</summary>
    No = 1,

    /// <summary>The answer depends on a fact that is unknown; the determination names the facts that would settle it.</summary>
    Undetermined = 2,
}

/// <summary>
/// What follows from an outcome: who must, should or may do what, by when, with the timescale rules that start and
/// the text behind it.
/// </summary>
public sealed class Consequence : ICited
{
    /// <summary>Creates a consequence.</summary>
    /// <param name="on">The outcome it follows from (Yes or No).</param>
    /// <param name="actor">Who acts: "the local authority", "the safeguarding partners".</param>
    /// <param name="action">What they do, close to the text.</param>
    /// <param name="force">The force as worded.</param>
    /// <param name="timing">By when, as the text says it ("within five working days of ..."), or null.</param>
    /// <param name="timescaleRuleIds">The ids of the timescale rules that start (DL-13, ...); may be empty.</param>
    /// <param name="citations">The text (at least one citation).</param>
    /// <param name="onlyIf">A further test the consequence needs, or null.</param>
    /// <exception cref="ArgumentException">A value is blank, the outcome is Undetermined, or there is no citation.</exception>
    public Consequence(Outcome on, string actor, string action, Force force, string? timing, IEnumerable<string> timescaleRuleIds, IEnumerable<Citation> citations, Criterion? onlyIf = null)
    {
        On = on == Outcome.Undetermined ? throw new ArgumentException("a consequence follows from Yes or No", nameof(on)) : on;
        Actor = Guard.Text(actor, nameof(actor));
        Action = Guard.Text(action, nameof(action));
        Force = force;
        Timing = timing;
        TimescaleRuleIds = (timescaleRuleIds ?? throw new ArgumentNullException(nameof(timescaleRuleIds))).ToReadOnly();
        Citations = Guard.Cited(citations, nameof(citations));
        OnlyIf = onlyIf;
    }

    /// <summary>The outcome it follows from.</summary>
    public Outcome On { get; }

    /// <summary>Who acts.</summary>
    public string Actor { get; }

    /// <summary>What they do.</summary>
    public string Action { get; }

    /// <summary>The force as worded.</summary>
    public Force Force { get; }

    /// <summary>By when, in the text's words, or null where the text sets no time.</summary>
    public string? Timing { get; }

    /// <summary>The timescale rules that start (inventory ids such as DL-13).</summary>
    public IReadOnlyList<string> TimescaleRuleIds { get; }

    /// <summary>A further test the consequence needs, or null.</summary>
    public Criterion? OnlyIf { get; }

    /// <summary>The text.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Actor} {ForceWord(Force)} {Action}" + (Timing is null ? string.Empty : " " + Timing);

    internal static string ForceWord(Force force) => force switch
    {
        Force.Must => "must",
        Force.Should => "should",
        Force.NonStatutory => "should (non-statutory)",
        Force.Descriptive => "(descriptive)",
        _ => "may",
    };
}
