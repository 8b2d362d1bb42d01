using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

public class DecisionCommandTests
{
    private static string Sample(string name) => Repository.PathTo("samples", "decisions", name);

    [Fact]
    public void Rules_list_prints_every_catalogue_rule_with_id_force_and_title()
    {
        var result = CliRunner.Run("rules", "list");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(RuleCatalog.Rules.Count, lines.Length);
        Assert.Contains("DC-36\tmust\tSerious incident notification to the Child Safeguarding Practice Review Panel (section 16C)", lines);
    }

    [Fact]
    public void Rules_list_as_json_gives_id_title_force_and_kind()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("rules", "list", "--format", "json").Output);
        var first = json.RootElement.GetProperty("rules").EnumerateArray().First(e => e.GetProperty("ruleId").GetString() == "DC-43");
        Assert.Equal(("should", "decision"), (first.GetProperty("force").GetString(), first.GetProperty("kind").GetString()));
    }

    [Fact]
    public void The_serious_incident_sample_must_be_notified_to_the_Panel_within_five_working_days()
    {
        var result = CliRunner.Run("decide", "DC-36", Sample("serious-incident.json"));
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Assert.Contains("Answer: yes\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("[held] limb-b:", result.Output, StringComparison.Ordinal);
        Assert.Contains("[DL-13]", result.Output, StringComparison.Ordinal);
        Assert.Contains("“(b) while normally resident in the local authority's area, the child dies or is seriously harmed outside England”", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_undetermined_sample_names_the_missing_fact_instead_of_answering_no()
    {
        var result = CliRunner.Run("decide", "DC-36", Sample("serious-incident-undetermined.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Answer: undetermined\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("Facts that would settle it:\n  - abuse-or-neglect-known-or-suspected (true or false)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_care_leaver_sample_aged_24_is_notified_to_the_Secretary_of_State_and_Ofsted_with_no_rapid_review()
    {
        var result = CliRunner.Run("decide", "DC-40", Sample("care-leaver-death.json"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("yes", json.RootElement.GetProperty("answer").GetString());
        var actions = json.RootElement.GetProperty("consequences").EnumerateArray().Select(c => c.GetProperty("action").GetString()!).ToArray();
        Assert.Contains(actions, a => a.Contains("a rapid review or local child safeguarding practice review is not required", StringComparison.Ordinal));
        Assert.DoesNotContain(json.RootElement.GetProperty("consequences").EnumerateArray().SelectMany(c => c.GetProperty("timescales").EnumerateArray()), t => t.GetString() == "DL-14");
    }

    [Fact]
    public void The_joint_agency_response_sample_of_a_sudden_infant_death_requires_a_joint_agency_response()
    {
        var result = CliRunner.Run("decide", "DC-43", Sample("joint-agency-response.json"), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("yes", json.RootElement.GetProperty("answer").GetString());
        var sudden = json.RootElement.GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "sudden-unexplained");
        Assert.Equal("held", sudden.GetProperty("status").GetString());
    }

    [Fact]
    public void Every_sample_file_runs_against_a_rule_whose_facts_it_uses()
    {
        var samples = Directory.GetFiles(Repository.PathTo("samples", "decisions"), "*.json");
        Assert.NotEmpty(samples);
        foreach (var (file, rule) in samples.Select(f => (f, RuleFor(Path.GetFileName(f)))))
        {
            var result = CliRunner.Run("decide", rule, file);
            Assert.True(result.ExitCode == 0, $"{Path.GetFileName(file)} with {rule}: {result.Error}");
        }
    }

    [Fact]
    public void An_unknown_rule_id_exits_2_with_one_line_naming_it_and_the_valid_ids()
    {
        var result = CliRunner.Run("decide", "DC-99", Sample("serious-incident.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("'DC-99'", result.Error, StringComparison.Ordinal);
        Assert.Contains("DC-36, DC-37", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_fact_exits_2_with_one_line_naming_it_and_the_rules_facts()
    {
        var result = RunWithFile("DC-40", "{\"facts\": {\"carer-leaver\": true}}");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: $.facts.carer-leaver: unknown fact \"carer-leaver\"; did you mean \"care-leaver\"?; the facts DC-40 reads: care-leaver, died, age-at-death-or-harm, abuse-or-neglect-contributed.\n", result.Error);
    }

    [Theory]
    [InlineData("{\"facts\": {\"age-at-death-or-harm\": \"twenty\"}}", "error: $.facts.age-at-death-or-harm: must be a whole number from 0 to 130, or null when unknown.\n")]
    [InlineData("{\"facts\": {\"age-at-death-or-harm\": 24.5}}", "error: $.facts.age-at-death-or-harm: must be a whole number from 0 to 130, or null when unknown.\n")]
    [InlineData("{\"facts\": {\"died\": \"yes\"}}", "error: $.facts.died: must be true or false, or null when unknown.\n")]
    public void A_fact_of_the_wrong_type_names_the_fact_and_the_expected_type_but_not_the_value(string json, string expected)
    {
        var result = RunWithFile("DC-40", json);
        Assert.Equal((2, expected), (result.ExitCode, result.Error));
    }

    [Fact]
    public void An_enumeration_value_outside_the_list_names_the_allowed_values()
    {
        var result = RunWithFile("DC-43", "{\"facts\": {\"death-kind\": \"miscarriage\"}}");
        Assert.Equal((2, "error: $.facts.death-kind: must be one of: after-live-birth, stillbirth, planned-lawful-termination, or null when unknown.\n"), (result.ExitCode, result.Error));
    }

    [Theory]
    [InlineData("{\"facts\": {\"age\": 24,}", "error: FACTS: not valid JSON")]
    [InlineData("[1, 2]", "error: $: must be an object")]
    [InlineData("{\"facts\": {}, \"name\": \"Jane Doe\"}", "error: $: unknown field \"name\"; valid fields: $schema, facts.")]
    public void A_malformed_file_is_one_line_on_standard_error_with_exit_2_and_no_personal_data(string json, string expectedStart)
    {
        var result = RunWithFile("DC-40", json);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expectedStart, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("Jane", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void A_missing_file_is_one_line_with_exit_2_and_no_stack_trace()
    {
        var result = CliRunner.Run("decide", "DC-36", Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "facts.json"));
        Assert.Equal((2, "error: FACTS: no such file.\n"), (result.ExitCode, result.Error));
    }

    private static string RuleFor(string sampleName) => sampleName switch
    {
        "care-leaver-death.json" => "DC-40",
        "joint-agency-response.json" => "DC-43",
        _ => "DC-36",
    };

    private static CliResult RunWithFile(string rule, string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"facts-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            return CliRunner.Run("decide", rule, path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
