using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Safeguarding.Rules.Cli;

/// <summary>The Markdown tables the CLI's own reports print (the generated docs have their own helpers).</summary>
internal static class Markdown
{
    /// <summary>Escapes text for a table cell.</summary>
    public static string Cell(string? text) => (text ?? string.Empty).Replace("|", "\\|", System.StringComparison.Ordinal).Replace("\n", " ", System.StringComparison.Ordinal);

    /// <summary>Writes a table.</summary>
    public static void Table(StringBuilder builder, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        builder.Append("| ").Append(string.Join(" | ", headers)).AppendLine(" |");
        builder.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).AppendLine();
        foreach (var row in rows)
        {
            builder.Append("| ").Append(string.Join(" | ", row.Select(Cell))).AppendLine(" |");
        }

        builder.AppendLine();
    }
}
