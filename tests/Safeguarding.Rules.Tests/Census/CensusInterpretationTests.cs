using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Census;

public class CensusInterpretationTests
{
    public static TheoryData<string, string, string> EveryCitation()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var interpretation in CensusInterpretations.All)
        {
            foreach (var citation in interpretation.Citations)
            {
                data.Add(interpretation.Id, citation.Location, citation.Quote);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCitation))]
    public void Every_quote_a_census_reading_cites_appears_verbatim_in_Working_Together_2026(string id, string location, string quote)
    {
        var text = GuidanceTexts.Normalised(SourceDocument.WorkingTogether2026);
        Assert.True(text.Contains(GuidanceTexts.NormaliseLineBreaks(quote), StringComparison.Ordinal), $"{id} cites {location}: «{quote}» is not in the text");
    }

    [Fact]
    public void Every_census_reading_has_a_distinct_id_that_no_library_reading_uses()
    {
        var ids = CensusInterpretations.All.Select(i => i.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Null(Safeguarding.Rules.Catalog.RuleCatalog.FindInterpretation(id)));
        Assert.All(ids, id => Assert.StartsWith("census-", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Readings_parse_census_and_library_choices_alike()
    {
        var readings = CensusInterpretations.Parse(new[] { "census-percentile=linear", "at-11-non-working-day-start=next-working-day-is-day-zero" });
        Assert.True(readings.Uses(CensusInterpretations.Percentile, "linear"));
        Assert.Throws<ArgumentException>(() => CensusInterpretations.Parse(new[] { "census-percentile" }));
        Assert.Throws<ArgumentException>(() => CensusInterpretations.Parse(new[] { "census-episode=one-timeline-per-child" }));
    }

    [Fact]
    public void Every_public_type_of_the_census_package_is_immutable()
    {
        var offenders = typeof(CensusReader).Assembly.GetExportedTypes()
            .Where(t => !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } || (p.PropertyType.IsArray || (typeof(IList).IsAssignableFrom(p.PropertyType) && !p.PropertyType.Name.StartsWith("ReadOnly", StringComparison.Ordinal))))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();
        Assert.True(offenders.Length == 0, "Writable or mutable public members: " + string.Join(", ", offenders));

        var fields = typeof(CensusReader).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .ToArray();
        Assert.Empty(fields);
    }
}
