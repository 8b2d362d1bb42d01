using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Tests.Cli;
using Safeguarding.Rules.Timescales;
using Xunit;

namespace Safeguarding.Rules.Tests.Json;

public sealed class LocalTimescalesReaderTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("safeguarding-rules-local-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void A_local_timescales_file_gives_each_locally_set_rule_its_count_and_unit()
    {
        var locals = LocalTimescalesReader.Read("""{ "localTimescales": { "DL-70": { "amount": 5, "unit": "working-days" } } }""");
        Assert.Equal(new LocalTimescale(5, TimeUnit.WorkingDays), locals.Find("DL-70"));
        Assert.Equal(new[] { "DL-70" }, locals.RuleIds);
    }

    [Theory]
    [InlineData("""[]""", "$")]
    [InlineData("""{ "timescales": {} }""", "$")]
    [InlineData("""{ }""", "$.localTimescales")]
    [InlineData("""{ "localTimescales": { "DL-04": { "amount": 5, "unit": "working-days" } } }""", "$.localTimescales.DL-04")]
    [InlineData("""{ "localTimescales": { "DL-70": { "amount": 0, "unit": "working-days" } } }""", "$.localTimescales.DL-70.amount")]
    [InlineData("""{ "localTimescales": { "DL-70": { "amount": 2.5, "unit": "working-days" } } }""", "$.localTimescales.DL-70.amount")]
    [InlineData("""{ "localTimescales": { "DL-70": { "amount": 5, "unit": "fortnights" } } }""", "$.localTimescales.DL-70.unit")]
    [InlineData("""{ "localTimescales": { "DL-70": { "amount": 5 } } }""", "$.localTimescales.DL-70.unit")]
    [InlineData("""{ "localTimescales": { "DL-70": { "amount": 5, "unit": "months", "by": "x" } } }""", "$.localTimescales.DL-70")]
    [InlineData("""{ "localTimescales": { "DL-70": { "amount": 5, "unit": "months" }, "DL-70": { "amount": 6, "unit": "months" } } }""", "$.localTimescales.DL-70")]
    public void A_bad_local_timescales_file_is_refused_with_the_path_of_the_problem(string json, string path)
    {
        var error = Assert.Throws<SafeguardingJsonException>(() => LocalTimescalesReader.Read(json));
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void A_refused_value_is_never_echoed_in_the_error()
    {
        var error = Assert.Throws<SafeguardingJsonException>(() => LocalTimescalesReader.Read("""{ "localTimescales": { "DL-70": { "amount": 5, "unit": "Jane Smith's protocol" } } }"""));
        Assert.DoesNotContain("Jane", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_deadlines_command_reads_local_timescales_and_marks_the_entry_locally_set_in_text_and_json()
    {
        var caseFile = Write("case.json", """{ "events": [ { "type": "initial-child-protection-conference", "date": "2026-11-02", "planMade": true } ] }""");
        var locals = Write("local.json", """{ "localTimescales": { "DL-70": { "amount": 5, "unit": "working-days" } } }""");

        var text = CliRunner.Run("deadlines", caseFile, "--as-of", "2026-11-04", "--local-timescales", locals);
        Assert.Equal((0, string.Empty), (text.ExitCode, text.Error));
        Assert.Contains("2026-11-09 (locally set: 5 working days)", text.Output, StringComparison.Ordinal);
        Assert.Contains("DL-70: 5 working days, as given; the text delegates it: «define the local protocol", text.Output, StringComparison.Ordinal);

        var json = CliRunner.Run("deadlines", caseFile, "--as-of", "2026-11-04", "--local-timescales", locals, "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        var entry = document.RootElement.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "DL-70");
        Assert.True(entry.GetProperty("locallySet").GetBoolean());
        Assert.Equal((5, "working-days"), (entry.GetProperty("localTimescale").GetProperty("amount").GetInt32(), entry.GetProperty("localTimescale").GetProperty("unit").GetString()));
        Assert.Equal("2026-11-09", entry.GetProperty("due").GetString());
    }

    [Fact]
    public void Without_local_timescales_the_deadlines_command_says_the_timing_is_left_to_local_arrangements()
    {
        var caseFile = Write("case.json", """{ "events": [ { "type": "initial-child-protection-conference", "date": "2026-11-02", "planMade": true } ] }""");
        var result = CliRunner.Run("deadlines", caseFile, "--as-of", "2026-11-04");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("DL-70  no local timescale", result.Output, StringComparison.Ordinal);
        Assert.Contains("DL-70: not given, so no due date", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_local_timescales_file_fails_the_command_with_one_line_naming_the_option_and_path()
    {
        var caseFile = Write("case.json", """{ "events": [] }""");
        var locals = Write("local.json", """{ "localTimescales": { "DL-70": { "amount": -1, "unit": "working-days" } } }""");
        var result = CliRunner.Run("deadlines", caseFile, "--local-timescales", locals);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("$.localTimescales.DL-70.amount", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllText(path, content);
        return path;
    }
}
