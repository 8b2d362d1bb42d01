using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

public sealed class DeadlinesCommandTests : IDisposable
{
    private static readonly string ChildProtection = Repository.PathTo("samples", "deadlines", "child-protection-case.json");
    private static readonly string SeriousIncident = Repository.PathTo("samples", "deadlines", "serious-incident-case.json");
    private readonly string scratch = Directory.CreateTempSubdirectory("safeguarding-rules-cases-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void The_child_protection_sample_evaluates_as_a_table_with_every_rule_of_its_process()
    {
        var result = CliRunner.Run("deadlines", ChildProtection, "--as-of", "2027-09-01");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        foreach (var id in new[] { "DL-01", "DL-02", "DL-03", "DL-04", "DL-05", "DL-06", "DL-07" })
        {
            Assert.Contains(id, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("1 working day late", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_serious_incident_sample_evaluates_in_json_with_citations_and_readings()
    {
        var result = CliRunner.Run("deadlines", SeriousIncident, "--as-of", "2027-09-01", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var deadlines = json.RootElement.GetProperty("deadlines").EnumerateArray().ToArray();
        var ofsted = deadlines.Single(d => d.GetProperty("ruleId").GetString() == "DL-16" && d.GetProperty("obligation").GetString() == "copy to Ofsted");
        Assert.Equal(("met-late", "should", 4), (ofsted.GetProperty("status").GetString(), ofsted.GetProperty("force").GetString(), ofsted.GetProperty("days").GetInt32()));
        Assert.All(deadlines, d => Assert.NotEmpty(d.GetProperty("citations").EnumerateArray()));
        var awareness = json.RootElement.GetProperty("readings").EnumerateArray().Single(r => r.GetProperty("interpretation").GetString() == "at-04-incident-awareness");
        Assert.Equal(("earliest-safeguarding-partner", false), (awareness.GetProperty("reading").GetString(), awareness.GetProperty("chosen").GetBoolean()));
        Assert.Equal("working-together-2026", json.RootElement.GetProperty("appliedEditions")[0].GetString());
        Assert.Equal("1.0", json.RootElement.GetProperty("schemaVersion").GetString());
    }

    [Fact]
    public void A_case_from_2019_gets_edition_not_in_force_instead_of_a_verdict_unless_the_2026_rules_are_chosen()
    {
        var path = Write("""{ "events": [ { "type": "referral-received", "date": "2019-03-04" } ] }""");
        var plain = CliRunner.Run("deadlines", path, "--as-of", "2019-06-01");
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("DL-03  edition not in force", plain.Output, StringComparison.Ordinal);
        Assert.Contains("Working Together to Safeguard Children 2023", plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", plain.Output, StringComparison.Ordinal);
        var applied = CliRunner.Run("deadlines", path, "--as-of", "2019-06-01", "--reading", "clocks-before-commencement=apply-current-edition");
        Assert.Contains("DL-03  overdue", applied.Output, StringComparison.Ordinal);
        Assert.Contains("applied to clocks that started before it came into force", applied.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("at-04-incident-awarness=local-authority", "error: --reading: no interpretation 'at-04-incident-awarness'; did you mean 'at-04-incident-awareness'?")]
    [InlineData("at-04-incident-awareness=police", "error: --reading: interpretation 'at-04-incident-awareness' has no reading 'police'; its readings are earliest-safeguarding-partner, local-authority.")]
    [InlineData("wt2026-commencement=soon", "error: --reading: interpretation 'wt2026-commencement' takes a date in the form YYYY-MM-DD.")]
    [InlineData("at-04-incident-awareness", "error: --reading: a reading is written interpretation-id=reading-id (see 'rules readings').")]
    public void A_bad_reading_is_bad_input_naming_the_flag_and_the_valid_choices(string reading, string message)
    {
        var path = Write("""{ "events": [ { "type": "referral-received", "date": "2026-11-02" } ] }""");
        var result = CliRunner.Run("deadlines", path, "--as-of", "2026-12-01", "--reading", reading);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
    }

    [Fact]
    public void The_markdown_format_is_a_table_with_its_source_column()
    {
        var result = CliRunner.Run("deadlines", ChildProtection, "--as-of", "2027-01-15", "--format", "markdown");
        Assert.StartsWith("# Deadlines as of 2027-01-15", result.Output, StringComparison.Ordinal);
        Assert.Contains("| DL-06 | due | 2027-02-26 |", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Overdue_deadlines_leave_the_exit_code_alone_unless_fail_on_overdue_is_given()
    {
        var path = Write("""{ "events": [ { "type": "referral-received", "date": "2026-11-02" } ] }""");
        Assert.Equal(0, CliRunner.Run("deadlines", path, "--as-of", "2026-12-01").ExitCode);
        Assert.Equal(1, CliRunner.Run("deadlines", path, "--as-of", "2026-12-01", "--fail-on", "overdue").ExitCode);
        Assert.Equal(0, CliRunner.Run("deadlines", path, "--as-of", "2026-11-02", "--fail-on", "overdue").ExitCode);
    }

    [Fact]
    public void A_reading_can_be_chosen_on_the_command_line()
    {
        var path = Write("""{ "events": [ { "type": "incident-awareness", "date": "2026-12-04", "partner": "police" }, { "type": "incident-awareness", "date": "2026-12-07", "partner": "local-authority" } ] }""");
        Assert.Contains("2026-12-11", CliRunner.Run("deadlines", path, "--as-of", "2026-12-08").Output, StringComparison.Ordinal);
        Assert.Contains("2026-12-14", CliRunner.Run("deadlines", path, "--as-of", "2026-12-08", "--reading", "at-04-incident-awareness=local-authority").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "events": [ { "type": "referal-received", "date": "2026-11-02" } ] }""", "error: $.events[0].type: unknown event type; valid types: referral-received,")]
    [InlineData("""{ "events": [ { "type": "referral-received", "date": "2026-11-02" }, { "type": "strategy-discussion", "date": "02/11/2026" } ] }""", "error: $.events[1].date: not a date in the form YYYY-MM-DD.")]
    [InlineData("""{ "events": [ { "type": "referral-received" } ] }""", "error: $.events[0].date: missing.")]
    [InlineData("""{ "events": [ { "date": "2026-11-02" } ] }""", "error: $.events[0].type: missing.")]
    [InlineData("""{ "evnts": [] }""", "error: $: unknown field \"evnts\"; valid fields:")]
    [InlineData("""{ "case": "x" }""", "error: $.events: missing")]
    [InlineData("""{ "events": [ { "type": "referral-received", "date": "2026-11-02", "planMade": true } ] }""", "error: $.events[0].planMade: only an initial-child-protection-conference event takes this field.")]
    [InlineData("""{ "events": [ { "type": "strategy-discussion", "date": "2026-11-02", "initiatedSection47": "yes" } ] }""", "error: $.events[0].initiatedSection47: must be true, false or null.")]
    [InlineData("""{ "events": [ { "type": "incident-awareness", "date": "2026-11-02", "partner": "nhs" } ] }""", "error: $.events[0].partner: must be one of local-authority, integrated-care-board, police.")]
    [InlineData("""{ "events": [ { "type": "referral-received", "date": "1999-12-31" } ] }""", "error: $.events[0].date: outside the supported range")]
    [InlineData("""{ "events": [ """, "error: CASE: not valid JSON")]
    [InlineData("""[]""", "error: $: must be an object")]
    public void Bad_case_files_print_one_line_naming_the_event_position_and_field_and_exit_2(string content, string expectedStart)
    {
        var result = CliRunner.Run("deadlines", Write(content), "--as-of", "2026-12-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(expectedStart, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_data_is_never_echoed_in_an_error()
    {
        var result = CliRunner.Run("deadlines", Write("""{ "case": "Jane Doe 1234", "events": [ { "type": "Jane Doe", "date": "2026-11-02", "note": "lives at 1 High Street" } ] }"""), "--as-of", "2026-12-01");
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Jane", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("High Street", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_case_file_is_one_line_and_exit_2()
    {
        var result = CliRunner.Run("deadlines", Path.Combine(scratch, "nope.json"), "--as-of", "2026-12-01");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_as_of_date_names_the_option()
    {
        var result = CliRunner.Run("deadlines", ChildProtection, "--as-of", "2027-13-01");
        Assert.Equal((2, "error: --as-of: expected a date as yyyy-mm-dd.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void Events_in_an_impossible_order_are_warnings_in_the_report_not_crashes()
    {
        var path = Write("""{ "events": [ { "type": "core-group-meeting", "date": "2026-05-01" }, { "type": "strategy-discussion", "date": "2026-04-29", "initiatedSection47": true }, { "type": "initial-child-protection-conference", "date": "2026-05-20", "planMade": true } ] }""");
        var result = CliRunner.Run("deadlines", path, "--as-of", "2026-06-30");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Warnings about the timeline:", result.Output, StringComparison.Ordinal);
        Assert.Contains("event 0: core-group-meeting with no earlier initial-child-protection-conference", result.Output, StringComparison.Ordinal);
    }

    private string Write(string content)
    {
        var path = Path.Combine(scratch, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
