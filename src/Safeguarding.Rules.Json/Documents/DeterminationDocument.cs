using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Json.Documents;

/// <summary>A determination (what <c>decide --format json</c> prints; schema <c>docs/rules/determination.schema.json</c>).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="RuleId">The decision rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Question">The question the rule answers.</param>
/// <param name="Force">The rule's force.</param>
/// <param name="Answer">The answer: <c>yes</c>, <c>no</c> or <c>undetermined</c>.</param>
/// <param name="Conditions">Every condition with its status.</param>
/// <param name="FactsToSettle">The facts that would settle an undetermined answer (or the possible consequences).</param>
/// <param name="Consequences">What follows from the answer.</param>
/// <param name="PossibleConsequences">What may follow, depending on the facts to settle.</param>
/// <param name="AppliedEditions">The ids of the editions whose rules were applied.</param>
/// <param name="Readings">Every reading the answer depends on.</param>
/// <param name="Source">The rule's own citations.</param>
/// <param name="IgnoredFacts">Facts of the shared vocabulary that the input gave and this rule does not read.</param>
public sealed record DeterminationDocument(
    string SchemaVersion,
    string RuleId,
    string Title,
    string Question,
    Force Force,
    Outcome Answer,
    IReadOnlyList<ConditionDocument> Conditions,
    IReadOnlyList<FactDocument> FactsToSettle,
    IReadOnlyList<ConsequenceDocument> Consequences,
    IReadOnlyList<ConsequenceDocument> PossibleConsequences,
    IReadOnlyList<string> AppliedEditions,
    IReadOnlyList<ReadingDocument> Readings,
    IReadOnlyList<CitationDocument> Source,
    IReadOnlyList<string> IgnoredFacts)
{
    /// <summary>Maps a determination.</summary>
    /// <param name="determination">The determination.</param>
    /// <returns>The document, with no ignored facts.</returns>
    public static DeterminationDocument From(Determination determination) => From(determination, Array.Empty<string>());

    /// <summary>Maps a determination, listing the facts the input gave that the rule does not read.</summary>
    /// <param name="determination">The determination.</param>
    /// <param name="ignoredFacts">The names of the facts ignored (see <see cref="Readers.FactFile.IgnoredFacts"/>).</param>
    /// <returns>The document.</returns>
    public static DeterminationDocument From(Determination determination, IEnumerable<string> ignoredFacts)
    {
        if (determination is null)
        {
            throw new ArgumentNullException(nameof(determination));
        }

        var rule = determination.Rule;
        return new(
            SafeguardingJson.SchemaVersion,
            rule.Id,
            rule.Title,
            rule.Question,
            rule.Force,
            determination.Outcome,
            determination.Conditions.Select(r => new ConditionDocument(r.Condition.Id, r.Condition.Description, r.Status, CitationDocument.All(r.Condition.Citations, rule.Force))).ToArray(),
            determination.FactsToSettle.Select(FactDocument.From).ToArray(),
            determination.Consequences.Select(ConsequenceDocument.From).ToArray(),
            determination.PossibleConsequences.Select(ConsequenceDocument.From).ToArray(),
            new[] { determination.Edition.Id },
            ReadingDocument.All(determination.Readings),
            CitationDocument.All(rule.Source, rule.Force),
            (ignoredFacts ?? throw new ArgumentNullException(nameof(ignoredFacts))).ToArray());
    }
}

/// <summary>A condition of a decision rule and whether it held.</summary>
/// <param name="Id">The condition's id.</param>
/// <param name="Description">What the condition tests.</param>
/// <param name="Status">held, failed or unknown.</param>
/// <param name="Citations">The text the condition encodes.</param>
public sealed record ConditionDocument(string Id, string Description, ConditionStatus Status, IReadOnlyList<CitationDocument> Citations);

/// <summary>A fact a rule reads.</summary>
/// <param name="Name">The fact's name, as a fact file gives it.</param>
/// <param name="Type">The value it takes, in words.</param>
/// <param name="Description">What the fact means.</param>
public sealed record FactDocument(string Name, string Type, string Description)
{
    /// <summary>Maps a fact definition.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The document.</returns>
    public static FactDocument From(FactDefinition fact) =>
        new((fact ?? throw new ArgumentNullException(nameof(fact))).Name, fact.ExpectedType, fact.Description);
}

/// <summary>A consequence of a decision.</summary>
/// <param name="Actor">Who acts.</param>
/// <param name="Force">The duty's force.</param>
/// <param name="Action">What they do.</param>
/// <param name="Timing">When, in the text's words, or null.</param>
/// <param name="Timescales">The ids of the timescale rules that time it.</param>
/// <param name="Citations">The text.</param>
public sealed record ConsequenceDocument(string Actor, Force Force, string Action, string? Timing, IReadOnlyList<string> Timescales, IReadOnlyList<CitationDocument> Citations)
{
    /// <summary>Maps a consequence.</summary>
    /// <param name="consequence">The consequence.</param>
    /// <returns>The document.</returns>
    public static ConsequenceDocument From(Consequence consequence)
    {
        if (consequence is null)
        {
            throw new ArgumentNullException(nameof(consequence));
        }

        return new(consequence.Actor, consequence.Force, consequence.Action, consequence.Timing, consequence.TimescaleRuleIds.ToArray(), CitationDocument.All(consequence.Citations, consequence.Force));
    }
}
