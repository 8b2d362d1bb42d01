using System.Collections.Concurrent;
using System.IO;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Tests.Infrastructure;

/// <summary>The source texts in docs/guidance, normalised only in their line breaks.</summary>
internal static partial class GuidanceTexts
{
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Normalised(SourceDocument document) =>
        Cache.GetOrAdd(document.FileName, name => NormaliseLineBreaks(File.ReadAllText(Repository.PathTo("docs", "guidance", name))));

    /// <summary>
    /// Folds each line break, with the spaces and tabs around it, into one space. Nothing else changes: curly quotes,
    /// non-breaking spaces, footnote markers and typos must match as they are.
    /// </summary>
    public static string NormaliseLineBreaks(string text) => LineBreak().Replace(text, " ");

    [GeneratedRegex("[ \\t]*(\\r\\n|\\n|\\r)+[ \\t]*")]
    private static partial Regex LineBreak();
}
