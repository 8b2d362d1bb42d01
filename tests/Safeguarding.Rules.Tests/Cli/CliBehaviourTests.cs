using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Cli;
using Safeguarding.Rules.Cli.Commands;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

/// <summary>How the command line behaves whatever the command: exit codes, standard input, several files, plain errors.</summary>
public sealed class CliBehaviourTests : IDisposable
{
    private static readonly string ChildProtection = Repository.PathTo("samples", "deadlines", "child-protection-case.json");
    private static readonly string SeriousIncident = Repository.PathTo("samples", "deadlines", "serious-incident-case.json");
    private static readonly string Decided = Repository.PathTo("samples", "decisions", "serious-incident.json");
    private static readonly string Undetermined = Repository.PathTo("samples", "decisions", "serious-incident-undetermined.json");
    private readonly string scratch = Directory.CreateTempSubdirectory("safeguarding-rules-cli-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void The_exit_codes_are_distinct_and_an_internal_failure_is_70()
    {
        var codes = new[] { CliApp.Success, CliApp.CheckFailed, CliApp.BadInput, CliApp.InternalFailure };
        Assert.Equal(new[] { 0, 1, 2, 70 }, codes);
    }

    [Fact]
    public void A_mistyped_command_suggests_the_nearest_command()
    {
        var result = CliRunner.Run("deadline", ChildProtection);
        Assert.Equal((2, "error: unknown command 'deadline'; did you mean 'deadlines'?\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_mistyped_subcommand_suggests_the_nearest_subcommand()
    {
        var result = CliRunner.Run("working-days", "ad", "2026-12-24", "1");
        Assert.Equal((2, "error: working-days: unknown command 'ad'; did you mean 'add'?\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_command_name_that_is_not_name_like_is_not_echoed_and_the_commands_are_listed()
    {
        var result = CliRunner.Run("Jane Doe's case.json");
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Jane", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: unknown command; choose one of: holidays, working-days, deadlines,", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_at_all_lists_the_commands()
    {
        var result = CliRunner.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: missing command; choose one of: holidays,", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_named_and_not_read_as_a_file()
    {
        var result = CliRunner.Run("deadlines", "--as-off", "2027-09-01", ChildProtection);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: unknown option '--as-off'", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holidays", "--from", "twenty", "error: --from: expected a whole number.\n")]
    [InlineData("working-days", "add", "2026-12-24", "one", "error: n: expected a whole number.\n")]
    [InlineData("census", "generate", "--children", "99999999999", "--seed", "1", "--out", "-", "error: --children: expected a whole number.\n")]
    public void A_number_that_does_not_parse_says_a_whole_number_was_expected_without_naming_a_dotnet_type(params string[] argsAndExpected)
    {
        var result = CliRunner.Run(argsAndExpected[..^1]);
        Assert.Equal((2, argsAndExpected[^1]), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_choice_outside_the_list_names_the_option_and_the_choices_without_echoing_the_value()
    {
        var result = CliRunner.Run("deadlines", ChildProtection, "--format", "Jane Doe");
        Assert.Equal((2, "error: --format: expected one of table, json, markdown.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_date_that_does_not_parse_says_a_date_was_expected_without_echoing_it()
    {
        var result = CliRunner.Run("deadlines", ChildProtection, "--as-of", "1st September");
        Assert.Equal((2, "error: --as-of: expected a date as yyyy-mm-dd.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_folder_given_as_a_file_says_so_without_the_path()
    {
        var result = CliRunner.Run("deadlines", scratch, "--as-of", "2027-09-01");
        Assert.Equal((2, "error: CASE: is a folder, not a file.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_missing_file_says_no_such_file_without_the_path()
    {
        var result = CliRunner.Run("section11", "check", Path.Combine(scratch, "Jane-Doe.json"));
        Assert.Equal((2, "error: ASSESSMENT: no such file.\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public void A_missing_census_says_no_such_file_and_a_folder_says_it_is_a_folder()
    {
        Assert.Equal("error: CENSUS: no such file.\n", CliRunner.Run("caseload", Path.Combine(scratch, "census.xml")).Error);
        Assert.Equal("error: CENSUS: is a folder, not a file.\n", CliRunner.Run("caseload", scratch).Error);
    }

    [Fact]
    public void A_file_that_cannot_be_read_says_permission_denied()
    {
        var ex = InputFiles.Unreadable("CASE", new UnauthorizedAccessException("Access to the path '/home/jane-doe/case.json' is denied."));
        Assert.Equal("CASE: cannot be read (permission denied).", ex.Message);
    }

    [Fact]
    public void A_dash_reads_the_case_file_from_standard_input()
    {
        var fromFile = CliRunner.Run("deadlines", ChildProtection, "--as-of", "2027-09-01");
        var fromInput = CliRunner.RunWithInput(File.ReadAllText(ChildProtection), "deadlines", "-", "--as-of", "2027-09-01");
        Assert.Equal((0, string.Empty), (fromInput.ExitCode, fromInput.Error));
        Assert.Equal(fromFile.Output, fromInput.Output);
    }

    [Fact]
    public void A_dash_reads_a_fact_file_and_a_self_assessment_from_standard_input()
    {
        var decision = CliRunner.RunWithInput(File.ReadAllText(Decided), "decide", "DC-36", "-");
        Assert.Equal((0, string.Empty), (decision.ExitCode, decision.Error));
        Assert.Contains("Answer: yes", decision.Output, StringComparison.Ordinal);
        var school = Repository.PathTo("samples", "section11", "school.json");
        var fromFile = CliRunner.Run("section11", "check", school, "--as-of", "2026-09-01");
        var fromInput = CliRunner.RunWithInput(File.ReadAllText(school), "section11", "check", "-", "--as-of", "2026-09-01");
        Assert.Equal((fromFile.ExitCode, fromFile.Output), (fromInput.ExitCode, fromInput.Output));
    }

    [Fact]
    public void A_dash_reads_a_census_from_standard_input()
    {
        var census = Repository.PathTo("samples", "census", "cin-census-sample.xml");
        var fromFile = CliRunner.Run("caseload", census);
        var fromInput = CliRunner.RunWithInput(File.ReadAllText(census), "caseload", "-");
        Assert.Equal((fromFile.ExitCode, fromFile.Output), (fromInput.ExitCode, fromInput.Output));
    }

    [Fact]
    public void Standard_input_given_twice_is_bad_input_for_the_second()
    {
        var result = CliRunner.RunWithInput(File.ReadAllText(Decided), "decide", "DC-36", "-", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: input 2 of 2: FACTS: standard input ('-') can be read only once in a run.\n", result.Error);
        Assert.Contains("Answer: yes", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_case_files_give_one_table_each_under_a_header_naming_the_position_not_the_path()
    {
        var result = CliRunner.Run("deadlines", ChildProtection, SeriousIncident, "--as-of", "2027-09-01");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        Assert.StartsWith("== input 1 of 2 ==\nDeadlines as of 2027-09-01", result.Output, StringComparison.Ordinal);
        Assert.Contains("\n== input 2 of 2 ==\nDeadlines as of 2027-09-01", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("child-protection-case", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_in_json_give_json_lines_one_compact_document_per_file()
    {
        var result = CliRunner.Run("deadlines", ChildProtection, SeriousIncident, "--as-of", "2027-09-01", "--format", "json");
        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("2027-09-01", json.RootElement.GetProperty("asOf").GetString());
        }

        Assert.Contains("DL-16", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("DL-16", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_file_among_several_is_reported_by_position_the_rest_still_run_and_the_exit_code_is_2()
    {
        var broken = Path.Combine(scratch, "Jane-Doe.json");
        File.WriteAllText(broken, "{ \"events\": [ ");
        var result = CliRunner.Run("decide", "DC-36", Decided, broken, Undetermined, "--format", "json");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: input 2 of 3: FACTS: not valid JSON (line 1, byte 15).\n", result.Error);
        var answers = result.Output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.GetProperty("answer").GetString()).ToArray();
        Assert.Equal(new[] { "yes", "undetermined" }, answers);
    }

    [Fact]
    public void Over_several_files_the_exit_code_is_the_worst_one()
    {
        Assert.Equal(CliApp.CheckFailed, CliRunner.Run("decide", "DC-36", Decided, Undetermined, "--fail-on", "undetermined").ExitCode);
        Assert.Equal(CliApp.Success, CliRunner.Run("decide", "DC-36", Decided, Decided, "--fail-on", "undetermined").ExitCode);
    }

    [Fact]
    public void Decide_fails_on_an_undetermined_answer_only_when_asked()
    {
        Assert.Equal(CliApp.Success, CliRunner.Run("decide", "DC-36", Undetermined).ExitCode);
        Assert.Equal(CliApp.CheckFailed, CliRunner.Run("decide", "DC-36", Undetermined, "--fail-on", "undetermined").ExitCode);
        Assert.Equal(CliApp.Success, CliRunner.Run("decide", "DC-36", Decided, "--fail-on", "undetermined").ExitCode);
    }

    [Fact]
    public void Every_commands_help_shows_an_example()
    {
        var root = CliApp.CreateRoot(new CliContext(TextWriter.Null, TextWriter.Null));
        var paths = Walk(root, Array.Empty<string>()).ToList();
        Assert.Contains(paths, p => p.SequenceEqual(new[] { "working-days", "add" }));
        foreach (var path in paths)
        {
            var result = CliRunner.Run(path.Append("--help").ToArray());
            Assert.True(result.ExitCode == 0, $"'{string.Join(' ', path)} --help' exited {result.ExitCode}: {result.Error}");
            Assert.Contains("Example:\n  safeguarding-rules ", result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unwritable_standard_error_ends_the_run_with_the_internal_failure_code()
    {
        using var output = new StringWriter();
        int code = CliApp.Run(new[] { "deadlines", Path.Combine(scratch, "missing.json") }, output, new FailingWriter());
        Assert.Equal(CliApp.InternalFailure, code);
    }

    [Fact]
    public void An_unwritable_standard_output_ends_the_run_with_the_internal_failure_code_and_says_so()
    {
        using var error = new StringWriter();
        int code = CliApp.Run(new[] { "deadlines", ChildProtection, "--as-of", "2027-09-01" }, new FailingWriter(), error);
        Assert.Equal(CliApp.InternalFailure, code);
        Assert.Equal("error: internal failure: the output could not be written.", error.ToString().TrimEnd());
    }

    [Fact]
    public void A_real_run_with_standard_error_on_a_full_device_exits_70_without_an_abort()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // Only Linux has a full device; the in-process tests above cover the rest.
        }

        var cli = Path.Combine(AppContext.BaseDirectory, "safeguarding-rules.dll");
        Assert.True(File.Exists(cli), "the CLI is built beside the tests");
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("dotnet \"$0\" deadlines /no-such-folder/case.json 2>/dev/full; echo \"exit $?\"");
        start.ArgumentList.Add(cli);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal("exit 70", output.Trim());
    }

    [Fact]
    public void Every_error_line_loses_control_characters_and_stops_at_300_characters()
    {
        var line = CliApp.Sanitise("error: unknown field \"\u001b[2J\u0007x\u202e\" at $.a\r\nnext" + new string('k', 1_000_000));
        Assert.Equal(300, line.Length);
        Assert.StartsWith("error: unknown field \"[2Jx\" at $.a next", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
        Assert.Equal("error: a?b", CliApp.Sanitise("error: a\ud800b"));
    }

    private static System.Collections.Generic.IEnumerable<string[]> Walk(Command command, string[] path)
    {
        foreach (var sub in command.Subcommands)
        {
            var subPath = path.Append(sub.Name).ToArray();
            yield return subPath;
            foreach (var deeper in Walk(sub, subPath))
            {
                yield return deeper;
            }
        }
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

        public override void WriteLine(string? value) => throw new IOException("No space left on device");
    }
}
