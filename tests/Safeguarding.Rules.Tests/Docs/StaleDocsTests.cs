using System.IO;
using System.Linq;
using Safeguarding.Rules.Documentation;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Docs;

public class StaleDocsTests
{
    [Fact]
    public void The_committed_docs_rules_folder_is_what_the_generator_writes_today()
    {
        var scratch = Directory.CreateTempSubdirectory("safeguarding-rules-docs-").FullName;
        try
        {
            DocsGenerator.WriteTo(scratch);
            var committed = Repository.PathTo("docs", "rules");
            var generated = Directory.GetFiles(scratch).Select(Path.GetFileName).Order().ToArray();
            foreach (var name in generated)
            {
                var expected = File.ReadAllText(Path.Combine(scratch, name!));
                var path = Path.Combine(committed, name!);
                Assert.True(File.Exists(path), $"docs/rules/{name} is missing: run `dotnet run --project src/Safeguarding.Rules.Cli -- docs --out docs/rules`.");
                Assert.True(
                    expected == File.ReadAllText(path).Replace("\r\n", "\n"),
                    $"docs/rules/{name} is stale: run `dotnet run --project src/Safeguarding.Rules.Cli -- docs --out docs/rules`.");
            }

            var generatedMarkdown = generated.ToHashSet();
            var orphans = Directory.GetFiles(committed, "*.md").Select(Path.GetFileName).Where(n => !generatedMarkdown.Contains(n)).ToArray();
            Assert.True(orphans.Length == 0, "docs/rules has pages the generator no longer writes: " + string.Join(", ", orphans));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void Generating_twice_gives_the_same_bytes()
    {
        var first = DocsGenerator.Generate().Select(d => d.Content).ToArray();
        var second = DocsGenerator.Generate().Select(d => d.Content).ToArray();
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_calendar_page_states_the_definition_the_conventions_and_the_provisional_years()
    {
        var page = GeneratedDocs.Page("calendar.md");
        Assert.Contains("\"Working day\" means any day which is not a Saturday, Sunday, or bank holiday.", page, System.StringComparison.Ordinal);
        Assert.Contains("`within-n-working-days`", page, System.StringComparison.Ordinal);
        Assert.Contains("Provisional years: 2029 to 2099", page, System.StringComparison.Ordinal);
        Assert.Contains("| 2022-09-19 | Monday | Bank Holiday for the State Funeral of Queen Elizabeth II | one-off |", page, System.StringComparison.Ordinal);
    }
}
