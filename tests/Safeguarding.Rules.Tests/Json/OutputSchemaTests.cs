using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Tests.Cli;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Json;

/// <summary>Every JSON output of the CLI on every bundled sample (9 JSON inputs and the census return) validates against its committed schema in docs/rules.</summary>
public sealed class OutputSchemaTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = SafeguardingJsonSchemas.All.ToDictionary(
        s => s.FileName,
        s => JsonSchema.FromText(File.ReadAllText(Repository.PathTo("docs", "rules", s.FileName)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string, string[]> Outputs() => new()
    {
        { "deadline-report.schema.json", new[] { "deadlines", "samples/deadlines/child-protection-case.json", "--as-of", "2027-09-01", "--format", "json" } },
        { "deadline-report.schema.json", new[] { "deadlines", "samples/deadlines/serious-incident-case.json", "--as-of", "2027-09-01", "--format", "json" } },
        { "deadline-report.schema.json", new[] { "deadlines", "samples/deadlines/child-protection-case.json", "--as-of", "2027-09-01", "--local-timescales", "samples/deadlines/local-timescales.json", "--format", "json" } },
        { "determination.schema.json", new[] { "decide", "DC-40", "samples/decisions/care-leaver-death.json", "--format", "json" } },
        { "determination.schema.json", new[] { "decide", "DC-43", "samples/decisions/joint-agency-response.json", "--format", "json" } },
        { "determination.schema.json", new[] { "decide", "DC-36", "samples/decisions/serious-incident.json", "--format", "json" } },
        { "determination.schema.json", new[] { "decide", "DC-36", "samples/decisions/serious-incident-undetermined.json", "--format", "json" } },
        { "section11-report.schema.json", new[] { "section11", "check", "samples/section11/nhs-trust.json", "--as-of", "2026-09-01", "--format", "json" } },
        { "section11-report.schema.json", new[] { "section11", "check", "samples/section11/school.json", "--as-of", "2026-09-01", "--format", "json" } },
        { "caseload-report.schema.json", new[] { "caseload", "samples/census/cin-census-sample.xml", "--format", "json" } },
        { "checklist-report.schema.json", new[] { "checklist", "check", "core-group", "samples/checklists/core-group.json", "--as-of", "2026-09-01", "--format", "json" } },
        { "checklist-report.schema.json", new[] { "checklist", "check", "published-arrangements", "samples/checklists/published-arrangements.json", "--as-of", "2026-09-01", "--format", "json" } },
        { "checklist-report.schema.json", new[] { "checklist", "check", "strategy-discussion", "samples/checklists/strategy-discussion.json", "--as-of", "2026-09-01", "--format", "json" } },
        { "rule-catalog.schema.json", new[] { "rules", "list", "--format", "json" } },
        { "reading-catalog.schema.json", new[] { "rules", "readings", "--format", "json" } },
        { "holidays.schema.json", new[] { "holidays", "--from", "2026", "--to", "2027", "--format", "json" } },
        { "working-days.schema.json", new[] { "working-days", "add", "2026-12-24", "3", "--format", "json" } },
        { "working-days.schema.json", new[] { "working-days", "between", "2026-12-24", "2027-01-04", "--format", "json" } },
        { "working-days.schema.json", new[] { "working-days", "is", "2026-12-25", "--format", "json" } },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void The_JSON_output_validates_against_its_committed_schema_and_carries_the_schema_version(string schema, string[] args)
    {
        var resolved = args.Select(a => a.StartsWith("samples/", System.StringComparison.Ordinal) ? Repository.PathTo(a.Split('/')) : a).ToArray();
        var result = CliRunner.Run(resolved);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var evaluation = Schemas[schema].Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("; ", (evaluation.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)));
        Assert.Equal(SafeguardingJson.SchemaVersion, json.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void Every_sample_is_covered_by_a_schema_check()
    {
        var samples = Directory.GetFiles(Repository.PathTo("samples"), "*.*", SearchOption.AllDirectories)
            .Select(f => "samples/" + Path.GetRelativePath(Repository.PathTo("samples"), f).Replace('\\', '/')).ToArray();
        var covered = Outputs().SelectMany(row => ((string[])row[1]).Where(a => a.StartsWith("samples/", System.StringComparison.Ordinal))).ToHashSet();
        Assert.Equal(13, samples.Length);
        Assert.All(samples, s => Assert.Contains(s, covered));
    }

    [Fact]
    public void A_schema_rejects_a_document_with_a_value_outside_its_kebab_case_vocabulary()
    {
        var result = CliRunner.Run("decide", "DC-40", Repository.PathTo("samples", "decisions", "care-leaver-death.json"), "--format", "json");
        var broken = result.Output.Replace("\"answer\": \"yes\"", "\"answer\": \"Yes\"", System.StringComparison.Ordinal);
        Assert.NotEqual(result.Output, broken);
        using var json = JsonDocument.Parse(broken);
        Assert.False(Schemas["determination.schema.json"].Evaluate(json.RootElement).IsValid);
    }
}
