using System;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Documentation;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Docs;

public class DecisionDocsTests
{
    private static string Page(string name) => GeneratedDocs.Page(name);

    [Fact]
    public void The_decisions_page_has_a_section_for_every_rule_with_its_conditions_consequences_and_interpretations()
    {
        var page = Page("decisions.md");
        Assert.All(DecisionRules.All, r => Assert.Contains($"### {r.Id}: {r.Title}", page, StringComparison.Ordinal));
        Assert.All(DecisionInterpretations.All, i => Assert.Contains($"(`{i.Id}`)", page, StringComparison.Ordinal));
        Assert.Contains("| `limb-b` | While normally resident in the local authority's area, the child died or was seriously harmed outside England |", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decisions_page_draws_the_serious_incident_and_child_death_paths()
    {
        var page = Page("decisions.md");
        Assert.Equal(2, page.Split("```mermaid").Length - 1);
        foreach (var step in new[] { "DC-36", "DL-13", "DC-52", "DL-14", "DC-53", "DL-15", "DL-16", "DC-42", "DC-43", "DC-41", "DL-21", "DL-22" })
        {
            Assert.Contains(step, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_fact_schema_lists_each_rules_facts_with_their_types()
    {
        using var schema = JsonDocument.Parse(Page("decision-facts.schema.json"));
        var defs = schema.RootElement.GetProperty("$defs");
        Assert.All(DecisionRules.All, r =>
        {
            var facts = defs.GetProperty(r.Id).GetProperty("properties").GetProperty("facts").GetProperty("properties");
            Assert.Equal(r.Facts.Select(f => f.Name), facts.EnumerateObject().Select(p => p.Name));
        });
        var age = defs.GetProperty("DC-40").GetProperty("properties").GetProperty("facts").GetProperty("properties").GetProperty("age-at-death-or-harm");
        Assert.Equal((0, 130), (age.GetProperty("minimum").GetInt32(), age.GetProperty("maximum").GetInt32()));
    }
}
