using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>
/// JSON paths and names in messages. A key is shown only when it looks like a name (letters, digits, <c>-</c>,
/// <c>_</c>, <c>.</c>, at most 40 characters); any other key is <c>[?]</c>, so that no free text, control character
/// or long value from the input reaches a message.
/// </summary>
internal static class JsonPaths
{
    public const int MaxMessageLength = 300;

    private static readonly Regex NameLike = new("^[A-Za-z0-9_.-]{1,40}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static bool LooksLikeName(string? key) => key is not null && NameLike.IsMatch(key);

    /// <summary>The path of a property: <c>$.events</c>, or <c>$[?]</c> for a key that does not look like a name.</summary>
    public static string Property(string parent, string? key) =>
        LooksLikeName(key) && key!.IndexOf('.') < 0 ? $"{parent}.{key}" : $"{parent}[?]";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>Rewrites a path from System.Text.Json (<c>$.a['b c'][0]</c>) so that no key that is not a name survives.</summary>
    public static string Sanitise(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "$";
        }

        var b = new StringBuilder("$");
        int i = path![0] == '$' ? 1 : 0;
        while (i < path.Length && b.Length < 200)
        {
            if (path[i] == '.')
            {
                int end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                b.Append(Property(string.Empty, path.Substring(i + 1, end - i - 1)));
                i = end;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                if (end < 0)
                {
                    b.Append("[?]");
                    break;
                }

                var inner = path.Substring(i + 1, end - i - 1);
                b.Append(inner.All(char.IsDigit) && inner.Length is > 0 and < 10 ? $"[{inner}]" : inner.Length > 2 && inner[0] == '\'' ? Property(string.Empty, inner.Substring(1, inner.Length - 2)) : "[?]");
                i = end + 1;
            }
            else
            {
                b.Append("[?]");
                break;
            }
        }

        return b.ToString();
    }

    /// <summary>The known name nearest to a name (by edit distance), or null when none is close: the core's one rule for "did you mean".</summary>
    public static string? Nearest(string name, IEnumerable<string> known) => NearestName.Find(name, known);

    /// <summary>A list for a message, cut short (with "and N more") so the message stays within its length.</summary>
    public static string List(IReadOnlyCollection<string> items, int budget)
    {
        var b = new StringBuilder();
        int shown = 0;
        foreach (var item in items)
        {
            if (b.Length + item.Length + 2 > budget && shown > 0)
            {
                b.Append(" and ").Append(items.Count - shown).Append(" more");
                return b.ToString();
            }

            if (shown > 0)
            {
                b.Append(", ");
            }

            b.Append(item);
            shown++;
        }

        return b.ToString();
    }
}
