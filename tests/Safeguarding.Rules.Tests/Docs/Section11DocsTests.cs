using System;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Documentation;
using Safeguarding.Rules.Section11;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Docs;

public class Section11DocsTests
{
    private static string Page(string name) => GeneratedDocs.Page(name);

    [Fact]
    public void The_section_11_page_has_a_checklist_for_every_agency_kind()
    {
        var page = Page("section11.md");
        Assert.All(AgencyKinds.All, k => Assert.Contains($"### {AgencyKinds.Name(k)} (`{AgencyKinds.Id(k)}`, ", page, StringComparison.Ordinal));
    }

    [Fact]
    public void The_section_11_page_states_the_RAG_rules_and_the_default_review_interval()
    {
        var page = Page("section11.md");
        Assert.Contains("## How a self-assessment is rated", page, StringComparison.Ordinal);
        Assert.Contains("| missing | Status `not-in-place`, or the arrangement is left out of the self-assessment (never silently passed). | red for a must or should; amber for a may |", page, StringComparison.Ordinal);
        Assert.Contains("The default is **12 months**", page, StringComparison.Ordinal);
        Assert.Contains("`s11-evidence-or-judgement`", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_11_page_quotes_every_arrangement_and_says_what_changed_since_2007()
    {
        var page = Page("section11.md");
        Assert.All(Section11Catalog.All.SelectMany(a => a.Citations), c => Assert.Contains("> " + c.Quote, page, StringComparison.Ordinal));
        Assert.Contains("## What changed from the 2007 section 11 guidance", page, StringComparison.Ordinal);
        Assert.Contains("#### L02 complaints-system", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_self_assessment_schema_is_JSON_that_names_every_arrangement_id_agency_kind_and_status()
    {
        using var schema = JsonDocument.Parse(Page("section11-self-assessment.schema.json"));
        var claim = schema.RootElement.GetProperty("properties").GetProperty("arrangements").GetProperty("items");
        Assert.Equal(Section11Catalog.All.Select(a => a.Id), claim.GetProperty("properties").GetProperty("id").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "in-place", "partly", "not-in-place", "not-applicable" }, claim.GetProperty("properties").GetProperty("status").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var kinds = schema.RootElement.GetProperty("properties").GetProperty("agencyKinds").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(AgencyKinds.All.Select(AgencyKinds.Id), kinds);
        Assert.Equal("notApplicableReason", claim.GetProperty("then").GetProperty("required")[0].GetString());
    }

    [Fact]
    public void The_index_lists_the_section_11_page()
    {
        Assert.Contains("[Section 11 arrangement checks](section11.md)", Page("README.md"), StringComparison.Ordinal);
    }
}
