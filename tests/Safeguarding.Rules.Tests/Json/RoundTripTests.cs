using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Safeguarding.Rules.Timescales;
using Xunit;

namespace Safeguarding.Rules.Tests.Json;

public sealed class RoundTripTests
{
    private static DeadlineReport SeriousIncidentReport()
    {
        using var file = File.OpenRead(Repository.PathTo("samples", "deadlines", "serious-incident-case.json"));
        var timeline = CaseFileReader.Read(file);
        return new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales, Readings.Default).Evaluate(timeline, new LocalDate(2027, 9, 1));
    }

    private static Determination CareLeaverDeath()
    {
        var rule = DecisionRules.Find("DC-40")!;
        using var file = File.OpenRead(Repository.PathTo("samples", "decisions", "care-leaver-death.json"));
        return rule.Evaluate(FactFile.Read(file, rule).Facts);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_consumer_writes_a_deadline_report_and_reads_it_back_to_the_same_document()
    {
        var written = SafeguardingJson.Write(SeriousIncidentReport());
        var read = SafeguardingJson.ReadDeadlineReport(Utf8(written));
        Assert.Equal(written, SafeguardingJson.Write(read));
        Assert.Equal(new LocalDate(2027, 9, 1), read.AsOf);
        var ofsted = read.Deadlines.Single(d => d.RuleId == "DL-16" && d.Obligation == "copy to Ofsted");
        Assert.Equal((DeadlineStatus.MetLate, Force.Should, 4), (ofsted.Status, ofsted.Force, ofsted.Days));
    }

    [Fact]
    public void A_consumer_writes_a_determination_and_reads_it_back_to_the_same_document()
    {
        var written = SafeguardingJson.Write(CareLeaverDeath());
        var read = SafeguardingJson.ReadDetermination(Utf8(written));
        Assert.Equal(written, SafeguardingJson.Write(read));
        Assert.Equal(("DC-40", Outcome.Yes), (read.RuleId, read.Answer));
        Assert.All(read.Source, c => Assert.Equal("2026 (March 2026)", c.Edition));
    }

    [Fact]
    public void Compact_layout_writes_one_document_per_line()
    {
        var compact = SafeguardingJson.Write(SeriousIncidentReport(), JsonLayout.Compact);
        Assert.EndsWith("}\n", compact, System.StringComparison.Ordinal);
        Assert.Single(compact.TrimEnd('\n').Split('\n'));
        Assert.Equal(SafeguardingJson.Write(SafeguardingJson.ReadDeadlineReport(Utf8(compact)), JsonLayout.Compact), compact);
    }

    [Fact]
    public void Writing_to_a_text_writer_streams_the_same_text_as_writing_a_string()
    {
        var report = SeriousIncidentReport();
        using var writer = new StringWriter();
        SafeguardingJson.Write(writer, report);
        Assert.Equal(SafeguardingJson.Write(report), writer.ToString());
        using var compact = new StringWriter();
        SafeguardingJson.Write(compact, report, JsonLayout.Compact);
        Assert.Equal(SafeguardingJson.Write(report, JsonLayout.Compact), compact.ToString());
    }

    [Fact]
    public void Every_value_is_kebab_case_every_date_is_iso_and_the_rule_is_named_not_embedded()
    {
        using var json = JsonDocument.Parse(SafeguardingJson.Write(SeriousIncidentReport()));
        var root = json.RootElement;
        Assert.Equal(SafeguardingJson.SchemaVersion, root.GetProperty("schemaVersion").GetString());
        Assert.Equal("2027-09-01", root.GetProperty("asOf").GetString());
        var statuses = root.GetProperty("deadlines").EnumerateArray().Select(d => d.GetProperty("status").GetString()!).ToArray();
        Assert.Contains("met-late", statuses);
        Assert.All(statuses, s => Assert.Matches("^[a-z]+(-[a-z]+)*$", s));
        Assert.All(root.GetProperty("deadlines").EnumerateArray(), d =>
        {
            Assert.Matches("^(working-days|calendar-days)$", d.GetProperty("daysUnit").GetString());
            Assert.False(d.TryGetProperty("rule", out _));
            Assert.All(d.GetProperty("citations").EnumerateArray(), c => Assert.Equal(
                new[] { "document", "edition", "location", "force", "quote" },
                c.EnumerateObject().Select(p => p.Name)));
        });
    }

    [Fact]
    public void A_determination_is_small_because_it_names_its_rule_instead_of_embedding_it()
    {
        var written = SafeguardingJson.Write(CareLeaverDeath(), JsonLayout.Compact);
        Assert.True(written.Length < 20_000, $"{written.Length} characters");
    }

    [Fact]
    public void A_document_with_a_field_it_does_not_define_is_rejected_by_path()
    {
        var written = SafeguardingJson.Write(CareLeaverDeath(), JsonLayout.Compact).Replace("{\"schemaVersion\"", "{\"surprise\":1,\"schemaVersion\"", System.StringComparison.Ordinal);
        var ex = Assert.Throws<SafeguardingJsonException>(() => SafeguardingJson.ReadDetermination(Utf8(written)));
        Assert.DoesNotContain("\n", ex.Message, System.StringComparison.Ordinal);
    }
}
