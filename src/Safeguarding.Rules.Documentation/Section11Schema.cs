using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/section11-self-assessment.schema.json: the self-assessment file format, as a JSON Schema.</summary>
internal static class Section11Schema
{
    public static GeneratedDocument Generate()
    {
        JsonNode Str(string description) => new JsonObject { ["type"] = "string", ["description"] = description };
        JsonNode NullableStr(string description) => new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = description };
        var ids = new JsonArray(Section11Catalog.All.Select(a => (JsonNode)JsonValue.Create(a.Id)!).ToArray());
        var kinds = new JsonArray(AgencyKinds.All.Select(k => (JsonNode)JsonValue.Create(AgencyKinds.Id(k))!).ToArray());
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SelfAssessmentDocument.SchemaUrl,
            ["title"] = "Section 11 self-assessment",
            ["description"] = "An organisation's self-assessment against the section 11 arrangements of Working Together to Safeguard Children 2026, as `safeguarding-rules section11 check` reads it. Which arrangement ids are valid depends on the agency kinds: see docs/rules/section11.md.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("organisation", "agencyKinds", "arrangements"),
            ["properties"] = new JsonObject
            {
                ["$schema"] = Str("The schema, for editors."),
                ["$comment"] = Str("A note for the reader, such as the one the template adds for a council; ignored by the check."),
                ["organisation"] = new JsonObject { ["type"] = "string", ["minLength"] = 1, ["pattern"] = "\\S", ["description"] = "The organisation's name." },
                ["agencyKinds"] = new JsonObject
                {
                    ["type"] = "array",
                    ["minItems"] = 1,
                    ["uniqueItems"] = true,
                    ["items"] = new JsonObject { ["enum"] = kinds },
                    ["description"] = "The organisation's agency kinds; one organisation can be several (a trust that runs a school).",
                },
                ["includeSection11Guidance2007"] = new JsonObject { ["type"] = "boolean", ["default"] = false, ["description"] = "Also check the 2007 section 11 guidance items that Working Together 2026 no longer lists." },
                ["arrangements"] = new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "One entry per arrangement, each id at most once. An arrangement on the checklist that is left out is reported as missing.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["additionalProperties"] = false,
                        ["required"] = new JsonArray("id", "status"),
                        ["properties"] = new JsonObject
                        {
                            ["id"] = new JsonObject { ["enum"] = ids, ["description"] = "The arrangement's stable id." },
                            ["title"] = Str("The arrangement's title, for the reader; ignored by the check."),
                            ["status"] = new JsonObject { ["enum"] = new JsonArray(SelfAssessmentReader.Statuses.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray()), ["description"] = "in-place, partly, not-in-place, or not-applicable (with notApplicableReason)." },
                            ["evidence"] = new JsonObject { ["type"] = new JsonArray("array", "null"), ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "References to the evidence (document ids, links), never the documents themselves." },
                            ["owner"] = NullableStr("Who owns the arrangement: a role rather than a person's name."),
                            ["lastReviewed"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date", ["description"] = "When it was last reviewed, YYYY-MM-DD; not after the as-of date." },
                            ["notApplicableReason"] = NullableStr("Why the arrangement does not apply; required when status is not-applicable."),
                            ["judgementReference"] = NullableStr("For an arrangement that needs a judgement: the audit or review that made it."),
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
            "section11-self-assessment.schema.json",
            "Section 11 self-assessment schema",
            "The JSON Schema of the self-assessment file `section11 check` reads.",
            schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }
}
