using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

public class Section11CommandTests
{
    private const string AsOf = "2026-09-01";

    public static TheoryData<string, string> SamplesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in new[] { "school", "nhs-trust" })
        {
            foreach (var format in new[] { "text", "json", "markdown", "junit" })
            {
                data.Add(sample, format);
            }
        }

        return data;
    }

    private static string Sample(string name) => Repository.PathTo("samples", "section11", name + ".json");

    private static CliResult Check(string file, params string[] more) =>
        CliRunner.Run(new[] { "section11", "check", file, "--as-of", AsOf }.Concat(more).ToArray());

    /// <summary>Writes a self-assessment to a temporary file, runs the check, and deletes the file.</summary>
    private static CliResult CheckJson(string json, params string[] more)
    {
        var path = Path.Combine(Path.GetTempPath(), $"s11-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            return Check(path, more);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string SchoolWith2007Items = """{ "organisation": "A school", "agencyKinds": ["school"], "includeSection11Guidance2007": true, "arrangements": [] }""";

    private static string SchoolWith(string arrangements) =>
        $$"""{ "organisation": "Jane Smith's School", "agencyKinds": ["school"], "arrangements": [ {{arrangements}} ] }""";

    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public void Each_sample_produces_its_report_in_every_format_and_exits_1_for_its_gaps(string sample, string format)
    {
        var result = Check(Sample(sample), "--format", format);
        Assert.Equal((1, string.Empty), (result.ExitCode, result.Error));
        Assert.NotEmpty(result.Output);
        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(result.Output))
                {
                    Assert.Equal("red", json.RootElement.GetProperty("rating").GetString());
                    Assert.False(json.RootElement.GetProperty("compliant").GetBoolean());
                    Assert.NotEmpty(json.RootElement.GetProperty("findings").EnumerateArray());
                }

                break;
            case "junit":
                Assert.True(XDocument.Parse(result.Output).Root!.Name == "testsuites");
                break;
            case "markdown":
                Assert.StartsWith("# Section 11 compliance report: ", result.Output, StringComparison.Ordinal);
                Assert.Contains("## Missing musts", result.Output, StringComparison.Ordinal);
                break;
            default:
                Assert.StartsWith("Section 11 compliance report: ", result.Output, StringComparison.Ordinal);
                Assert.Contains("Missing shoulds (", result.Output, StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public void The_school_sample_shows_its_gaps_missing_shoulds_first_in_the_headline()
    {
        var result = Check(Sample("school"));
        var lines = result.Output.Split('\n');
        Assert.Equal("Editions: Working Together to Safeguard Children 2026", lines[3]);
        Assert.Equal("Missing musts (0): none", lines[5]);
        Assert.Equal("Missing shoulds (2): escalation-policy, dbs-referral-consider-when-conditions-not-met", lines[6]);
        Assert.Contains(lines, l => l.StartsWith("amber review overdue", StringComparison.Ordinal) && l.Contains("safe-recruitment-and-safe-working", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("amber judgement required", StringComparison.Ordinal) && l.Contains("whistleblowing-procedures", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("amber evidence missing", StringComparison.Ordinal) && l.Contains("regular-practice-review", StringComparison.Ordinal));
    }

    [Fact]
    public void The_nhs_trust_sample_lists_the_missing_dbs_referral_as_a_missing_must()
    {
        using var json = JsonDocument.Parse(Check(Sample("nhs-trust"), "--format", "json").Output);
        Assert.Equal(new[] { "dbs-barring-referral" }, json.RootElement.GetProperty("missingMusts").EnumerateArray().Select(e => e.GetString()));
        var na = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "contracted-out-services-covered");
        Assert.Equal(("not-applicable", "not-applicable"), (na.GetProperty("outcome").GetString(), na.GetProperty("rating").GetString()));
    }

    [Theory]
    [InlineData("school")]
    [InlineData("nhs-trust")]
    public void The_JUnit_output_is_valid_JUnit_XML_with_one_test_case_per_arrangement_and_counts_that_match(string sample)
    {
        var document = XDocument.Parse(Check(Sample(sample), "--format", "junit").Output);
        var root = document.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var suite = Assert.Single(root.Elements());
        Assert.Equal("testsuite", suite.Name.LocalName);
        Assert.Equal("working-together-2026", suite.Element("properties")!.Element("property")!.Attribute("value")!.Value);
        var cases = suite.Elements("testcase").ToArray();
        Assert.Equal(suite.Elements().Count() - 1, cases.Length);
        Assert.All(cases, c =>
        {
            Assert.Equal("testcase", c.Name.LocalName);
            Assert.False(string.IsNullOrEmpty((string?)c.Attribute("name")));
            Assert.False(string.IsNullOrEmpty((string?)c.Attribute("classname")));
            Assert.True(c.Elements().Count() <= 1);
            Assert.All(c.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "failure", "skipped" }));
        });
        int failures = cases.Count(c => c.Element("failure") is not null);
        int skipped = cases.Count(c => c.Element("skipped") is not null);
        Assert.Equal(cases.Length, (int)suite.Attribute("tests")!);
        Assert.Equal(failures, (int)suite.Attribute("failures")!);
        Assert.Equal(skipped, (int)suite.Attribute("skipped")!);
        Assert.Equal(0, (int)suite.Attribute("errors")!);
        Assert.Equal(cases.Length, (int)root.Attribute("tests")!);
        Assert.Equal(failures, (int)root.Attribute("failures")!);
        Assert.True(failures > 0);

        using var json = JsonDocument.Parse(Check(Sample(sample), "--format", "json").Output);
        Assert.Equal(json.RootElement.GetProperty("findings").GetArrayLength(), cases.Length);
        Assert.All(cases.Select(c => c.Element("failure")).OfType<XElement>(), f =>
        {
            Assert.Contains("Working Together to Safeguard Children 2026 (March 2026), paragraph ", (string)f.Attribute("message")!, StringComparison.Ordinal);
            Assert.Contains("“", (string)f.Attribute("message")!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_assessment_with_every_required_arrangement_met_exits_0()
    {
        var template = CliRunner.Run("section11", "template", "--agency", "school").Output;
        var filled = template
            .Replace("\"status\": \"not-in-place\"", "\"status\": \"in-place\"", StringComparison.Ordinal)
            .Replace("\"evidence\": []", "\"evidence\": [\"EV-1\"]", StringComparison.Ordinal)
            .Replace("\"lastReviewed\": null", "\"lastReviewed\": \"2026-06-01\"", StringComparison.Ordinal)
            .Replace("\"judgementReference\": null", "\"judgementReference\": \"Audit 2026\"", StringComparison.Ordinal);
        var result = CheckJson(filled, "--format", "junit");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.DoesNotContain("<failure", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_is_a_blank_self_assessment_that_the_check_reads_and_finds_every_arrangement_missing()
    {
        var template = CliRunner.Run("section11", "template", "--agency", "school", "--agency", "early-years");
        Assert.Equal(0, template.ExitCode);
        using (var json = JsonDocument.Parse(template.Output))
        {
            Assert.Equal(new[] { "school", "early-years" }, json.RootElement.GetProperty("agencyKinds").EnumerateArray().Select(e => e.GetString()));
            Assert.All(json.RootElement.GetProperty("arrangements").EnumerateArray(), a => Assert.Equal("not-in-place", a.GetProperty("status").GetString()));
        }

        var result = CheckJson(template.Output, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var report = JsonDocument.Parse(result.Output);
        Assert.All(report.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("missing", f.GetProperty("outcome").GetString()));
    }

    [Theory]
    [InlineData("unknown agency kind", "section11", "template", "--agency", "hospital")]
    [InlineData("no agency kind", "section11", "template")]
    [InlineData("missing file", "section11", "check", "/no/such/file.json", "--as-of", AsOf)]
    [InlineData("unknown format", "section11", "check", "samples/section11/school.json", "--format", "xml")]
    [InlineData("malformed as-of date", "section11", "check", "samples/section11/school.json", "--as-of", "1/9/2026")]
    [InlineData("review interval out of range", "section11", "check", "samples/section11/school.json", "--as-of", AsOf, "--review-interval-months", "0")]
    public void Bad_arguments_print_one_line_on_stderr_and_exit_2(string problem, params string[] args)
    {
        var result = CliRunner.Run(args);
        AssertBadInput(result, problem);
    }

    [Theory]
    [InlineData("not JSON", "{ \"organisation\": ", "error: ASSESSMENT: not valid JSON")]
    [InlineData("not an object", "[1, 2]", "error: $: must be an object.")]
    [InlineData("no agency kinds", "{ \"organisation\": \"Jane Smith's School\", \"arrangements\": [] }", "error: $.agencyKinds: is required; valid kinds: school, early-years,")]
    [InlineData("an unknown agency kind", "{ \"organisation\": \"Jane Smith's School\", \"agencyKinds\": [\"Jane Smith\"], \"arrangements\": [] }", "error: $.agencyKinds[0]: unknown agency kind; valid kinds: school,")]
    [InlineData("an unknown property", "{ \"organisation\": \"Jane Smith's School\", \"agencyKinds\": [\"school\"], \"arrangements\": [], \"notes\": \"Jane Smith\" }", "error: $: unknown field \"notes\"; valid fields: $schema, $comment, organisation,")]
    [InlineData("no arrangements", "{ \"organisation\": \"Jane Smith's School\", \"agencyKinds\": [\"school\"] }", "error: $.arrangements: is required")]
    public void A_malformed_file_names_the_JSON_path_and_the_problem(string problem, string json, string expectedStart)
    {
        var result = CheckJson(json);
        AssertBadInput(result, problem);
        Assert.StartsWith(expectedStart, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("an unknown status", "{ \"id\": \"escalation-policy\", \"status\": \"done by Jane Smith\" }", "error: $.arrangements[0].status: must be one of in-place, partly, not-in-place, not-applicable.\n")]
    [InlineData("not applicable without a reason", "{ \"id\": \"escalation-policy\", \"status\": \"in-place\" }, { \"id\": \"clear-line-of-accountability\", \"status\": \"not-applicable\" }", "error: $.arrangements[1].notApplicableReason: a reason is required when the status is not-applicable.\n")]
    [InlineData("a malformed date", "{ \"id\": \"escalation-policy\", \"status\": \"in-place\", \"lastReviewed\": \"Jane Smith\" }", "error: $.arrangements[0].lastReviewed: is not a date in the form YYYY-MM-DD.\n")]
    [InlineData("an impossible date", "{ \"id\": \"escalation-policy\", \"status\": \"in-place\", \"lastReviewed\": \"2026-02-30\" }", "error: $.arrangements[0].lastReviewed: is not a date in the form YYYY-MM-DD.\n")]
    [InlineData("a review after the as-of date", "{ \"id\": \"escalation-policy\", \"status\": \"in-place\", \"lastReviewed\": \"2026-09-02\" }", "error: $.arrangements[0].lastReviewed: is after the as-of date 2026-09-01.\n")]
    [InlineData("evidence that is not a string", "{ \"id\": \"escalation-policy\", \"status\": \"in-place\", \"evidence\": [1] }", "error: $.arrangements[0].evidence[0]: must be a string.\n")]
    [InlineData("an arrangement without an id", "{ \"status\": \"in-place\", \"owner\": \"Jane Smith\" }", "error: $.arrangements[0].id: is required (a non-blank string).\n")]
    public void A_bad_arrangement_names_its_path_and_never_echoes_personal_data(string problem, string arrangements, string expected)
    {
        var result = CheckJson(SchoolWith(arrangements));
        AssertBadInput(result, problem);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void An_unknown_arrangement_id_suggests_the_nearest_id_for_the_agency_kind()
    {
        var result = CheckJson(SchoolWith("{ \"id\": \"escalation-polcy\", \"status\": \"in-place\" }"));
        AssertBadInput(result, "unknown id");
        Assert.Equal("error: $.arrangements[0].id: unknown arrangement \"escalation-polcy\" for agency kinds school; did you mean \"escalation-policy\"?; 'section11 template' lists the ids.\n", result.Error);
    }

    [Theory]
    [InlineData("text", "recruiters-trained (2007 guidance)")]
    [InlineData("markdown", "- `recruiters-trained` (2007 guidance)")]
    [InlineData("markdown", "L10 recruiters-trained (2007 guidance): ")]
    [InlineData("junit", "name=\"L10 recruiters-trained (2007 guidance): ")]
    [InlineData("junit", "missing (must) (2007 guidance): ")]
    [InlineData("json", "\"missingSection11Guidance2007\": [")]
    public void A_missing_2007_item_is_marked_with_its_edition_wherever_the_report_lists_it(string format, string expected)
    {
        var result = CheckJson(SchoolWith2007Items, "--format", format);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("escalation-policy (2007 guidance)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_JSON_report_lists_the_missing_2007_items_and_counts_them_among_the_missing_musts()
    {
        var result = CheckJson(SchoolWith2007Items, "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var missing2007 = json.RootElement.GetProperty("missingSection11Guidance2007").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Contains("recruiters-trained", missing2007);
        Assert.DoesNotContain("escalation-policy", missing2007);
        Assert.Contains("recruiters-trained", json.RootElement.GetProperty("missingMusts").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("local-authority", true)]
    [InlineData("local-authority\", \"adult-social-care", true)]
    [InlineData("local-authority\", \"adult-social-care\", \"housing", false)]
    [InlineData("school", false)]
    public void A_council_listed_without_its_adult_social_care_or_housing_kinds_gets_a_note_in_the_template_and_the_report(string kinds, bool noted)
    {
        var json = $$"""{ "organisation": "A council", "agencyKinds": ["{{kinds}}"], "arrangements": [] }""";
        var args = kinds.Split("\", \"").SelectMany(k => new[] { "--agency", k }).ToArray();
        var template = CliRunner.Run(new[] { "section11", "template" }.Concat(args).ToArray());
        Assert.Equal(0, template.ExitCode);
        Assert.Equal(noted, template.Output.Contains("\"$comment\": \"local-authority is listed without", StringComparison.Ordinal));
        Assert.Equal(1, CheckJson(template.Output).ExitCode);
        foreach (var format in new[] { "text", "markdown" })
        {
            var report = CheckJson(json, "--format", format);
            Assert.Equal(noted, report.Output.Contains("Note: local-authority is listed without", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_report_as_of_today_is_the_default()
    {
        var result = CliRunner.Run("section11", "check", Sample("school"), "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", json.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public void A_longer_review_interval_clears_the_school_samples_overdue_review()
    {
        var result = Check(Sample("school"), "--review-interval-months", "24");
        Assert.DoesNotContain("review overdue", result.Output, StringComparison.Ordinal);
        Assert.Contains("review interval 24 months", result.Output, StringComparison.Ordinal);
    }

    private static void AssertBadInput(CliResult result, string problem)
    {
        Assert.True(result.ExitCode == 2, $"{problem}: exit {result.ExitCode}, stderr {result.Error}");
        Assert.Equal(string.Empty, result.Output);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("armed-services")]
    [InlineData("channel-panel")]
    public void Asking_for_the_armed_services_or_a_Channel_panel_explains_that_their_arrangements_fall_on_local_authorities(string kind)
    {
        var result = CliRunner.Run("section11", "template", "--agency", kind);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("use local-authority", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_unknown_agency_kind_lists_the_valid_kinds()
    {
        var result = CliRunner.Run("section11", "template", "--agency", "bakery");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("valid kinds: school, early-years,", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", result.Error, StringComparison.Ordinal);
    }
}
