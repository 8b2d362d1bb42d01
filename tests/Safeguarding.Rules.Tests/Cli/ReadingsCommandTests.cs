using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Catalog;
using Xunit;

namespace Safeguarding.Rules.Tests.Cli;

/// <summary>Readings on the command line: listed by `rules readings`, chosen by the one `--reading` flag.</summary>
public class ReadingsCommandTests
{
    [Fact]
    public void Rules_readings_lists_every_choosable_interpretation_with_its_default_and_alternatives()
    {
        var result = CliRunner.Run("rules", "readings");
        Assert.Equal(0, result.ExitCode);
        foreach (var interpretation in RuleCatalog.ChoosableInterpretations)
        {
            Assert.Contains($"{interpretation.Id}\tdefault {interpretation.DefaultId}\t", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("at-04-incident-awareness\tdefault earliest-safeguarding-partner\talso local-authority\t", result.Output, StringComparison.Ordinal);
        Assert.Contains("census-core-group\tdefault not-in-census\talso evaluate\t", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_readings_as_json_names_the_rules_each_reading_affects()
    {
        using var json = JsonDocument.Parse(CliRunner.Run("rules", "readings", "--format", "json").Output);
        var s47 = json.RootElement.GetProperty("interpretations").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "s47-area-test");
        Assert.Equal("as-footnote-47", s47.GetProperty("default").GetString());
        Assert.Equal(new[] { "area-test-on-every-limb" }, s47.GetProperty("alternatives").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(new[] { "DC-04" }, s47.GetProperty("rules").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Decide_takes_a_reading_and_its_json_lists_the_readings_and_the_edition()
    {
        var path = Path.Combine(Path.GetTempPath(), $"facts-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "facts": { "emergency-protection-order": true, "reasonable-cause-to-suspect-significant-harm": false, "police-protection": false } }""");
        try
        {
            Assert.Contains("Answer: yes", CliRunner.Run("decide", "DC-04", path).Output, StringComparison.Ordinal);
            var chosen = CliRunner.Run("decide", "DC-04", path, "--reading", "s47-area-test=area-test-on-every-limb");
            Assert.Contains("Answer: undetermined", chosen.Output, StringComparison.Ordinal);
            Assert.Contains("Readings applied: s47-area-test=area-test-on-every-limb (chosen)", chosen.Output, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(CliRunner.Run("decide", "DC-04", path, "--format", "json").Output);
            Assert.Equal("working-together-2026", json.RootElement.GetProperty("appliedEditions")[0].GetString());
            var reading = json.RootElement.GetProperty("readings")[0];
            Assert.Equal(("s47-area-test", "as-footnote-47", false), (reading.GetProperty("interpretation").GetString(), reading.GetProperty("reading").GetString(), reading.GetProperty("chosen").GetBoolean()));
            Assert.Equal("2026 (March 2026)", json.RootElement.GetProperty("source")[0].GetProperty("edition").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
