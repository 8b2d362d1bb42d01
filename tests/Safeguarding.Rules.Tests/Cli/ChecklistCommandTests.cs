using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Safeguarding.Rules.Checklists;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

public class ChecklistCommandTests
{
    private const string AsOf = "2026-09-01";

    public static TheoryData<string, string> SamplesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in new[] { "core-group", "strategy-discussion", "published-arrangements" })
        {
            foreach (var format in new[] { "text", "json", "markdown", "junit" })
            {
                data.Add(sample, format);
            }
        }

        return data;
    }

    private static string Sample(string name) => Repository.PathTo("samples", "checklists", name + ".json");

    private static CliResult Check(string id, string file, params string[] more) =>
        CliRunner.Run(new[] { "checklist", "check", id, file, "--as-of", AsOf }.Concat(more).ToArray());

    private static CliResult CheckJson(string id, string json, params string[] more) =>
        CliRunner.RunWithInput(json, new[] { "checklist", "check", id, "-", "--as-of", AsOf }.Concat(more).ToArray());

    private static string CoreGroupWith(string items) =>
        $$"""{ "subject": "Jane Smith's core group", "items": [ {{items}} ] }""";

    private static string AllCoreGroupItemsMet() => CoreGroupWith(string.Join(
        ", ",
        ChecklistCatalog.Find("core-group")!.Items.Select(i => $$"""{ "id": "{{i.Id}}", "status": "met", "evidence": ["minutes 1"], "date": "2026-06-12" }""")));

    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void Each_sample_produces_its_report_in_every_format_and_exits_1_for_its_gaps(string sample, string format)
    {
        var result = Check(sample, Sample(sample), "--format", format);
        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
        Assert.NotEmpty(result.Output);
    }

    [Fact]
    public void A_core_group_with_every_item_met_evidenced_and_dated_exits_0_and_is_green()
    {
        var result = CheckJson("CL-44", AllCoreGroupItemsMet());
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.Contains("Rating GREEN: 0 red, 0 amber, 5 green", result.Output);
    }

    [Fact]
    public void The_text_report_headlines_the_rating_and_the_items_not_met_and_cites_each_gap()
    {
        var result = Check("core-group", Sample("core-group"));
        Assert.Contains("Rating RED: 1 red, 2 amber, 2 green, 0 not applicable; 3 gaps in required items", result.Output);
        Assert.Contains("Not met, should (1): implement-and-monitor-plan", result.Output);
        Assert.Contains("date missing", result.Output);
        Assert.Contains("box 'The child protection plan' (after paragraph 256)", result.Output);
    }

    [Fact]
    public void The_json_report_names_the_checklist_its_codes_and_each_finding_in_kebab_case()
    {
        var result = Check("strategy-discussion", Sample("strategy-discussion"), "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("strategy-discussion", root.GetProperty("checklist").GetString());
        Assert.Equal("CL-39", root.GetProperty("codes")[0].GetString());
        Assert.Equal("amber", root.GetProperty("rating").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(17, findings.Length);
        Assert.Equal("partly-met", findings.Single(f => f.GetProperty("itemId").GetString() == "engage-wider-health-services").GetProperty("outcome").GetString());
        Assert.Equal(4, root.GetProperty("counts").GetProperty("notApplicable").GetInt32());
    }

    [Fact]
    public void The_junit_report_fails_each_gap_with_its_citation_and_skips_the_items_not_applicable()
    {
        var result = Check("published-arrangements", Sample("published-arrangements"), "--format", "junit");
        var suite = XDocument.Parse(result.Output).Root!.Element("testsuite")!;
        Assert.Equal("15", suite.Attribute("tests")!.Value);
        var failures = suite.Elements("testcase").Where(c => c.Element("failure") is not null).ToArray();
        Assert.Equal(3, failures.Length);
        Assert.Contains(failures, c => c.Element("failure")!.Value.Contains("arrangements for independent scrutiny of the effectiveness of the arrangements", StringComparison.Ordinal));
        Assert.Single(suite.Elements("testcase"), c => c.Element("skipped") is not null);
        Assert.Contains(suite.Element("properties")!.Elements(), p => p.Attribute("value")!.Value == "CL-15");
    }

    [Fact]
    public void The_list_names_every_checklist_with_its_codes()
    {
        var result = CliRunner.Run("checklist", "list");
        Assert.Equal(0, result.ExitCode);
        Assert.All(ChecklistCatalog.All, c => Assert.Contains($"{c.Id} ({string.Join(", ", c.Codes)})", result.Output));
    }

    [Fact]
    public void The_template_lists_every_item_not_met_and_checking_it_as_it_stands_reports_every_item_red()
    {
        var template = CliRunner.Run("checklist", "template", "review-conference");
        Assert.Equal((0, string.Empty), (template.ExitCode, template.Error));
        var result = CheckJson("review-conference", template.Output, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(12, json.RootElement.GetProperty("counts").GetProperty("red").GetInt32());
    }

    [Fact]
    public void An_unknown_checklist_is_bad_input_on_one_line()
    {
        var result = CliRunner.Run("checklist", "template", "no-such-checklist");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ID: not a checklist id", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_file_naming_another_checklist_is_bad_input()
    {
        var result = CheckJson("core-group", """{ "checklist": "strategy-discussion", "subject": "x", "items": [] }""");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.checklist", result.Error);
    }

    [Fact]
    public void An_unknown_item_names_its_path_and_the_nearest_id_but_never_the_subject()
    {
        var result = CheckJson("core-group", CoreGroupWith("""{ "id": "develop-outline-plans", "status": "met" }"""));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.items[0].id", result.Error);
        Assert.Contains("develop-outline-plan", result.Error);
        Assert.DoesNotContain("Jane", result.Error);
    }

    [Fact]
    public void Not_applicable_on_an_item_that_always_applies_is_bad_input()
    {
        var result = CheckJson("core-group", CoreGroupWith("""{ "id": "develop-outline-plan", "status": "not-applicable", "notApplicableReason": "r" }"""));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.items[0].status", result.Error);
    }

    [Fact]
    public void Several_files_are_checked_in_one_run_and_the_exit_code_is_the_worst()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cl-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, AllCoreGroupItemsMet());
        try
        {
            Assert.Equal(0, CliRunner.Run("checklist", "check", "core-group", path, "--as-of", AsOf).ExitCode);
            Assert.Equal(1, CliRunner.Run("checklist", "check", "core-group", path, Sample("core-group"), "--as-of", AsOf).ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
