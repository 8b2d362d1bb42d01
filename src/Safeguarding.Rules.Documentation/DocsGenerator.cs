using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Documentation;

/// <summary>
/// Generates docs/rules from the rule catalogue. Nothing depends on today's date, so regenerating is reproducible.
/// </summary>
public static class DocsGenerator
{
    /// <summary>Generates every page, the index (README.md) first.</summary>
    /// <returns>The pages.</returns>
    public static IReadOnlyList<GeneratedDocument> Generate()
    {
        // Every generated file, in the order the index lists them: a new page or schema is one more entry here.
        var pages = new List<GeneratedDocument>
        {
            CalendarPage.Generate(),
            ReadingsPage.Generate(),
            TimescalesPage.Generate(),
            CaseFileSchema.Generate(),
            DecisionsPage.Generate(),
            DecisionFactsSchema.Generate(),
            Section11Page.Generate(),
            Section11Schema.Generate(),
            ChecklistsPage.Generate(),
            ChecklistSchema.Generate(),
            CaseloadPage.Generate(),
            ParagraphsPage.Generate(),
            CoveragePage.Generate(),
        };
        pages.AddRange(SafeguardingJsonSchemas.All.Select(s => new GeneratedDocument(s.FileName, s.Title, "JSON Schema of the output, generated from the JSON package's document types.", s.Text)));
        return new[] { Index(pages) }.Concat(pages).ToArray();
    }

    /// <summary>Writes every page into a folder: each to a temporary file first, then moved into place, so nothing is half-written.</summary>
    /// <param name="folder">The folder (docs/rules in the repository); created if missing.</param>
    /// <returns>How many files were written.</returns>
    /// <exception cref="IOException">The folder or a file cannot be written.</exception>
    /// <exception cref="System.UnauthorizedAccessException">Writing is not permitted.</exception>
    public static int WriteTo(string folder)
    {
        var documents = Generate();
        Directory.CreateDirectory(folder);
        foreach (var document in documents)
        {
            var target = Path.Combine(folder, document.FileName);
            var temporary = target + ".tmp";
            File.WriteAllText(temporary, document.Content, new UTF8Encoding(false));
            File.Move(temporary, target, overwrite: true);
        }

        return documents.Count;
    }

    private static GeneratedDocument Index(IReadOnlyList<GeneratedDocument> pages)
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Safeguarding.Rules: the rules, and the text behind them");
        b.AppendLine();
        b.AppendLine("This folder is generated from the library's rule catalogue. Each rule states its source, the paragraph, its force as worded (must, should, non-statutory, may, or descriptive for a definition) and a verbatim quote; a test checks every quote against the texts in [`docs/guidance/`](../guidance/). Where the text admits more than one reading, the page names the reading the library applies and the alternatives.");
        b.AppendLine();
        b.AppendLine("## Pages");
        b.AppendLine();
        foreach (var page in pages)
        {
            b.Append("- [").Append(page.Title).Append("](").Append(page.FileName).Append("): ").AppendLine(page.Summary);
        }

        b.AppendLine();
        b.AppendLine("## Sources");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Id", "Title", "Edition", "Status", "Text" },
            SourceDocument.All.Select(d => (IReadOnlyList<string>)new[]
            {
                d.Id, d.Title, d.Edition, StatusName(d.Status), $"[{d.FileName}](../guidance/{d.FileName})",
            }));
        b.AppendLine("## Editions");
        b.AppendLine();
        b.AppendLine("A rule applies to a clock that starts while its edition is in force. Working Together 2026 states no commencement day: the reading `wt2026-commencement` sets it (1 March 2026 by default); a clock that started earlier is reported as *edition not in force* unless the caller chooses `clocks-before-commencement=apply-current-edition`. See [readings.md](readings.md).");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Id", "Edition", "Published", "In force from", "Replaces", "Encoded" },
            Edition.All.Select(e => (IReadOnlyList<string>)new[]
            {
                e.Id, e.Name, e.Published,
                !e.EverInForce ? "never (a consultation draft)" : e.CommencementReading is { } r ? $"{Markdown.Date(Readings.Default.DateOf(r))} (reading `{r.Id}`)" : "not stated in the texts the library carries",
                e.Replaces ?? "—",
                e.IsEncoded ? "yes" : "no",
            }));
        b.AppendLine("## Force");
        b.AppendLine();
        b.AppendLine("- **must**: a statutory or legal requirement as worded; never softened.");
        b.AppendLine("- **should**: statutory guidance, to be complied with unless exceptional circumstances arise (paragraph 6); a departure needs a recorded reason, and a late deadline is still reported as late.");
        b.AppendLine("- **non-statutory**: the text says so in terms.");
        b.AppendLine("- **may**: a power or a discretion.");
        b.AppendLine("- **descriptive**: a definition or a statement of what something is (serious harm, DC-37); it asks nothing of anyone by itself, and the duties that use it carry their own force.");
        return new GeneratedDocument("README.md", "Index", "Where to start.", b.ToString());
    }

    private static string StatusName(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "in force",
        DocumentStatus.PartlySuperseded => "partly superseded",
        DocumentStatus.LocalProcedure => "local procedure",
        _ => "never in force (draft)",
    };
}
