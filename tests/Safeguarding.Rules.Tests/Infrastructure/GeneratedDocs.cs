using System.Linq;
using Safeguarding.Rules.Documentation;

namespace Safeguarding.Rules.Tests.Infrastructure;

/// <summary>Generated documentation pages, by file name.</summary>
internal static class GeneratedDocs
{
    public static string Page(string fileName) => DocsGenerator.Generate().Single(d => d.FileName == fileName).Content;
}
