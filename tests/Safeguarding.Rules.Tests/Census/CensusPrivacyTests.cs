using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Tests.Cli;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Census;

/// <summary>No report, in any format, repeats a UPN, a birth date or any other personal value from the census.</summary>
public sealed class CensusPrivacyTests : System.IDisposable
{
    private static readonly string[] PersonalFields = { "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "PersonDeathDate", "GenderCurrent", "Sex", "Ethnicity" };

    private readonly string directory = Directory.CreateTempSubdirectory("census-privacy-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    public static TheoryData<string, string> Runs()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "text", "json", "csv", "markdown", "junit" })
        {
            data.Add(format, string.Empty);
            data.Add(format, "clocks-before-commencement=apply-current-edition");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void No_output_contains_a_UPN_a_birth_date_or_another_personal_value_from_a_generated_census(string format, string reading)
    {
        var file = Path.Combine(directory, "census.xml");
        Assert.Equal(0, CliRunner.Run("census", "generate", "--children", "400", "--seed", "20260301", "--year", "2027", "--out", file).ExitCode);
        var personal = PersonalValues(file, includeCodes: false);
        Assert.True(personal.Count > 500, "the generated census should carry personal values to look for");

        var args = new List<string> { "caseload", file, "--format", format };
        if (reading.Length > 0)
        {
            args.AddRange(new[] { "--reading", reading });
        }

        var result = CliRunner.Run(args.ToArray());
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("C0000001", File.ReadAllText(file), System.StringComparison.Ordinal);
        var leaked = personal.Where(v => result.Output.Contains(v, System.StringComparison.Ordinal) || result.Error.Contains(v, System.StringComparison.Ordinal)).ToArray();
        Assert.True(leaked.Length == 0, $"{leaked.Length} personal values appear in the {format} report");
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("markdown")]
    [InlineData("junit")]
    public void No_output_on_the_messy_sample_contains_a_personal_value(string format)
    {
        var file = Repository.PathTo("samples", "census", "cin-census-sample.xml");
        var personal = PersonalValues(file, includeCodes: false);
        var result = CliRunner.Run("caseload", file, "--format", format);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(personal, v => result.Output.Contains(v, System.StringComparison.Ordinal));
    }

    private static HashSet<string> PersonalValues(string file, bool includeCodes)
    {
        var values = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in XDocument.Load(file).Descendants().Where(e => PersonalFields.Contains(e.Name.LocalName)))
        {
            var value = element.Value.Trim();
            // One-character codes (a Sex of M) cannot be told from ordinary text; the dates and numbers can.
            if (value.Length > 3 || includeCodes)
            {
                values.Add(value);
            }
        }

        return values;
    }
}
