using System;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Safeguarding.Rules.Json;

/// <summary>A JSON Schema of one output document, generated from its type.</summary>
/// <param name="FileName">The file it is published as under <c>docs/rules/</c>, such as <c>deadline-report.schema.json</c>.</param>
/// <param name="Title">What the document is.</param>
/// <param name="Text">The schema (JSON Schema draft 2020-12), indented, ending with a newline.</param>
public sealed record JsonSchemaFile(string FileName, string Title, string Text);

/// <summary>The JSON Schemas of every output document, generated from the document types.</summary>
public static class SafeguardingJsonSchemas
{
    private static readonly Lazy<JsonSchemaFile[]> Schemas = new(Build);

    /// <summary>Every output schema, in a fixed order.</summary>
    public static IReadOnlyList<JsonSchemaFile> All => Array.AsReadOnly(Schemas.Value);

    private static JsonSchemaFile[] Build()
    {
        var context = SafeguardingJson.Context;
        return new[]
        {
            Schema("deadline-report.schema.json", "A deadline report (deadlines --format json)", context.DeadlineReportDocument),
            Schema("determination.schema.json", "A determination of a decision rule (decide --format json)", context.DeterminationDocument),
            Schema("section11-report.schema.json", "A section 11 compliance report (section11 check --format json)", context.ComplianceReportDocument),
            Schema("checklist-report.schema.json", "A checklist report (checklist check ID FILE --format json)", context.ChecklistReportDocument),
            Schema("caseload-report.schema.json", "A caseload report over a children in need census return (caseload --format json)", context.CaseloadReportDocument),
            Schema("rule-catalog.schema.json", "The rule catalogue (rules list --format json)", context.RuleCatalogDocument),
            Schema("reading-catalog.schema.json", "The interpretations a caller can choose (rules readings --format json)", context.ReadingCatalogDocument),
            Schema("holidays.schema.json", "Bank holidays (holidays --format json)", context.HolidayListDocument),
            Schema("working-days.schema.json", "A working-day result (working-days --format json)", context.WorkingDaysDocument),
        };
    }

    private static JsonSchemaFile Schema(string fileName, string title, JsonTypeInfo typeInfo)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var type = context.TypeInfo.Type;
                if (type == typeof(LocalDate) || type == typeof(LocalDate?))
                {
                    var date = new JsonObject
                    {
                        ["type"] = type == typeof(LocalDate) ? "string" : new JsonArray("string", "null"),
                        ["format"] = "date",
                        ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                    };
                    return date;
                }

                if (context.PropertyInfo is null && context.Path.IsEmpty && node is JsonObject root)
                {
                    var result = new JsonObject
                    {
                        ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                        ["$id"] = "https://github.com/safeguarding-rules/Safeguarding.Rules/blob/main/docs/rules/" + fileName,
                        ["title"] = title,
                    };
                    foreach (var pair in root)
                    {
                        result[pair.Key] = pair.Value?.DeepClone();
                    }

                    return result;
                }

                if (context.PropertyInfo?.Name == "schemaVersion" && node is JsonObject version)
                {
                    version["const"] = SafeguardingJson.SchemaVersion;
                }

                return node;
            },
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, options);
        var text = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return new JsonSchemaFile(fileName, title, text.Replace("\r\n", "\n") + "\n");
    }
}
