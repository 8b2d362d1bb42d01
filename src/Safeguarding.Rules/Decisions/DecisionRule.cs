using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Decisions;

/// <summary>
/// A decision or threshold test from the guidance: a pure function from facts to a <see cref="Determination"/>
/// (Yes, No or Undetermined, with its reasons). Immutable and thread-safe.
/// </summary>
public sealed class DecisionRule : IRule
{
    /// <summary>Creates a decision rule.</summary>
    /// <param name="id">The stable id (from the inventory: DC-36).</param>
    /// <param name="title">A title a policy reader understands.</param>
    /// <param name="question">The yes-or-no question the rule answers.</param>
    /// <param name="force">The force of the rule's main duty, as worded.</param>
    /// <param name="requirement">
    /// When the answer is Yes: conditions combined with all-of and any-of (no bare fact test and no negation above a
    /// condition, so that every Yes has a held condition to show).
    /// </param>
    /// <param name="consequences">What follows from Yes or No.</param>
    /// <param name="source">The text that states the rule.</param>
    /// <param name="interpretations">The named readings the rule applies where the text is ambiguous.</param>
    /// <exception cref="ArgumentException">A value is blank, the requirement is not built of conditions, or two conditions share an id.</exception>
    public DecisionRule(string id, string title, string question, Force force, Criterion requirement, IEnumerable<Consequence> consequences, IEnumerable<Citation> source, IEnumerable<Interpretation> interpretations)
    {
        Id = Guard.Text(id, nameof(id));
        Title = Guard.Text(title, nameof(title));
        Question = Guard.Text(question, nameof(question));
        Force = force;
        Requirement = requirement ?? throw new ArgumentNullException(nameof(requirement));
        if (!Criterion.IsConditionTree(requirement))
        {
            throw new ArgumentException("the requirement must combine conditions with all-of and any-of only", nameof(requirement));
        }

        Consequences = (consequences ?? throw new ArgumentNullException(nameof(consequences))).ToReadOnly();
        Source = (source ?? throw new ArgumentNullException(nameof(source))).ToReadOnly();
        Interpretations = (interpretations ?? throw new ArgumentNullException(nameof(interpretations)))
            .Concat(requirement.InterpretationsWithin())
            .Concat((consequences ?? Array.Empty<Consequence>()).Where(c => c.OnlyIf is not null).SelectMany(c => c.OnlyIf!.InterpretationsWithin()))
            .Distinct()
            .ToReadOnly();
        Conditions = requirement.ConditionsWithin().Distinct().ToReadOnly();
        if (Conditions.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != Conditions.Count)
        {
            throw new ArgumentException($"{id}: two conditions share an id", nameof(requirement));
        }

        Facts = requirement.Leaves()
            .Concat(Consequences.Where(c => c.OnlyIf is not null).SelectMany(c => c.OnlyIf!.Leaves()))
            .Distinct()
            .ToReadOnly();
        Citations = Source
            .Concat(Conditions.SelectMany(c => c.Citations))
            .Concat(Consequences.SelectMany(c => c.Citations))
            .Concat(Facts.SelectMany(f => f.Citations))
            .Concat(Interpretations.SelectMany(i => i.Citations))
            .Distinct()
            .ToReadOnly();
    }

    /// <inheritdoc />
    public string Id { get; }

    /// <inheritdoc />
    public string Title { get; }

    /// <summary>The yes-or-no question the rule answers.</summary>
    public string Question { get; }

    /// <inheritdoc />
    public Force Force { get; }

    /// <inheritdoc />
    public RuleKind Kind => RuleKind.Decision;

    /// <summary>When the answer is Yes, as a combination of conditions.</summary>
    public Criterion Requirement { get; }

    /// <summary>Every condition, in order of first appearance (a condition may contain others).</summary>
    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>Every fact the rule reads (its conditions and its consequences), each once.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>What follows from Yes or No.</summary>
    public IReadOnlyList<Consequence> Consequences { get; }

    /// <summary>The text that states the rule.</summary>
    public IReadOnlyList<Citation> Source { get; }

    /// <summary>The readings applied where the text is ambiguous.</summary>
    public IReadOnlyList<Interpretation> Interpretations { get; }

    /// <inheritdoc />
    public Edition Edition => Edition.WorkingTogether2026;

    /// <summary>Every citation the rule carries: its source, its conditions', consequences', facts' and interpretations'.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Finds one of the rule's facts by name.</summary>
    /// <param name="name">The fact's name.</param>
    /// <returns>The fact, or null.</returns>
    public FactDefinition? FindFact(string name) => Facts.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>Answers the rule's question for a set of facts, under the default readings. Facts the rule does not read are ignored.</summary>
    /// <param name="facts">The known facts.</param>
    /// <returns>The determination.</returns>
    /// <exception cref="ArgumentException">A fact the rule reads has a value of the wrong type or out of range.</exception>
    public Determination Evaluate(Facts facts) => Evaluate(facts, Readings.Default);

    /// <summary>Answers the rule's question for a set of facts, under the caller's readings. Facts the rule does not read are ignored.</summary>
    /// <param name="facts">The known facts.</param>
    /// <param name="readings">The readings to apply where the text admits more than one.</param>
    /// <returns>The determination, listing the readings it applied.</returns>
    /// <exception cref="ArgumentException">A fact the rule reads has a value of the wrong type or out of range.</exception>
    public Determination Evaluate(Facts facts, Readings readings)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        if (readings is null)
        {
            throw new ArgumentNullException(nameof(readings));
        }

        foreach (var fact in Facts)
        {
            var value = facts.ValueOf(fact.Name);
            if (value is not null && !fact.Accepts(value))
            {
                throw new ArgumentException($"fact {fact.Name} must be {fact.ExpectedType}", nameof(facts));
            }
        }

        var conditions = Conditions.Select(c => new ConditionResult(c, Status(c.Evaluate(facts, readings)))).ToArray();
        var applied = readings.Applied(Interpretations);
        var truth = Requirement.Evaluate(facts, readings);
        if (truth == Truth.Unknown)
        {
            return new Determination(this, Outcome.Undetermined, conditions, Requirement.Unsettled(facts, readings).Distinct().ToArray(), Array.Empty<Consequence>(), Array.Empty<Consequence>(), applied);
        }

        var outcome = truth == Truth.True ? Outcome.Yes : Outcome.No;
        var applying = new List<Consequence>();
        var possible = new List<Consequence>();
        var toSettle = new List<FactDefinition>();
        foreach (var consequence in Consequences.Where(c => c.On == outcome))
        {
            var test = consequence.OnlyIf?.Evaluate(facts, readings) ?? Truth.True;
            if (test == Truth.True)
            {
                applying.Add(consequence);
            }
            else if (test == Truth.Unknown)
            {
                possible.Add(consequence);
                toSettle.AddRange(consequence.OnlyIf!.Unsettled(facts, readings));
            }
        }

        return new Determination(this, outcome, conditions, toSettle.Distinct().ToArray(), applying, possible, applied);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title}";

    private static ConditionStatus Status(Truth truth) => truth switch
    {
        Truth.True => ConditionStatus.Held,
        Truth.False => ConditionStatus.Failed,
        _ => ConditionStatus.Unknown,
    };
}
