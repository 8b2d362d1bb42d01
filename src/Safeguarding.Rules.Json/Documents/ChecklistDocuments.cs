using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Checklists;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Json.Documents;

/// <summary>A checklist report (what <c>checklist check --format json</c> prints; schema <c>docs/rules/checklist-report.schema.json</c>).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="Checklist">The checklist's id.</param>
/// <param name="Codes">The inventory codes it encodes (<c>CL-39</c>).</param>
/// <param name="Title">The checklist's title.</param>
/// <param name="Subject">What was assessed, as the assessment names it.</param>
/// <param name="AsOf">The date the report is as of.</param>
/// <param name="Rating">The overall rating.</param>
/// <param name="Compliant">True when every required item is met or not applicable.</param>
/// <param name="Counts">How many findings have each rating.</param>
/// <param name="MissingMusts">The ids of must items not met.</param>
/// <param name="MissingShoulds">The ids of should items not met.</param>
/// <param name="Findings">One finding per item of the checklist.</param>
public sealed record ChecklistReportDocument(
    string SchemaVersion,
    string Checklist,
    IReadOnlyList<string> Codes,
    string Title,
    string Subject,
    LocalDate AsOf,
    RagRating Rating,
    bool Compliant,
    RatingCountsDocument Counts,
    IReadOnlyList<string> MissingMusts,
    IReadOnlyList<string> MissingShoulds,
    IReadOnlyList<ItemFindingDocument> Findings)
{
    /// <summary>Maps a checklist report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    public static ChecklistReportDocument From(ChecklistReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        int Count(Rag? rag) => report.Findings.Count(f => f.Rating == rag);
        return new(
            SafeguardingJson.SchemaVersion,
            report.Checklist.Id,
            report.Checklist.Codes.ToArray(),
            report.Checklist.Title,
            report.Subject,
            report.AsOf,
            ComplianceReportDocument.RatingOf(report.Rating),
            report.IsCompliant,
            new RatingCountsDocument(Count(Rag.Green), Count(Rag.Amber), Count(Rag.Red), Count(null)),
            report.MissingMusts.ToArray(),
            report.MissingShoulds.ToArray(),
            report.Findings.Select(ItemFindingDocument.From).ToArray());
    }
}

/// <summary>One checklist item's finding: the item, its outcome, rating and citations.</summary>
/// <param name="ItemId">The item's id.</param>
/// <param name="Title">The item's title.</param>
/// <param name="DutyHolder">Who the text puts the item on.</param>
/// <param name="Force">The item's force.</param>
/// <param name="Required">True for a must or a should.</param>
/// <param name="Verifiability">Whether evidence or judgement shows it (<c>evidence</c>, <c>judgement</c>).</param>
/// <param name="AppliesWhen">The condition the text sets for it, or null where it always applies.</param>
/// <param name="Outcome">The outcome (kebab-case, such as <c>date-missing</c>).</param>
/// <param name="Rating">The rating.</param>
/// <param name="Explanation">Why, in words.</param>
/// <param name="Evidence">The evidence references the assessment gave.</param>
/// <param name="Date">The date the assessment gave, or null.</param>
/// <param name="Citations">The text of the item.</param>
public sealed record ItemFindingDocument(
    string ItemId,
    string Title,
    string DutyHolder,
    Force Force,
    bool Required,
    Verifiability Verifiability,
    string? AppliesWhen,
    ItemOutcome Outcome,
    RagRating Rating,
    string Explanation,
    IReadOnlyList<string> Evidence,
    LocalDate? Date,
    IReadOnlyList<CitationDocument> Citations)
{
    /// <summary>Maps a finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The document.</returns>
    public static ItemFindingDocument From(ItemFinding finding)
    {
        if (finding is null)
        {
            throw new ArgumentNullException(nameof(finding));
        }

        var item = finding.Item;
        return new(
            item.Id,
            item.Title,
            item.DutyHolder,
            item.Force,
            item.IsRequired,
            item.Verifiability,
            item.AppliesWhen,
            finding.Outcome,
            ComplianceReportDocument.RatingOf(finding.Rating),
            finding.Explanation,
            finding.Assessment?.Evidence.ToArray() ?? Array.Empty<string>(),
            finding.Assessment?.Date,
            CitationDocument.All(item.Citations, item.Force));
    }
}

/// <summary>A checklist assessment as a file gives it (the input format; <c>checklist template ID</c> writes a blank one).</summary>
/// <param name="Schema">The schema's address.</param>
/// <param name="Checklist">The checklist's id.</param>
/// <param name="Subject">What is assessed, as a reference (never a child's name).</param>
/// <param name="Items">One entry per item.</param>
public sealed record ChecklistAssessmentDocument(
    [property: System.Text.Json.Serialization.JsonPropertyName("$schema")] string Schema,
    string Checklist,
    string Subject,
    IReadOnlyList<ItemAssessmentDocument> Items)
{
    /// <summary>The address of the assessment schema.</summary>
    public const string SchemaUrl = "https://github.com/safeguarding-rules/Safeguarding.Rules/blob/main/docs/rules/checklist-assessment.schema.json";

    /// <summary>A blank assessment: every item of the checklist, not met, with its condition where it has one.</summary>
    /// <param name="checklist">The checklist.</param>
    /// <returns>The document.</returns>
    public static ChecklistAssessmentDocument Template(Checklist checklist) => new(
        SchemaUrl,
        (checklist ?? throw new ArgumentNullException(nameof(checklist))).Id,
        "Your reference for " + checklist.Subject,
        checklist.Items.Select(i => new ItemAssessmentDocument(i.Id, i.Title, ItemStatus.NotMet, Array.Empty<string>(), null, null, null)).ToArray());
}

/// <summary>One item's entry in a checklist assessment.</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Title">Its title (for the reader; not checked).</param>
/// <param name="Status">met, partly-met, not-met or not-applicable.</param>
/// <param name="Evidence">Evidence references.</param>
/// <param name="Date">When it was met or assessed.</param>
/// <param name="NotApplicableReason">Why its condition does not hold.</param>
/// <param name="JudgementReference">Where the judgement is recorded.</param>
public sealed record ItemAssessmentDocument(string Id, string? Title, ItemStatus Status, IReadOnlyList<string> Evidence, LocalDate? Date, string? NotApplicableReason, string? JudgementReference);
