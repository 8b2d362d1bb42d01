using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Tests.Cli;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Census;

public sealed class CaseloadCommandTests : System.IDisposable
{
    private static readonly string Sample = Repository.PathTo("samples", "census", "cin-census-sample.xml");
    private readonly string directory = Directory.CreateTempSubdirectory("caseload-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void The_sample_census_is_reported_with_exit_code_0()
    {
        var result = CliRunner.Run("caseload", Sample);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Completed assessments by duration (DfE table C2)", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("Section 47 enquiries to initial child protection conferences (DfE table C4)", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("reported as 'edition not in force'", result.Output, System.StringComparison.Ordinal);
        Assert.Contains("--reading clocks-before-commencement=apply-current-edition", result.Output, System.StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Fail_on_overdue_exits_1_when_a_deadline_is_overdue_and_0_when_none_is()
    {
        Assert.Equal(1, CliRunner.Run("caseload", Sample, "--fail-on", "overdue").ExitCode);
        Assert.Equal(0, CliRunner.Run("caseload", Sample, "--fail-on", "overdue", "--as-of", "2026-04-30").ExitCode);
    }

    [Fact]
    public void The_JSON_report_has_the_documented_shape()
    {
        var result = CliRunner.Run("caseload", Sample, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        Assert.Equal(8, root.GetProperty("children").GetInt32());
        Assert.Equal("2027-03-31", root.GetProperty("asOf").GetString());
        Assert.Equal(2027, root.GetProperty("collectionYear").GetInt32());
        var measures = root.GetProperty("measures").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        var c2 = measures["assessment-duration"];
        Assert.Equal(CaseloadEvaluator.AssessmentBandLabels, c2.GetProperty("bands").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(c2.GetProperty("count").GetInt32(), c2.GetProperty("bands").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
        var c4 = measures["icpc-duration"];
        Assert.Equal(CaseloadEvaluator.ConferenceBandLabels, c4.GetProperty("bands").EnumerateArray().Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(1, c4.GetProperty("leftOut").GetInt32());
        foreach (var p in new[] { "p25", "median", "p75" })
        {
            Assert.Equal(JsonValueKind.Number, c2.GetProperty(p).ValueKind);
        }

        var deadlines = root.GetProperty("deadlines").EnumerateArray().ToArray();
        Assert.Equal(new[] { "DL-03", "DL-04", "DL-06", "DL-07" }, deadlines.Select(d => d.GetProperty("ruleId").GetString()));
        var dl03 = deadlines[0].GetProperty("counts");
        Assert.True(dl03.GetProperty("metLate").GetInt32() >= 1);
        Assert.True(dl03.GetProperty("overdue").GetInt32() >= 1);
        Assert.True(root.GetProperty("editionNotInForce").GetInt32() > 0);
        Assert.Contains(root.GetProperty("readings").EnumerateArray(), r => r.GetProperty("interpretation").GetString() == "census-percentile");
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => f.GetProperty("path").GetString() == "Child/CINdetails[1]/Section47[1]/InitialCPCtarget" && f.GetProperty("child").GetString() == "A1003");
    }

    [Fact]
    public void Applying_the_2026_edition_to_earlier_clocks_is_a_reading_the_report_states()
    {
        var result = CliRunner.Run("caseload", Sample, "--format", "json", "--reading", "clocks-before-commencement=apply-current-edition");
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(0, json.RootElement.GetProperty("editionNotInForce").GetInt32());
        Assert.True(json.RootElement.GetProperty("appliedBeforeCommencement").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("readings").EnumerateArray(), r => r.GetProperty("interpretation").GetString() == "clocks-before-commencement" && r.GetProperty("chosen").GetBoolean());
    }

    [Fact]
    public void A_census_reading_is_chosen_with_the_same_flag()
    {
        var result = CliRunner.Run("caseload", Sample, "--format", "json", "--reading", "census-core-group=evaluate", "--reading", "census-percentile=linear");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Contains(json.RootElement.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "DL-05");
    }

    [Fact]
    public void CSV_gives_one_row_per_late_or_overdue_deadline()
    {
        var csv = CliRunner.Run("caseload", Sample, "--format", "csv").Output.TrimEnd('\n').Split('\n');
        var json = JsonDocument.Parse(CliRunner.Run("caseload", Sample, "--format", "json").Output);
        Assert.Equal("la_child_id,episode,rule,occurrence,status,start,due,held,days_late,days_unit", csv[0]);
        Assert.Equal(json.RootElement.GetProperty("late").GetArrayLength(), csv.Length - 1);
        Assert.Contains("A1005,1,DL-06,1,overdue,2026-11-10,2027-02-10,,49,days", csv);
    }

    [Fact]
    public void JUnit_gives_one_test_case_per_rule_failing_where_a_deadline_is_overdue()
    {
        var xml = System.Xml.Linq.XDocument.Parse(CliRunner.Run("caseload", Sample, "--format", "junit").Output);
        var cases = xml.Descendants("testcase").ToArray();
        Assert.Equal(4, cases.Length);
        Assert.Equal(3, cases.Count(c => c.Element("failure") is not null));
    }

    [Fact]
    public void Markdown_draws_the_bands_as_mermaid_charts()
    {
        var output = CliRunner.Run("caseload", Sample, "--format", "markdown").Output;
        Assert.Equal(2, output.Split("xychart-beta").Length - 1);
        Assert.Contains("x-axis \"Working days\" [\"same-day\", \"1-10\", \"11-20\", \"21-30\", \"31-40\", \"41-45\", \"46-50\", \"51-60\", \"61+\"]", output, System.StringComparison.Ordinal);
        Assert.Contains("x-axis \"Working days\" [\"0-10\", \"11-15\", \"16-20\", \"21+\"]", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_well_formed_exits_2_naming_line_and_column_and_echoing_nothing()
    {
        var file = Path.Combine(directory, "broken.xml");
        File.WriteAllText(file, "<Message>\n  <Children>\n    <Child><LAchildID>Jane-Smith-4471</LAchildID>\n    <UPN>K801200300411</Child>\n</Message>\n");
        var result = CliRunner.Run("caseload", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Matches(@"^error: CENSUS: the census is not well-formed XML at line 4, column \d+\.\n$", result.Error);
        Assert.DoesNotContain("Jane", result.Error, System.StringComparison.Ordinal);
        Assert.DoesNotContain("K801", result.Error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Return/>", "not a children in need census: the root element is not Message")]
    [InlineData("{\"events\": []}", "not well-formed XML")]
    [InlineData("", "not")]
    public void A_file_that_is_not_a_census_exits_2(string content, string message)
    {
        var file = Path.Combine(directory, "other.xml");
        File.WriteAllText(file, content);
        var result = CliRunner.Run("caseload", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, System.StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_file_a_bad_date_and_a_bad_reading_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("caseload", Path.Combine(directory, "nope.xml")).ExitCode);
        Assert.Equal(2, CliRunner.Run("caseload", Sample, "--as-of", "2027-02-30").ExitCode);
        var reading = CliRunner.Run("caseload", Sample, "--reading", "census-percentile=median-of-medians");
        Assert.Equal(2, reading.ExitCode);
        Assert.StartsWith("error: --reading: interpretation 'census-percentile' has no reading", reading.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_census_with_no_reference_date_needs_an_as_of_date()
    {
        var file = Path.Combine(directory, "headless.xml");
        File.WriteAllText(file, "<Message><Children><Child><ChildIdentifiers><LAchildID>A1</LAchildID></ChildIdentifiers><CINdetails><CINreferralDate>2026-05-05</CINreferralDate></CINdetails></Child></Children></Message>");
        var result = CliRunner.Run("caseload", file);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give an as-of date", result.Error, System.StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("caseload", file, "--as-of", "2027-03-31").ExitCode);
    }

    [Fact]
    public void The_generator_writes_the_same_census_for_the_same_seed_to_a_file_or_to_standard_output()
    {
        var file = Path.Combine(directory, "generated.xml");
        Assert.Equal(0, CliRunner.Run("census", "generate", "--children", "50", "--seed", "7", "--out", file).ExitCode);
        var stdout = CliRunner.Run("census", "generate", "--children", "50", "--seed", "7", "--out", "-");
        Assert.Equal(File.ReadAllText(file), stdout.Output);
        Assert.NotEqual(stdout.Output, CliRunner.Run("census", "generate", "--children", "50", "--seed", "8", "--out", "-").Output);
        var report = JsonDocument.Parse(CliRunner.Run("caseload", file, "--format", "json").Output);
        Assert.Equal(50, report.RootElement.GetProperty("children").GetInt32());
        Assert.DoesNotContain(report.RootElement.GetProperty("findings").EnumerateArray(), f => !f.GetProperty("path").GetString()!.EndsWith("InitialCPCtarget", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_generator_rejects_a_negative_number_of_children()
    {
        Assert.Equal(2, CliRunner.Run("census", "generate", "--children", "-1", "--seed", "7", "--out", "-").ExitCode);
    }
}
