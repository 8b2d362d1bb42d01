using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

public class CalendarCommandTests
{
    [Fact]
    public void Adding_one_working_day_to_Christmas_Eve_2026_prints_Tuesday_29_December()
    {
        var result = CliRunner.Run("working-days", "add", "2026-12-24", "1");
        Assert.Equal((0, "2026-12-29\n", ""), (result.ExitCode, result.Output, result.Error));
    }

    [Fact]
    public void A_negative_count_subtracts()
    {
        Assert.Equal("2026-12-24\n", CliRunner.Run("working-days", "add", "2026-12-29", "-1").Output);
    }

    [Theory]
    [InlineData("2026-12-24", "2026-12-29", "1")]
    [InlineData("2026-12-29", "2026-12-24", "-1")]
    public void Between_counts_working_days_after_the_first_date_up_to_the_second(string from, string to, string expected)
    {
        var result = CliRunner.Run("working-days", "between", from, to);
        Assert.Equal((0, expected + "\n"), (result.ExitCode, result.Output));
    }

    [Theory]
    [InlineData("2026-12-28", "no\tBoxing Day\n")]
    [InlineData("2026-12-29", "yes\n")]
    [InlineData("2026-12-26", "no\tSaturday\n")]
    public void Is_says_yes_or_no_and_why(string date, string expected)
    {
        Assert.Equal(expected, CliRunner.Run("working-days", "is", date).Output);
    }

    [Fact]
    public void Holidays_as_text_print_one_line_each_with_date_name_and_kind_in_date_order()
    {
        var result = CliRunner.Run("holidays", "--from", "2012", "--to", "2027");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Contains("2012-06-05\tQueen’s Diamond Jubilee\tone-off", lines);
        Assert.Contains("2027-12-28\tBoxing Day\tsubstitute", lines);
        Assert.Contains("2020-05-08\tEarly May bank holiday (VE day)\tmoved", lines);
        Assert.Equal(lines.OrderBy(l => l, StringComparer.Ordinal), lines);
        Assert.All(lines, l => Assert.Equal(3, l.Split('\t').Length));
    }

    [Fact]
    public void Holidays_as_json_are_objects_with_date_name_kind_and_provisional()
    {
        var result = CliRunner.Run("holidays", "--from", "2028", "--to", "2029", "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var items = json.RootElement.GetProperty("holidays").EnumerateArray().ToArray();
        Assert.Equal(16, items.Length);
        Assert.Equal(new[] { "date", "name", "kind", "provisional" }, items[0].EnumerateObject().Select(p => p.Name));
        Assert.False(items.First().GetProperty("provisional").GetBoolean());
        Assert.True(items.Last().GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("malformed date", "working-days", "add", "2026-02-30", "1")]
    [InlineData("year outside the range", "holidays", "--from", "1999")]
    [InlineData("date outside the range", "working-days", "is", "2100-01-01")]
    [InlineData("missing argument", "working-days", "add", "2026-12-24")]
    [InlineData("extra argument", "working-days", "add", "2026-12-24", "1", "2")]
    [InlineData("unknown format", "holidays", "--from", "2026", "--format", "xml")]
    [InlineData("unknown command", "calendar")]
    [InlineData("no command", new string[0])]
    [InlineData("result outside the range", "working-days", "add", "2099-12-30", "5")]
    [InlineData("years in the wrong order", "holidays", "--from", "2027", "--to", "2026")]
    public void Bad_input_prints_one_line_on_stderr_and_exits_2(string problem, params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 2, problem);
        Assert.Equal(string.Empty, result.Output);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_date_names_the_field_and_the_expected_form()
    {
        Assert.Equal("error: date: expected a date as yyyy-mm-dd.\n", CliRunner.Run("working-days", "add", "24/12/2026", "1").Error);
    }
}
