using System.Text.Json.Serialization;
using Safeguarding.Rules.Json.Documents;

namespace Safeguarding.Rules.Json;

/// <summary>The source-generated metadata of every document type. Options (naming, enums, dates) come from <see cref="SafeguardingJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(DeadlineReportDocument))]
[JsonSerializable(typeof(DeterminationDocument))]
[JsonSerializable(typeof(ComplianceReportDocument))]
[JsonSerializable(typeof(CaseloadReportDocument))]
[JsonSerializable(typeof(RuleCatalogDocument))]
[JsonSerializable(typeof(ReadingCatalogDocument))]
[JsonSerializable(typeof(HolidayListDocument))]
[JsonSerializable(typeof(WorkingDaysDocument))]
[JsonSerializable(typeof(SelfAssessmentDocument))]
[JsonSerializable(typeof(ChecklistReportDocument))]
[JsonSerializable(typeof(ChecklistAssessmentDocument))]
internal sealed partial class SafeguardingJsonContext : JsonSerializerContext
{
}
