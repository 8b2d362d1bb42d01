using System;
using System.IO;
using System.Linq;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Documentation.Coverage;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Docs;

public class CoverageMapTests
{
    [Fact]
    public void Every_paragraph_or_box_that_says_must_has_a_rule_that_cites_it_or_a_reason_none_does()
    {
        var bare = CoverageModel.Passages().Where(p => p.Unit.Force == Force.Must && p.IsUnreviewed).Select(p => p.Unit.Key).ToArray();
        Assert.True(bare.Length == 0, "no rule cites and no row of CoverageMap.Passages explains: " + string.Join(", ", bare));
    }

    [Fact]
    public void Every_paragraph_or_box_a_rule_cites_is_on_the_map()
    {
        var onTheMap = CoverageModel.Passages().Select(p => p.Unit.Key).ToHashSet(StringComparer.Ordinal);
        var missing = CoverageModel.Citations()
            .Where(c => c.Key is not null && !onTheMap.Contains(c.Key))
            .Select(c => $"{c.Rule.Id} cites {c.Citation.Location}")
            .Distinct()
            .ToArray();
        Assert.True(missing.Length == 0, "cited but not on the map (a box the map does not list? add it to CoverageMap.Boxes): " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_place_a_rule_cites_in_Working_Together_2026_is_a_paragraph_a_box_a_footnote_or_the_title_page()
    {
        var unknown = CoverageModel.Citations()
            .Where(c => c.Key is null && !c.Citation.Location.StartsWith("footnote ", StringComparison.Ordinal) && c.Citation.Location != "Title page")
            .Select(c => $"{c.Rule.Id}: {c.Citation.Location}")
            .Distinct()
            .ToArray();
        Assert.True(unknown.Length == 0, "the map cannot place: " + string.Join("; ", unknown));
    }

    [Fact]
    public void Every_inventory_id_appears_on_the_coverage_page_encoded_or_with_its_reason()
    {
        var ids = File.ReadAllLines(Repository.PathTo("tests", "Safeguarding.Rules.Tests", "Docs", "TestData", "wt2026-inventory-ids.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t')[0])
            .ToArray();
        Assert.Equal(286, ids.Length);
        var page = GeneratedDocs.Page("coverage.md");
        var listed = CoverageModel.Inventory().ToDictionary(e => e.Id, StringComparer.Ordinal);
        var missing = ids.Where(id => !page.Contains($"\n| {id} | ", StringComparison.Ordinal) || !listed.ContainsKey(id)).ToArray();
        Assert.True(missing.Length == 0, "not on the map: " + string.Join(", ", missing));
        var unexplained = listed.Values.Where(e => e.Rules.Count == 0 && e.Row?.Reason is null).Select(e => e.Id).ToArray();
        Assert.True(unexplained.Length == 0, "neither a rule nor a reason: " + string.Join(", ", unexplained));
        var unknown = listed.Keys.Except(ids, StringComparer.Ordinal).ToArray();
        Assert.True(unknown.Length == 0, "the map lists ids the inventory does not have: " + string.Join(", ", unknown));
    }

    [Fact]
    public void An_inventory_entry_a_rule_now_carries_as_its_id_has_no_reason_row_left()
    {
        var stale = CoverageMap.Inventory.Where(row => RuleCatalog.Rules.Any(r => CoverageModel.InventoryId(r.Id) == row.Id)).Select(row => row.Id).ToArray();
        Assert.True(stale.Length == 0, "delete these rows of CoverageMap.Inventory, a rule carries the id: " + string.Join(", ", stale));
    }

    [Fact]
    public void An_inventory_entry_encoded_under_other_ids_names_rules_the_catalogue_has()
    {
        var unknown = CoverageMap.Inventory.SelectMany(row => row.EncodedBy.Where(id => RuleCatalog.Find(id) is null).Select(id => $"{row.Id} → {id}")).ToArray();
        Assert.True(unknown.Length == 0, "no such rule: " + string.Join(", ", unknown));
        Assert.All(CoverageMap.Inventory, row => Assert.True(row.Reason is not null ^ row.EncodedBy.Count > 0, $"{row.Id} needs a reason or rules, not both"));
    }

    [Fact]
    public void A_duty_out_of_the_librarys_scope_says_whose_it_is_and_every_reason_has_a_note()
    {
        Assert.All(CoverageMap.Passages, p => Assert.True(p.Reason != CoverageReason.OutOfScope || !string.IsNullOrWhiteSpace(p.Whose), $"{p.Key}: whose?"));
        Assert.All(CoverageMap.Inventory, r => Assert.True(r.Reason != CoverageReason.OutOfScope || !string.IsNullOrWhiteSpace(r.Whose), $"{r.Id}: whose?"));
        Assert.All(CoverageMap.Passages, p => Assert.False(string.IsNullOrWhiteSpace(p.Note), p.Key));
        Assert.All(CoverageMap.Inventory, r => Assert.False(string.IsNullOrWhiteSpace(r.Note), r.Id));
    }

    [Fact]
    public void Every_reason_row_names_a_paragraph_or_box_of_the_text_that_uses_a_modal_word_once()
    {
        var units = GuidanceUnits.All.ToDictionary(u => u.Key, StringComparer.Ordinal);
        Assert.All(CoverageMap.Passages, p => Assert.True(units.TryGetValue(p.Key, out var unit) && unit.Force is not null, $"{p.Key} is not a duty-bearing paragraph or box of the text"));
        var twice = CoverageMap.Passages.GroupBy(p => p.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(twice.Length == 0, "listed twice: " + string.Join(", ", twice));
    }

    [Fact]
    public void The_scan_finds_paragraphs_1_to_456_once_each_and_every_listed_box_under_its_heading()
    {
        var paragraphs = GuidanceUnits.All.Where(u => u.Kind == GuidanceUnitKind.Paragraph).Select(u => u.Number).ToArray();
        Assert.Equal(Enumerable.Range(1, 456), paragraphs);
        var boxes = GuidanceUnits.All.Where(u => u.Kind == GuidanceUnitKind.Box).Select(u => u.Key).ToArray();
        Assert.Equal(CoverageMap.Boxes.Select(b => GuidanceUnits.BoxKey(b.Title)), boxes);
    }

    [Fact]
    public void A_box_runs_from_its_heading_to_the_next_box_so_the_social_worker_lead_stands_in_the_strategy_discussion_box()
    {
        var units = GuidanceUnits.All.ToDictionary(u => u.Key, StringComparer.Ordinal);
        Assert.Contains("The lead practitioner for section 47 enquiries should be a social worker", units["box 'Strategy discussion'"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("The lead practitioner for section 47 enquiries should be a social worker", units["box 'Initiating section 47 enquiries'"].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Flow chart", units["box 'Initiating pre-proceedings'"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_numbers_paragraph_31_twice_and_the_map_reads_both_as_paragraph_31()
    {
        var paragraph31 = GuidanceUnits.All.Single(u => u.Key == "paragraph 31");
        Assert.Contains("Information sharing is also essential", paragraph31.Text, StringComparison.Ordinal);
        Assert.Contains("Practitioners must have due regard to the relevant data protection principles", paragraph31.Text, StringComparison.Ordinal);
        Assert.Equal(Force.Must, paragraph31.Force);
    }

    [Theory]
    [InlineData("Schools must notify the local authority.", Force.Must)]
    [InlineData("They should consider it, and may ask.", Force.Should)]
    [InlineData("Partners may decide to meet.", Force.May)]
    [InlineData("Police and Crime Commissioners until May 2028.", null)]
    [InlineData("It is essential that these arrangements are strongly led.", null)]
    public void A_passage_carries_the_strongest_modal_word_it_uses(string text, Force? force) =>
        Assert.Equal(force, GuidanceUnits.StrongestModal(text));

    [Fact]
    public void The_coverage_page_gives_counts_by_chapter_and_by_force_before_the_passages()
    {
        var page = GeneratedDocs.Page("coverage.md");
        int chapterCounts = page.IndexOf("## Counts by chapter", StringComparison.Ordinal);
        int forceCounts = page.IndexOf("## Counts by force", StringComparison.Ordinal);
        int firstChapter = page.IndexOf("\n## Chapter 1: A shared responsibility", StringComparison.Ordinal);
        Assert.True(chapterCounts > 0 && forceCounts > chapterCounts && firstChapter > forceCounts, "counts come first");
        var must = CoverageModel.Passages().Count(p => p.Unit.Force == Force.Must);
        Assert.Contains($"| must | {must} |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_a_rule_cites_shows_the_rule_and_one_no_rule_cites_shows_its_reason_and_whose_it_is()
    {
        var page = GeneratedDocs.Page("coverage.md");
        Assert.Matches(@"\n\| paragraph 167 \| [0-9]+ \| [a-z]+ \| [^|]*\[DL-01\]\(timescales\.md#dl-01\)", page);
        Assert.Contains("| paragraph 417 |", page, StringComparison.Ordinal);
        Assert.Contains("out of scope, the Child Safeguarding Practice Review Panel's: the decision to commission a national review", page, StringComparison.Ordinal);
        Assert.Contains("| DC-02 | `unborn-child-scope` | — | not yet encoded: ", page, StringComparison.Ordinal);
        Assert.Contains("| DC-13 | — | [DC-13](decisions.md#dc-13) |", page, StringComparison.Ordinal);
    }
}
