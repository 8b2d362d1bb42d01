using System.IO;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Tests.Cli;
using Xunit;

namespace Safeguarding.Rules.Tests.Json;

/// <summary>The cases a fuzzer found: every reader failure is one plain line naming a path, never an internal failure or an echoed value.</summary>
public sealed class ReaderRobustnessTests
{
    private const string LoneSurrogate = "\"\\ud800\"";
    private static readonly string Escape = "\\u001b[2J";
    private static readonly string LongKey = new('k', 5000);

    private static DecisionRule DC40 => DecisionRules.Find("DC-40")!;

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "case", $$"""{ "events": [ { "type": {{LoneSurrogate}}, "date": "2026-11-02" } ] }""", "$.events[0].type: not valid text" },
        { "case", $$"""{ "events": [ { "type": "referral-received", "date": {{LoneSurrogate}} } ] }""", "$.events[0].date: not valid text" },
        { "case", $$"""{ "events": [ { "type": "incident-awareness", "date": "2026-11-02", "partner": {{LoneSurrogate}} } ] }""", "$.events[0].partner: not valid text" },
        { "case", $$"""{ {{LoneSurrogate}}: 1, "events": [] }""", "$[?]: an unknown field" },
        { "case", $$"""{ "{{Escape}}": 1, "events": [] }""", "$[?]: an unknown field" },
        { "case", $$"""{ "{{LongKey}}": 1, "events": [] }""", "$[?]: an unknown field" },
        { "case", $$"""{ "events": [ { "type": "referral-received", "date": "2026-11-02", "{{Escape}}": 1 } ] }""", "$.events[0][?]: an unknown field" },
        { "facts", $$"""{ "facts": { {{LoneSurrogate}}: true } }""", "$.facts[?]: an unknown fact" },
        { "facts", $$"""{ "facts": { "{{Escape}}": true } }""", "$.facts[?]: an unknown fact" },
        { "facts", $$"""{ "facts": { "{{LongKey}}": true } }""", "$.facts[?]: an unknown fact" },
        { "facts", $$"""{ "{{Escape}}": 1, "facts": {} }""", "$[?]: an unknown field" },
        { "facts", $$"""{ "facts": { "death-kind": {{LoneSurrogate}} } }""", "$.facts.death-kind: " },
        { "assessment", $$"""{ "organisation": {{LoneSurrogate}}, "agencyKinds": ["school"], "arrangements": [] }""", "$.organisation: not valid text" },
        { "assessment", $$"""{ "{{Escape}}": 1, "organisation": "A school", "agencyKinds": ["school"], "arrangements": [] }""", "$[?]: an unknown field" },
        { "assessment", $$"""{ "organisation": "A school", "agencyKinds": [{{LoneSurrogate}}], "arrangements": [] }""", "$.agencyKinds[0]: not valid text" },
        { "assessment", $$"""{ "organisation": "A school", "agencyKinds": ["{{Escape}}"], "arrangements": [] }""", "$.agencyKinds[0]: unknown agency kind; valid kinds: school," },
        { "assessment", """{ "organisation": "A school", "agencyKinds": [], "arrangements": [] }""", "$.agencyKinds: at least one agency kind is required" },
        { "assessment", $$"""{ "organisation": "A school", "agencyKinds": ["school"], "arrangements": [ { "id": {{LoneSurrogate}}, "status": "in-place" } ] }""", "$.arrangements[0].id: not valid text" },
        { "assessment", $$"""{ "organisation": "A school", "agencyKinds": ["school"], "arrangements": [ { "id": "{{Escape}}", "status": "in-place" } ] }""", "$.arrangements[0].id: an unknown arrangement id" },
        { "assessment", $$"""{ "organisation": "A school", "agencyKinds": ["school"], "arrangements": [ { "id": "{{LongKey}}", "status": "in-place" } ] }""", "$.arrangements[0].id: an unknown arrangement id" },
        { "assessment", $$"""{ "organisation": "A school", "agencyKinds": ["school"], "arrangements": [ { "id": "escalation-policy", "status": "in-place", "evidence": [{{LoneSurrogate}}] } ] }""", "$.arrangements[0].evidence[0]: not valid text" },
    };

    private static SafeguardingJsonException Read(string reader, string json)
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return reader switch
        {
            "case" => Assert.Throws<SafeguardingJsonException>(() => CaseFileReader.Read(stream)),
            "facts" => Assert.Throws<SafeguardingJsonException>(() => FactFile.Read(stream, DC40)),
            _ => Assert.Throws<SafeguardingJsonException>(() => SelfAssessmentReader.Read(stream)),
        };
    }

    private static void AssertPlainLine(string message)
    {
        Assert.True(message.Length <= 300, $"{message.Length} characters");
        Assert.DoesNotContain(message, c => char.IsControl(c));
        Assert.DoesNotContain("kkkkkkkkkk", message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("[2J", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_reader_turns_a_lone_surrogate_or_a_key_that_is_not_a_name_into_one_plain_line_naming_the_path(string reader, string json, string expectedStart)
    {
        var ex = Read(reader, json);
        Assert.StartsWith(expectedStart, ex.Message, System.StringComparison.Ordinal);
        AssertPlainLine(ex.Message);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void The_CLI_reports_the_same_input_as_bad_input_with_exit_2_never_an_internal_failure(string reader, string json, string expectedStart)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fuzz-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        try
        {
            var result = reader switch
            {
                "case" => CliRunner.Run("deadlines", path, "--as-of", "2027-01-01"),
                "facts" => CliRunner.Run("decide", "DC-40", path),
                _ => CliRunner.Run("section11", "check", path, "--as-of", "2026-09-01"),
            };
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: " + expectedStart, result.Error.Substring(0, System.Math.Min(result.Error.Length, expectedStart.Length + 7)));
            var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
            AssertPlainLine(line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_key_that_looks_like_a_name_is_named_so_that_a_typo_is_easy_to_fix()
    {
        var ex = Read("case", """{ "evnts": [] }""");
        Assert.Equal("$: unknown field \"evnts\"; valid fields: $schema, case, description, events.", ex.Message);
    }

    [Fact]
    public void A_shared_vocabulary_fact_the_rule_does_not_read_is_ignored_and_listed()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "facts": { "died": true, "looked-after": false, "age": 17 } }"""));
        var file = FactFile.Read(stream, DC40);
        Assert.Equal(new[] { "looked-after", "age" }, file.IgnoredFacts);
        Assert.Equal(new[] { "died" }, file.Facts.KnownNames);
    }

    [Fact]
    public void A_shared_vocabulary_fact_the_rule_does_not_read_must_still_have_the_right_type()
    {
        var ex = Read("facts", """{ "facts": { "looked-after": "yes" } }""");
        Assert.Equal("$.facts.looked-after: must be true or false, or null when unknown.", ex.Message);
    }

    [Fact]
    public void A_fact_outside_the_vocabulary_is_rejected_with_the_nearest_valid_name()
    {
        var ex = Read("facts", """{ "facts": { "lookd-after": true } }""");
        Assert.StartsWith("$.facts.lookd-after: unknown fact \"lookd-after\"; did you mean \"looked-after\"?", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_lists_the_ignored_facts_in_text_and_in_json()
    {
        var path = Path.Combine(Path.GetTempPath(), $"facts-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "facts": { "care-leaver": true, "died": true, "age-at-death-or-harm": 24, "looked-after": false } }""");
        try
        {
            var text = CliRunner.Run("decide", "DC-40", path);
            Assert.Equal(0, text.ExitCode);
            Assert.Contains("Facts ignored (in the shared vocabulary, not read by DC-40): looked-after", text.Output, System.StringComparison.Ordinal);
            var json = CliRunner.Run("decide", "DC-40", path, "--format", "json");
            using var document = System.Text.Json.JsonDocument.Parse(json.Output);
            Assert.Equal(new[] { "looked-after" }, document.RootElement.GetProperty("ignoredFacts").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
