using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Json;

/// <summary>
/// Writes and reads the result documents. One naming style throughout: camelCase properties, kebab-case values for
/// every enum-like value (<c>"met-late"</c>, <c>"working-days"</c>), ISO dates (<c>yyyy-MM-dd</c>), and a
/// <c>schemaVersion</c> in every document.
/// </summary>
public static partial class SafeguardingJson
{
    /// <summary>The version of every document format this package writes. A consumer checks it before reading.</summary>
    public const string SchemaVersion = "1.0";

    private static readonly SafeguardingJsonContext Indented = new(CreateOptions(indented: true));
    private static readonly SafeguardingJsonContext Compact = new(CreateOptions(indented: false));

    internal static SafeguardingJsonContext Context => Indented;

    /// <summary>Writes a deadline report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(DeadlineReport report, JsonLayout layout = JsonLayout.Indented) => Write(DeadlineReportDocument.From(report), layout);

    /// <summary>Writes a deadline report document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(DeadlineReportDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).DeadlineReportDocument);

    /// <summary>Writes a deadline report to a writer as it is serialised, without holding the whole text: for reports of large timelines.</summary>
    /// <param name="output">Where to write; the JSON ends with a newline.</param>
    /// <param name="report">The report.</param>
    /// <param name="layout">Indented or compact.</param>
    public static void Write(TextWriter output, DeadlineReport report, JsonLayout layout = JsonLayout.Indented) =>
        SerializeTo(output, DeadlineReportDocument.From(report), For(layout).DeadlineReportDocument);

    /// <summary>Writes a caseload report document to a writer as it is serialised, without holding the whole text.</summary>
    /// <param name="output">Where to write; the JSON ends with a newline.</param>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    public static void Write(TextWriter output, CaseloadReportDocument document, JsonLayout layout = JsonLayout.Indented) =>
        SerializeTo(output, document, For(layout).CaseloadReportDocument);

    /// <summary>Writes a determination.</summary>
    /// <param name="determination">The determination.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(Determination determination, JsonLayout layout = JsonLayout.Indented) => Write(DeterminationDocument.From(determination), layout);

    /// <summary>Writes a determination document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(DeterminationDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).DeterminationDocument);

    /// <summary>Reads a deadline report document written by <see cref="Write(DeadlineReportDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static DeadlineReportDocument ReadDeadlineReport(Stream json) => Deserialize(json, Indented.DeadlineReportDocument);

    /// <summary>Reads a determination document written by <see cref="Write(DeterminationDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static DeterminationDocument ReadDetermination(Stream json) => Deserialize(json, Indented.DeterminationDocument);

    /// <summary>Writes a section 11 compliance report.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(ComplianceReportDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).ComplianceReportDocument);

    /// <summary>Reads a section 11 compliance report written by <see cref="Write(ComplianceReportDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static ComplianceReportDocument ReadComplianceReport(Stream json) => Deserialize(json, Indented.ComplianceReportDocument);

    /// <summary>Writes a caseload report.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(CaseloadReportDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).CaseloadReportDocument);

    /// <summary>Reads a caseload report written by <see cref="Write(CaseloadReportDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static CaseloadReportDocument ReadCaseloadReport(Stream json) => Deserialize(json, Indented.CaseloadReportDocument);

    /// <summary>Writes the rule catalogue.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(RuleCatalogDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).RuleCatalogDocument);

    /// <summary>Reads the rule catalogue written by <see cref="Write(RuleCatalogDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static RuleCatalogDocument ReadRuleCatalog(Stream json) => Deserialize(json, Indented.RuleCatalogDocument);

    /// <summary>Writes the choosable interpretations.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(ReadingCatalogDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).ReadingCatalogDocument);

    /// <summary>Reads the choosable interpretations written by <see cref="Write(ReadingCatalogDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static ReadingCatalogDocument ReadReadingCatalog(Stream json) => Deserialize(json, Indented.ReadingCatalogDocument);

    /// <summary>Writes a list of bank holidays.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(HolidayListDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).HolidayListDocument);

    /// <summary>Reads a list of bank holidays written by <see cref="Write(HolidayListDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static HolidayListDocument ReadHolidayList(Stream json) => Deserialize(json, Indented.HolidayListDocument);

    /// <summary>Writes a working-day result.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(WorkingDaysDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).WorkingDaysDocument);

    /// <summary>Reads a working-day result written by <see cref="Write(WorkingDaysDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static WorkingDaysDocument ReadWorkingDays(Stream json) => Deserialize(json, Indented.WorkingDaysDocument);

    /// <summary>Writes a self-assessment (the input format).</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(SelfAssessmentDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).SelfAssessmentDocument);

    /// <summary>Reads a self-assessment (the input format) written by <see cref="Write(SelfAssessmentDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static SelfAssessmentDocument ReadSelfAssessmentDocument(Stream json) => Deserialize(json, Indented.SelfAssessmentDocument);

    /// <summary>Writes a checklist report document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(ChecklistReportDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).ChecklistReportDocument);

    /// <summary>Reads a checklist report written by <see cref="Write(ChecklistReportDocument, JsonLayout)"/>.</summary>
    /// <param name="json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SafeguardingJsonException">It is not such a document.</exception>
    public static ChecklistReportDocument ReadChecklistReport(Stream json) => Deserialize(json, Indented.ChecklistReportDocument);

    /// <summary>Writes a checklist assessment (the input format).</summary>
    /// <param name="document">The document.</param>
    /// <param name="layout">Indented or compact.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    public static string Write(ChecklistAssessmentDocument document, JsonLayout layout = JsonLayout.Indented) => Serialize(document, For(layout).ChecklistAssessmentDocument);

    internal static SafeguardingJsonContext For(JsonLayout layout) => layout == JsonLayout.Compact ? Compact : Indented;

    internal static string Serialize<T>(T document, JsonTypeInfo<T> typeInfo)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        return JsonSerializer.Serialize(document, typeInfo) + "\n";
    }

    internal static void SerializeTo<T>(TextWriter output, T document, JsonTypeInfo<T> typeInfo)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        using (var stream = new TextWriterStream(output))
        {
            JsonSerializer.Serialize(stream, document, typeInfo);
        }

        output.Write('\n');
    }

    internal static T Deserialize<T>(Stream json, JsonTypeInfo<T> typeInfo)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        try
        {
            return JsonSerializer.Deserialize(json, typeInfo) ?? throw new SafeguardingJsonException("$", "must be an object, not null");
        }
        catch (JsonException ex)
        {
            throw SafeguardingJsonException.From(ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            throw new SafeguardingJsonException("$", "is not a valid document of this kind", ex);
        }
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(new JsonStringEnumConverter<DeadlineStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<TimeUnit>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Force>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Outcome>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<ConditionStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<ArrangementOutcome>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Verifiability>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<ClaimStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Checklists.ItemOutcome>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Checklists.ItemStatus>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<RagRating>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Catalog.RuleKind>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<Safeguarding.Rules.Calendars.BankHolidayKind>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<WorkingDaysOperation>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
