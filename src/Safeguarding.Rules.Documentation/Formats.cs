using System;
using System.Collections.Generic;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Documentation;

/// <summary>
/// The names the JSON formats use, as the generated schemas and pages document them. The readers and writers that
/// use the same names live outside this project (the documentation depends on the library, never on the CLI); a test
/// checks that both spell every name the same way.
/// </summary>
internal static class Formats
{
    /// <summary>The case file's <c>partner</c> values, in the order the schema lists them.</summary>
    public static IReadOnlyList<string> Partners { get; } = new[] { "local-authority", "integrated-care-board", "police" };

    /// <summary>The section 11 self-assessment's <c>status</c> values.</summary>
    public static IReadOnlyList<string> Section11Statuses { get; } = new[] { "in-place", "partly", "not-in-place", "not-applicable" };

    /// <summary>The <c>$id</c> of the section 11 self-assessment schema.</summary>
    public const string Section11SchemaUrl = "https://github.com/safeguarding-rules/Safeguarding.Rules/blob/main/docs/rules/section11-self-assessment.schema.json";

    /// <summary>The caseload report's <c>schemaVersion</c>.</summary>
    public const int CaseloadSchemaVersion = 1;

    /// <summary>Every deadline status, in declaration order.</summary>
    public static IReadOnlyList<DeadlineStatus> Statuses { get; } = Enum.GetValues<DeadlineStatus>();

    /// <summary>A deadline status as the caseload report keys it: <c>met-late</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The key.</returns>
    public static string StatusKey(DeadlineStatus status) => status switch
    {
        DeadlineStatus.MetLate => "met-late",
        DeadlineStatus.NotStarted => "not-started",
        DeadlineStatus.EditionNotInForce => "edition-not-in-force",
        DeadlineStatus.OutsideCalendar => "outside-calendar",
        _ => status.ToString().ToLowerInvariant(),
    };
}
