using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Json.Documents;

/// <summary>A red-amber-green rating, or not applicable.</summary>
public enum RagRating
{
    /// <summary>Met.</summary>
    Green = 0,

    /// <summary>Partly met, or met with a gap in evidence or review.</summary>
    Amber = 1,

    /// <summary>Missing.</summary>
    Red = 2,

    /// <summary>Not applicable to the organisation.</summary>
    NotApplicable = 3,
}

/// <summary>A section 11 compliance report (what <c>section11 check --format json</c> prints; schema <c>docs/rules/section11-report.schema.json</c>).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="Organisation">The organisation assessed, as its self-assessment names it.</param>
/// <param name="AgencyKinds">The agency kinds assessed.</param>
/// <param name="AppliedEditions">The ids of the editions whose arrangements were checked.</param>
/// <param name="AsOf">The date the report is as of.</param>
/// <param name="ReviewInterval">The review interval, in words (<c>12 months</c>).</param>
/// <param name="Rating">The overall rating.</param>
/// <param name="Compliant">True when every required arrangement is met.</param>
/// <param name="Counts">How many findings have each rating.</param>
/// <param name="MissingMusts">The ids of required (must) arrangements not met.</param>
/// <param name="MissingShoulds">The ids of should arrangements not met.</param>
/// <param name="MissingSection11Guidance2007">Of the missing ids, those from the 2007 section 11 guidance.</param>
/// <param name="Readings">Every reading the report depends on.</param>
/// <param name="Findings">One finding per arrangement on the checklist.</param>
public sealed record ComplianceReportDocument(
    string SchemaVersion,
    string Organisation,
    IReadOnlyList<string> AgencyKinds,
    IReadOnlyList<string> AppliedEditions,
    LocalDate AsOf,
    string ReviewInterval,
    RagRating Rating,
    bool Compliant,
    RatingCountsDocument Counts,
    IReadOnlyList<string> MissingMusts,
    IReadOnlyList<string> MissingShoulds,
    IReadOnlyList<string> MissingSection11Guidance2007,
    IReadOnlyList<ReadingDocument> Readings,
    IReadOnlyList<FindingDocument> Findings)
{
    /// <summary>Maps a compliance report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The document.</returns>
    public static ComplianceReportDocument From(ComplianceReport report)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        int Count(Rag? rag) => report.Findings.Count(f => f.Rating == rag);
        return new(
            SafeguardingJson.SchemaVersion,
            report.Organisation,
            report.AgencyKinds.Select(Section11.AgencyKinds.Id).ToArray(),
            report.Editions.Select(e => e.Id).ToArray(),
            report.AsOf,
            Describe(report.ReviewInterval),
            RatingOf(report.Rating),
            report.IsCompliant,
            new RatingCountsDocument(Count(Rag.Green), Count(Rag.Amber), Count(Rag.Red), Count(null)),
            report.MissingMusts.ToArray(),
            report.MissingShoulds.ToArray(),
            report.MissingMusts.Concat(report.MissingShoulds).Where(id => Section11Catalog.Find(id)?.Source != SourceDocument.WorkingTogether2026).ToArray(),
            ReadingDocument.All(report.Readings),
            report.Findings.Select(FindingDocument.From).ToArray());
    }

    /// <summary>A review interval as a reader says it: "12 months".</summary>
    /// <param name="period">The period.</param>
    /// <returns>The words.</returns>
    public static string Describe(Period period) =>
        period is not null && period.Years == 0 && period.Weeks == 0 && period.Days == 0 && period.Months > 0
            ? $"{period.Months} months"
            : period?.ToString() ?? string.Empty;

    internal static RagRating RatingOf(Rag? rag) => rag switch
    {
        Rag.Green => RagRating.Green,
        Rag.Amber => RagRating.Amber,
        Rag.Red => RagRating.Red,
        _ => RagRating.NotApplicable,
    };
}

/// <summary>How many findings have each rating.</summary>
/// <param name="Green">Green findings.</param>
/// <param name="Amber">Amber findings.</param>
/// <param name="Red">Red findings.</param>
/// <param name="NotApplicable">Findings not applicable.</param>
public sealed record RatingCountsDocument(int Green, int Amber, int Red, int NotApplicable);

/// <summary>One arrangement's finding: the arrangement (a rule) by id and title, its outcome, rating and citations.</summary>
/// <param name="RuleId">The arrangement's id.</param>
/// <param name="Code">The arrangement's code in its source, or null.</param>
/// <param name="Title">The arrangement's title.</param>
/// <param name="Group">The checklist group.</param>
/// <param name="Force">The arrangement's force.</param>
/// <param name="Required">True for a must or a should.</param>
/// <param name="Verifiability">Whether evidence or judgement shows it (<c>evidence</c>, <c>judgement</c>).</param>
/// <param name="Document">The id of the source document it comes from.</param>
/// <param name="Outcome">The outcome (kebab-case, such as <c>partly-met</c>).</param>
/// <param name="Rating">The rating.</param>
/// <param name="Explanation">Why, in words.</param>
/// <param name="Evidence">The evidence references the self-assessment gave.</param>
/// <param name="Owner">The owner the self-assessment gave, or null.</param>
/// <param name="LastReviewed">When it was last reviewed, or null.</param>
/// <param name="Citations">The text of the arrangement.</param>
public sealed record FindingDocument(
    string RuleId,
    string? Code,
    string Title,
    string Group,
    Force Force,
    bool Required,
    Verifiability Verifiability,
    string Document,
    ArrangementOutcome Outcome,
    RagRating Rating,
    string Explanation,
    IReadOnlyList<string> Evidence,
    string? Owner,
    LocalDate? LastReviewed,
    IReadOnlyList<CitationDocument> Citations)
{
    /// <summary>Maps a finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The document.</returns>
    public static FindingDocument From(ArrangementFinding finding)
    {
        if (finding is null)
        {
            throw new ArgumentNullException(nameof(finding));
        }

        var a = finding.Arrangement;
        return new(
            a.Id,
            a.Code,
            a.Title,
            a.Group,
            a.Force,
            a.IsRequired,
            a.Verifiability,
            a.Source.Id,
            finding.Outcome,
            ComplianceReportDocument.RatingOf(finding.Rating),
            finding.Explanation,
            finding.Claim?.Evidence.ToArray() ?? Array.Empty<string>(),
            finding.Claim?.Owner,
            finding.Claim?.LastReviewed,
            CitationDocument.All(a.Citations, a.Force));
    }
}

/// <summary>A section 11 self-assessment as a file gives it (the input format; <c>section11 template</c> writes a blank one).</summary>
/// <param name="Schema">The schema's address.</param>
/// <param name="Comment">A note for the person filling it in, or null.</param>
/// <param name="Organisation">The organisation.</param>
/// <param name="AgencyKinds">Its agency kinds.</param>
/// <param name="IncludeSection11Guidance2007">True to check the 2007 section 11 guidance's items too.</param>
/// <param name="Arrangements">One claim per arrangement.</param>
public sealed record SelfAssessmentDocument(
    [property: System.Text.Json.Serialization.JsonPropertyName("$schema")] string Schema,
    [property: System.Text.Json.Serialization.JsonPropertyName("$comment"), System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Comment,
    string Organisation,
    IReadOnlyList<string> AgencyKinds,
    bool IncludeSection11Guidance2007,
    IReadOnlyList<ClaimDocument> Arrangements)
{
    /// <summary>The address of the self-assessment schema.</summary>
    public const string SchemaUrl = "https://github.com/safeguarding-rules/Safeguarding.Rules/blob/main/docs/rules/section11-self-assessment.schema.json";

    /// <summary>A blank self-assessment: every arrangement on the kinds' checklist, not in place.</summary>
    /// <param name="kinds">The agency kinds.</param>
    /// <param name="comment">A note for the person filling it in, or null.</param>
    /// <returns>The document.</returns>
    public static SelfAssessmentDocument Template(IReadOnlyList<AgencyKind> kinds, string? comment) => new(
        SchemaUrl,
        comment,
        "Your organisation",
        (kinds ?? throw new ArgumentNullException(nameof(kinds))).Select(Section11.AgencyKinds.Id).ToArray(),
        false,
        Section11Catalog.For(kinds).Select(a => new ClaimDocument(a.Id, a.Title, ClaimStatus.NotInPlace, Array.Empty<string>(), null, null, null, null)).ToArray());
}

/// <summary>One arrangement's claim in a self-assessment.</summary>
/// <param name="Id">The arrangement's id.</param>
/// <param name="Title">Its title (for the reader; not checked).</param>
/// <param name="Status">in-place, partly, not-in-place or not-applicable.</param>
/// <param name="Evidence">Evidence references.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="LastReviewed">When it was last reviewed.</param>
/// <param name="NotApplicableReason">Why it does not apply.</param>
/// <param name="JudgementReference">Where the judgement is recorded.</param>
public sealed record ClaimDocument(string Id, string? Title, ClaimStatus Status, IReadOnlyList<string> Evidence, string? Owner, LocalDate? LastReviewed, string? NotApplicableReason, string? JudgementReference);
