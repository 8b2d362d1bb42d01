using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Decisions;

/// <summary>
/// A rule's answer for a set of facts, with its reasons: every condition's status, the facts that would settle an
/// undetermined answer, and what follows.
/// </summary>
public sealed class Determination
{
    // The lists are the evaluator's own, made for this determination and never touched again: wrapped, not copied.
    internal Determination(DecisionRule rule, Outcome outcome, ConditionResult[] conditions, FactDefinition[] factsToSettle, IList<Consequence> consequences, IList<Consequence> possibleConsequences, IReadOnlyList<AppliedReading> readings)
    {
        Readings = readings;
        Rule = rule;
        Outcome = outcome;
        Conditions = Array.AsReadOnly(conditions);
        FactsToSettle = factsToSettle.Length == 0 ? ReadOnlyLists.Empty<FactDefinition>() : Array.AsReadOnly(factsToSettle);
        Consequences = consequences.Count == 0 ? ReadOnlyLists.Empty<Consequence>() : new ReadOnlyCollection<Consequence>(consequences);
        PossibleConsequences = possibleConsequences.Count == 0 ? ReadOnlyLists.Empty<Consequence>() : new ReadOnlyCollection<Consequence>(possibleConsequences);
    }

    /// <summary>The rule.</summary>
    public DecisionRule Rule { get; }

    /// <summary>Yes, No or Undetermined.</summary>
    public Outcome Outcome { get; }

    /// <summary>Every condition of the rule, in order, with its status.</summary>
    public IReadOnlyList<ConditionResult> Conditions { get; }

    /// <summary>
    /// For Undetermined, the unknown facts that would settle the answer. For Yes or No, the unknown facts that would
    /// settle whether a <see cref="PossibleConsequences">possible consequence</see> applies. Every fact named is
    /// unknown in the input.
    /// </summary>
    public IReadOnlyList<FactDefinition> FactsToSettle { get; }

    /// <summary>What follows from the outcome, given the known facts.</summary>
    public IReadOnlyList<Consequence> Consequences { get; }

    /// <summary>What would also follow from the outcome if an unknown fact turned out a certain way.</summary>
    public IReadOnlyList<Consequence> PossibleConsequences { get; }

    /// <summary>The readings applied, one for each interpretation the rule depends on, saying which the caller chose.</summary>
    public IReadOnlyList<AppliedReading> Readings { get; }

    /// <summary>The edition of the guidance applied.</summary>
    public Edition Edition => Rule.Edition;

    /// <summary>The citations of the conditions that held (for Yes) or failed (for No).</summary>
    public IEnumerable<Citation> Reasons
    {
        get
        {
            var wanted = Outcome == Outcome.Yes ? ConditionStatus.Held : ConditionStatus.Failed;
            foreach (var result in Conditions)
            {
                if (result.Status == wanted)
                {
                    foreach (var citation in result.Condition.Citations)
                    {
                        yield return citation;
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Rule.Id}: {Outcome}";
}
