using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/case-file.schema.json: the case file format, generated from the event vocabulary.</summary>
internal static class CaseFileSchema
{
    public static GeneratedDocument Generate()
    {
        var types = new JsonArray(CaseEventTypes.All.Select(t => (JsonNode)JsonValue.Create(t.Name())!).ToArray());
        var partners = new JsonArray(CaseFileReader.Partners.Keys.Select(p => (JsonNode)JsonValue.Create(p)!).ToArray());
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "case-file.schema.json",
            ["title"] = "Safeguarding.Rules case file",
            ["description"] = "The dated events of one case, evaluated by `safeguarding-rules deadlines`. Events may be in any order. Unknown fields are errors.",
            ["type"] = "object",
            ["required"] = new JsonArray("events"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["$schema"] = new JsonObject { ["type"] = "string" },
                ["case"] = new JsonObject { ["type"] = "string", ["description"] = "Your reference for the case. Never printed." },
                ["description"] = new JsonObject { ["type"] = "string", ["description"] = "Free text. Never printed." },
                ["events"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("type", "date"),
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject
                        {
                            ["type"] = new JsonObject { ["description"] = "What happened (see docs/rules/timescales.md for which rule each event starts or ends).", ["enum"] = types },
                            ["date"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = "The date it happened, YYYY-MM-DD (2000-01-01 to 2099-12-31). The time of day never matters." },
                            ["initiatedSection47"] = new JsonObject { ["type"] = new JsonArray("boolean", "null"), ["description"] = "strategy-discussion only: whether it initiated section 47 enquiries." },
                            ["planMade"] = new JsonObject { ["type"] = new JsonArray("boolean", "null"), ["description"] = "initial-child-protection-conference only: whether the child was made the subject of a child protection plan." },
                            ["partner"] = new JsonObject { ["enum"] = partners, ["description"] = "incident-awareness only: which safeguarding partner became aware." },
                            ["note"] = new JsonObject { ["type"] = "string", ["description"] = "Free text. Never printed." },
                        },
                    },
                },
            },
        };
        var json = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        return new GeneratedDocument("case-file.schema.json", "Case file schema", "The JSON Schema of the case files `safeguarding-rules deadlines` reads.", json);
    }
}
