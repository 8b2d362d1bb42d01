using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary><c>decide RULE-ID FACTS.json [--format text|json]</c>: answers a decision rule for a fact file.</summary>
internal static class DecideCommand
{
    public static Command Create(CliContext context)
    {
        var ruleId = new Argument<string>("rule-id") { Description = "The decision rule's id, such as DC-36 (see `rules list`)." };
        var file = CliParsing.FilesArgument("facts-file", "A JSON file {\"facts\": {\"fact-name\": true|false|\"value\"|number|null}} (schema: docs/rules/decision-facts.schema.json).");
        var format = CliParsing.FormatOption("text", "json");
        var reading = CliParsing.ReadingOption();
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when the answer is undetermined ('undetermined'), for CI: a fact the rule needs is unknown. By default the answer does not change the exit code." };
        CliParsing.OneOf(failOn, "undetermined");
        var command = new Command("decide", "Answer a decision rule (yes, no, or undetermined until a named fact is known) with its conditions, consequences and citations.") { ruleId, file, format, reading, failOn };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(ruleId) ?? string.Empty;
            var rule = DecisionRules.Find(id)
                ?? throw new CliInputException($"unknown decision rule '{id}'; valid ids: {string.Join(", ", DecisionRules.All.Select(r => r.Id))}.");
            var readings = CliParsing.Readings(parse.GetValue(reading));
            bool json = parse.GetValue(format) == "json";
            bool failOnUndetermined = parse.GetValue(failOn) == "undetermined";
            return InputFiles.Each(context, parse.GetValue(file)!, json, (path, output, layout) =>
            {
                var facts = JsonInput.Read(context, path, "FACTS", stream => FactFile.Read(stream, rule));
                var determination = rule.Evaluate(facts.Facts, readings);
                output.Write(json
                    ? SafeguardingJson.Write(DeterminationDocument.From(determination, facts.IgnoredFacts), layout)
                    : ToText(determination, facts.IgnoredFacts));
                return failOnUndetermined && determination.Outcome == Outcome.Undetermined ? CliApp.CheckFailed : CliApp.Success;
            });
        });
        return command;
    }

    public static string OutcomeName(Outcome outcome) => outcome switch
    {
        Outcome.Yes => "yes",
        Outcome.No => "no",
        _ => "undetermined",
    };

    public static string StatusName(ConditionStatus status) => status switch
    {
        ConditionStatus.Held => "held",
        ConditionStatus.Failed => "failed",
        _ => "unknown",
    };

    private static string ToText(Determination d, IReadOnlyList<string> ignoredFacts)
    {
        var b = new System.Text.StringBuilder();
        var rule = d.Rule;
        b.Append(rule.Id).Append(' ').Append(rule.Title).Append(" (").Append(rule.Force.Name()).AppendLine(")");
        b.Append("Question: ").AppendLine(rule.Question);
        b.Append("Answer: ").AppendLine(OutcomeName(d.Outcome));
        b.AppendLine().AppendLine("Conditions:");
        foreach (var result in d.Conditions)
        {
            b.Append("  [").Append(StatusName(result.Status)).Append("] ").Append(result.Condition.Id).Append(": ").AppendLine(result.Condition.Description);
        }

        if (d.FactsToSettle.Count > 0)
        {
            b.AppendLine().AppendLine(d.Outcome == Outcome.Undetermined ? "Facts that would settle it:" : "Facts that would settle the possible consequences:");
            foreach (var fact in d.FactsToSettle)
            {
                b.Append("  - ").Append(fact.Name).Append(" (").Append(fact.ExpectedType).Append("): ").AppendLine(fact.Description);
            }
        }

        Consequences(b, "Consequences:", d.Consequences);
        Consequences(b, "Possible consequences (depend on the facts above):", d.PossibleConsequences);
        if (d.Readings.Count > 0)
        {
            b.AppendLine().Append("Readings applied: ").AppendLine(string.Join(", ", d.Readings.Select(r => r.ToString() + (r.ChosenByCaller ? " (chosen)" : string.Empty))));
        }

        if (ignoredFacts.Count > 0)
        {
            b.AppendLine().Append("Facts ignored (in the shared vocabulary, not read by ").Append(rule.Id).Append("): ").AppendLine(string.Join(", ", ignoredFacts));
        }

        b.Append("Edition: ").AppendLine(d.Edition.Name);

        b.AppendLine().AppendLine("Citations:");
        foreach (var citation in Citations(d))
        {
            b.Append("  ").Append(citation.Document.Title).Append(' ').Append(citation.Edition).Append(", ").Append(citation.Location).Append(": “").Append(citation.Quote).AppendLine("”");
        }

        return b.ToString();
    }

    private static void Consequences(System.Text.StringBuilder b, string heading, IReadOnlyList<Consequence> consequences)
    {
        if (consequences.Count == 0)
        {
            return;
        }

        b.AppendLine().AppendLine(heading);
        foreach (var c in consequences)
        {
            b.Append("  - ").Append(c.Actor).Append(' ').Append(c.Force.Name()).Append(": ").Append(c.Action);
            if (c.Timing is not null)
            {
                b.Append("; ").Append(c.Timing);
            }

            if (c.TimescaleRuleIds.Count > 0)
            {
                b.Append(" [").Append(string.Join(", ", c.TimescaleRuleIds)).Append(']');
            }

            b.AppendLine();
        }
    }

    /// <summary>The rule's own text, the conditions that decided the answer, and the consequences' text, each once.</summary>
    private static IEnumerable<Citation> Citations(Determination d)
    {
        var deciding = d.Outcome == Outcome.Undetermined
            ? d.Conditions.Where(r => r.Status == ConditionStatus.Unknown).SelectMany(r => r.Condition.Citations)
            : d.Reasons;
        return d.Rule.Source.Concat(deciding).Concat(d.Consequences.Concat(d.PossibleConsequences).SelectMany(c => c.Citations)).Distinct();
    }
}
