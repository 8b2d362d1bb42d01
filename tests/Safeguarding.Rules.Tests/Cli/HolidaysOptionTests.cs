using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

/// <summary>
/// <c>--holidays FILE</c> on every command that counts working days: GOV.UK's bank-holiday JSON corrects the calendar
/// (Json/TestData/govuk-bank-holidays-2029-2030.json: a one-off holiday on 15 June 2029, the 2030 early May holiday
/// moved to 10 May); without it, holidays the government has not announced are marked provisional.
/// </summary>
public sealed class HolidaysOptionTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Json", "TestData", "govuk-bank-holidays-2029-2030.json");
    private readonly string scratch = Directory.CreateTempSubdirectory("safeguarding-rules-holidays-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void Holidays_in_a_year_not_yet_announced_are_marked_provisional_in_the_text_output()
    {
        var lines = CliRunner.Run("holidays", "--from", "2028", "--to", "2029").Output.TrimEnd('\n').Split('\n');
        Assert.All(lines.Where(l => l.StartsWith("2028", StringComparison.Ordinal)), l => Assert.Equal(3, l.Split('\t').Length));
        Assert.All(lines.Where(l => l.StartsWith("2029", StringComparison.Ordinal)), l => Assert.EndsWith("\tprovisional", l, StringComparison.Ordinal));
        Assert.Contains("2029-12-25\tChristmas Day\tregular\tprovisional", lines);
    }

    [Fact]
    public void Holidays_from_a_GOV_UK_file_are_listed_as_announced_with_its_one_off_and_moved_days()
    {
        var result = CliRunner.Run("holidays", "--from", "2029", "--to", "2030", "--holidays", Fixture);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(17, lines.Length);
        Assert.DoesNotContain(lines, l => l.EndsWith("provisional", StringComparison.Ordinal));
        Assert.Contains("2029-06-15\tBank holiday for the fixture’s one-off celebration\tone-off", lines);
        Assert.Contains("2030-05-10\tEarly May bank holiday (moved)\tmoved", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("2030-05-06", StringComparison.Ordinal));
    }

    [Fact]
    public void Working_day_arithmetic_follows_the_file()
    {
        Assert.Equal("no\tEarly May bank holiday\n", CliRunner.Run("working-days", "is", "2030-05-06").Output);
        Assert.Equal("yes\n", CliRunner.Run("working-days", "is", "2030-05-06", "--holidays", Fixture).Output);
        Assert.Equal("2029-06-18\n", CliRunner.Run("working-days", "add", "2029-06-14", "1", "--holidays", Fixture).Output);
        Assert.Equal("2029-06-15\n", CliRunner.Run("working-days", "add", "2029-06-14", "1").Output);
        Assert.Equal("1\n", CliRunner.Run("working-days", "between", "2029-06-14", "2029-06-18", "--holidays", Fixture).Output);
    }

    [Fact]
    public void A_due_date_counted_across_a_provisional_holiday_is_marked_and_the_holidays_named()
    {
        var path = Write("""{ "events": [ { "type": "referral-received", "date": "2029-12-24" } ] }""");
        var result = CliRunner.Run("deadlines", path, "--as-of", "2029-12-24");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2029-12-27 (provisional)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Due dates counted across provisional bank holidays", result.Output, StringComparison.Ordinal);
        Assert.Contains("counts across 2029-12-25, 2029-12-26", result.Output, StringComparison.Ordinal);

        var confirmed = CliRunner.Run("deadlines", path, "--as-of", "2029-12-24", "--holidays", Fixture);
        Assert.Equal(0, confirmed.ExitCode);
        Assert.Contains("2029-12-27", confirmed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("provisional", confirmed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void In_json_a_due_date_counted_across_provisional_holidays_lists_them_and_a_confirmed_one_lists_none()
    {
        var path = Write("""{ "events": [ { "type": "referral-received", "date": "2029-12-24" } ] }""");
        using var provisional = System.Text.Json.JsonDocument.Parse(CliRunner.Run("deadlines", path, "--as-of", "2029-12-24", "--format", "json").Output);
        var entry = provisional.RootElement.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "DL-01");
        Assert.Equal(new[] { "2029-12-25", "2029-12-26" }, entry.GetProperty("provisionalHolidays").EnumerateArray().Select(d => d.GetString()));

        using var confirmed = System.Text.Json.JsonDocument.Parse(CliRunner.Run("deadlines", path, "--as-of", "2029-12-24", "--format", "json", "--holidays", Fixture).Output);
        var same = confirmed.RootElement.GetProperty("deadlines").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "DL-01");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, same.GetProperty("provisionalHolidays").ValueKind);
    }

    [Fact]
    public void A_due_date_in_an_announced_year_is_not_marked()
    {
        var path = Write("""{ "events": [ { "type": "referral-received", "date": "2026-12-24" } ] }""");
        Assert.DoesNotContain("provisional", CliRunner.Run("deadlines", path, "--as-of", "2026-12-24").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holidays", "--from", "2029")]
    [InlineData("working-days", "is", "2029-06-15")]
    [InlineData("deadlines", "CASE", "--as-of", "2029-12-24")]
    [InlineData("caseload", "CASE")]
    public void A_file_that_is_missing_or_not_in_GOV_UK_format_is_one_line_naming_the_option_and_the_json_path(params string[] args)
    {
        var @case = Write("""{ "events": [] }""");
        string[] With(string file) => args.Select(a => a == "CASE" ? @case : a).Concat(new[] { "--holidays", file }).ToArray();

        var missing = CliRunner.Run(With(Path.Combine(scratch, "secret-name.json")));
        Assert.Equal((2, "error: --holidays: no such file.\n"), (missing.ExitCode, missing.Error));

        var scottish = CliRunner.Run(With(Write("""{ "scotland": { "division": "scotland", "events": [ { "title": "secret", "date": "2029-11-30" } ] } }""")));
        Assert.Equal((2, "error: --holidays: $.england-and-wales: missing: the file holds no England and Wales division.\n"), (scottish.ExitCode, scottish.Error));

        var bad = CliRunner.Run(With(Write("""{ "england-and-wales": { "events": [ { "title": "X", "date": "secret" } ] } }""")));
        Assert.Equal((2, "error: --holidays: $.england-and-wales.events[0].date: not a date, YYYY-MM-DD.\n"), (bad.ExitCode, bad.Error));
        Assert.Equal(string.Empty, bad.Output);
    }

    private string Write(string content)
    {
        var path = Path.Combine(scratch, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
