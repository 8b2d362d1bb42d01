using System;
using System.Linq;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Timescales;
using Xunit;

namespace Safeguarding.Rules.Tests.Catalog;

public class RuleCatalogTests
{
    [Fact]
    public void Every_rule_id_is_unique()
    {
        var duplicates = RuleCatalog.Rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_interpretation_id_is_unique()
    {
        var duplicates = RuleCatalog.Interpretations.GroupBy(i => i.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_timescale_a_decision_says_it_starts_is_in_the_catalogue()
    {
        var timescales = TimescaleCatalog.Timescales.Select(t => t.Id).Concat(TimescaleCatalog.Urgencies.Select(u => u.Id)).ToHashSet(StringComparer.Ordinal);
        var dangling = DecisionRules.All
            .SelectMany(rule => rule.Consequences.SelectMany(c => c.TimescaleRuleIds).Select(id => (rule.Id, id)))
            .Where(x => !timescales.Contains(x.id))
            .Select(x => $"{x.Item1} -> {x.id}")
            .ToArray();
        Assert.Empty(dangling);
        Assert.Contains(DecisionRules.All.SelectMany(r => r.Consequences).SelectMany(c => c.TimescaleRuleIds), id => id == "DL-13");
    }

    [Fact]
    public void The_catalogue_holds_every_quantified_limit_DL_01_to_DL_24_and_DL_26_and_the_locally_set_DL_70()
    {
        // DL-25 (a population footprint, "typically" 60 deaths a year) and DL-27 (an annual policy review) are not clocks.
        var expected = Enumerable.Range(1, 24).Append(26).Append(70).Select(n => $"DL-{n:00}");
        Assert.Equal(expected, TimescaleCatalog.Timescales.Select(t => t.Id));
        Assert.All(expected, id => Assert.NotNull(RuleCatalog.Find(id)));
    }

    [Fact]
    public void Every_rule_carries_at_least_one_citation()
    {
        Assert.All(RuleCatalog.Rules, r => Assert.NotEmpty(r.Citations));
    }
}

public class SharedPassageTests
{
    [Fact]
    public void Paragraph_264s_one_working_day_is_one_passage_that_a_timescale_a_decision_and_a_section_11_arrangement_share()
    {
        var rules = Safeguarding.Rules.Catalog.RuleCatalog.RulesCiting(Safeguarding.Rules.Provenance.Passages.DesignatedOfficerInformed);
        Xunit.Assert.Equal(new[] { "DL-09", "DC-58", "lado-informed-within-one-working-day" }, System.Linq.Enumerable.Select(rules, r => r.Id));
        Xunit.Assert.All(rules, r => Xunit.Assert.Contains(r.Citations, c => ReferenceEquals(c, Safeguarding.Rules.Provenance.Passages.DesignatedOfficerInformed)));
    }
}
