using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/decision-facts.schema.json: the fact file each decision rule takes, as a JSON Schema.</summary>
internal static class DecisionFactsSchema
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static GeneratedDocument Generate()
    {
        var defs = new JsonObject();
        foreach (var rule in DecisionRules.All)
        {
            defs[rule.Id] = FileSchema($"Facts for {rule.Id}: {rule.Question}", rule.Facts);
        }

        var root = FileSchema("A fact file for `safeguarding-rules decide RULE-ID FILE`: {\"facts\": {...}}. Each rule accepts only its own facts (see $defs, keyed by rule id); this root accepts any fact of the shared vocabulary. A fact left out or null is unknown.", DecisionRules.Facts);
        root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        root.Insert(1, "$id", "decision-facts.schema.json");
        root.Insert(2, "title", "Safeguarding.Rules decision facts");
        root["$defs"] = defs;
        return new GeneratedDocument(
            "decision-facts.schema.json",
            "Decision fact files (JSON Schema)",
            "The JSON Schema of the fact files `safeguarding-rules decide` reads, with each rule's facts under $defs.",
            root.ToJsonString(Options).Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n");
    }

    private static JsonObject FileSchema(string description, System.Collections.Generic.IEnumerable<FactDefinition> facts)
    {
        var properties = new JsonObject();
        foreach (var fact in facts)
        {
            properties[fact.Name] = Fact(fact);
        }

        return new JsonObject
        {
            ["description"] = description,
            ["type"] = "object",
            ["required"] = new JsonArray("facts"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["facts"] = new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["properties"] = properties,
                },
            },
        };
    }

    private static JsonObject Fact(FactDefinition fact) => fact.Type switch
    {
        FactType.Boolean => new JsonObject { ["description"] = fact.Description, ["type"] = new JsonArray("boolean", "null") },
        FactType.Enumeration => new JsonObject
        {
            ["description"] = fact.Description,
            ["enum"] = new JsonArray(fact.AllowedValues.Select(v => (JsonNode?)JsonValue.Create(v)).Append(null).ToArray()),
        },
        _ => new JsonObject { ["description"] = fact.Description, ["type"] = new JsonArray("integer", "null"), ["minimum"] = fact.Minimum, ["maximum"] = fact.Maximum },
    };
}
