using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Rules.Checklists;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Json.Readers;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/checklist-assessment.schema.json: the checklist assessment file format, as a JSON Schema.</summary>
internal static class ChecklistSchema
{
    public static GeneratedDocument Generate()
    {
        JsonNode Str(string description) => new JsonObject { ["type"] = "string", ["description"] = description };
        JsonNode NullableStr(string description) => new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = description };
        var checklists = new JsonArray(ChecklistCatalog.All.SelectMany(c => c.Codes.Prepend(c.Id)).Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
        var ids = new JsonArray(ChecklistCatalog.All.SelectMany(c => c.Items).Select(i => i.Id).Distinct().Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = ChecklistAssessmentDocument.SchemaUrl,
            ["title"] = "Checklist assessment",
            ["description"] = "An assessment against one checklist of Working Together to Safeguard Children 2026, as `safeguarding-rules checklist check ID FILE` reads it. Which item ids are valid depends on the checklist: see docs/rules/checklists.md.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("subject", "items"),
            ["properties"] = new JsonObject
            {
                ["$schema"] = Str("The schema, for editors."),
                ["$comment"] = Str("A note for the reader; ignored by the check."),
                ["checklist"] = new JsonObject { ["enum"] = checklists, ["description"] = "The checklist assessed (its id or inventory code); when given, it must be the one the command checks." },
                ["subject"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["pattern"] = "\\S", ["description"] = "What is assessed, as a reference (a meeting or case reference, a partnership); never a child's name." },
                ["items"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "One entry per item, each id at most once. An item left out is reported as not met.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["additionalProperties"] = false,
                        ["required"] = new JsonArray("id", "status"),
                        ["properties"] = new JsonObject
                        {
                            ["id"] = new JsonObject { ["enum"] = ids, ["description"] = "The item's id within its checklist." },
                            ["title"] = Str("The item's title, for the reader; ignored by the check."),
                            ["status"] = new JsonObject { ["enum"] = new JsonArray(ChecklistAssessmentReader.Statuses.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()), ["description"] = "met, partly-met, not-met, or not-applicable (with notApplicableReason, and only for an item the text makes conditional)." },
                            ["evidence"] = new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "References to the evidence (record ids, minutes), never the records themselves." },
                            ["date"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date", ["description"] = "When the item was met or assessed, YYYY-MM-DD; not after the as-of date." },
                            ["notApplicableReason"] = NullableStr("Why the item's condition does not hold; required when status is not-applicable."),
                            ["judgementReference"] = NullableStr("For an item that needs a judgement: where the judgement is recorded."),
                        },
                        ["if"] = new JsonObject { ["properties"] = new JsonObject { ["status"] = new JsonObject { ["const"] = "not-applicable" } } },
                        ["then"] = new JsonObject
                        {
                            ["required"] = new JsonArray("notApplicableReason"),
                            ["properties"] = new JsonObject { ["notApplicableReason"] = new JsonObject { ["type"] = "string", ["pattern"] = "\\S" } },
                        },
                    },
                },
            },
        };
        return new GeneratedDocument(
            "checklist-assessment.schema.json",
            "Checklist assessment schema",
            "The JSON Schema of the assessment file `checklist check` reads.",
            schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
