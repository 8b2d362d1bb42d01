using System.Linq;
using Safeguarding.Rules.Tests.Cli;
using Safeguarding.Rules.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace Safeguarding.Rules.Tests.Json;

/// <summary>
/// The JSON documents a case system reads, kept as reviewed snapshots: a change to a field's name, a value's spelling or
/// a citation shows up as a diff in review, beside the schema change it needs (`docs/rules/*.schema.json`).
/// </summary>
public sealed class JsonOutputSnapshotTests
{
    public static TheoryData<string, string[]> Outputs() => new()
    {
        { "deadline-report", new[] { "deadlines", "samples/deadlines/child-protection-case.json", "--as-of", "2027-09-01", "--format", "json" } },
        { "determination", new[] { "decide", "DC-36", "samples/decisions/serious-incident.json", "--format", "json" } },
        { "section11-report", new[] { "section11", "check", "samples/section11/school.json", "--as-of", "2026-09-01", "--format", "json" } },
        { "working-days", new[] { "working-days", "is", "2026-12-28", "--format", "json" } },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void The_JSON_document_is_the_one_reviewed(string document, string[] args)
    {
        var resolved = args.Select(a => a.StartsWith("samples/", System.StringComparison.Ordinal) ? Repository.PathTo(a.Split('/')) : a).ToArray();
        var result = CliRunner.Run(resolved);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Snapshot.Match(result.Output, SnapshotNameExtension.Create(document));
    }
}
