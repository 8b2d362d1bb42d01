using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Docs;

public class GuidanceReadmeTests
{
    private static string[] ProvenanceRows()
    {
        var readme = File.ReadAllText(Repository.PathTo("docs", "guidance", "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme.Split("\n## Provenance\n")[1].Split("\n## ")[0];
        return section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void The_guidance_readme_states_the_SHA_256_of_every_source_text_as_it_is_today()
    {
        var rows = ProvenanceRows();
        foreach (var path in Directory.GetFiles(Repository.PathTo("docs", "guidance"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();
            var row = rows.SingleOrDefault(r => r.StartsWith($"| `{name}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/guidance/README.md has no provenance row for {name}");
            Assert.True(
                row!.EndsWith($"| `{hash}` |", StringComparison.Ordinal),
                $"docs/guidance/README.md is stale: the SHA-256 of {name} is now {hash}. Check the text's citations, then update the row.");
        }
    }

    [Fact]
    public void The_guidance_readme_has_one_provenance_row_per_text_and_no_row_for_a_missing_text()
    {
        var rows = ProvenanceRows().Select(r => r.Split('`')[1]).ToArray();
        var files = Directory.GetFiles(Repository.PathTo("docs", "guidance"), "*.txt").Select(Path.GetFileName).ToArray();
        Assert.Equal(files.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_source_document_the_rules_cite_has_its_text_and_its_provenance_row()
    {
        var rows = ProvenanceRows();
        foreach (var document in SourceDocument.All)
        {
            Assert.True(File.Exists(Repository.PathTo("docs", "guidance", document.FileName)), $"docs/guidance/{document.FileName} is missing");
            Assert.Contains(rows, r => r.StartsWith($"| `{document.FileName}` |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_guidance_readme_never_gives_an_address_it_does_not_know()
    {
        // Each row either quotes an address the text itself prints, or says plainly that none is known.
        foreach (var row in ProvenanceRows())
        {
            var address = row.Split(" | ")[2];
            Assert.True(
                address.StartsWith("Not known", StringComparison.Ordinal) || address.StartsWith("None", StringComparison.Ordinal) || address.StartsWith("https://www.gov.uk/", StringComparison.Ordinal),
                $"unexpected address cell: {address}");
        }
    }
}
