using System;
using System.Collections.Generic;
using System.Text;

namespace Safeguarding.Rules.Fuzz;

/// <summary>
/// Seeded mutations of a sample: byte flips, truncation, deleting, duplicating or swapping tokens, edge values in place
/// of a value, unknown keys, and marker values. Each returns the mutated bytes and a description that names the kind
/// of mutation, never the content.
/// </summary>
internal static class Mutator
{
    /// <summary>A value that must never appear on standard error: it is not name-like, so no message may echo it.</summary>
    public const string Marker = "zqx marker zqx";

    private static readonly (string Description, string Json, string Xml)[] EdgeValues =
    {
        ("a huge number", "1e400", "99999999999999999999999999"),
        ("a long run of digits", "123456789012345678901234567890", "123456789012345678901234567890"),
        ("a negative number", "-2147483649", "-1"),
        ("a fraction", "0.5", "0.5"),
        ("an empty string", "\"\"", string.Empty),
        ("a lone high surrogate escape", "\"\\ud800\"", "&#xD800;"),
        ("a lone low surrogate escape", "\"a\\udc00b\"", "a&#xDC00;b"),
        ("control characters", "\"\\u0000\\u0007\\u001b[2J\"", "&#x1;&#x7;"),
        ("a raw screen-clearing escape", "\"\u001b[2J\u001b[H\"", "\u001b[2J"),
        ("a 1 MB string", "\"" + new string('x', 1 << 20) + "\"", new string('x', 1 << 20)),
        ("deep nesting", new string('[', 5000) + new string(']', 5000), string.Concat(System.Linq.Enumerable.Repeat("<a>", 5000)) + string.Concat(System.Linq.Enumerable.Repeat("</a>", 5000))),
        ("an object", "{\"a\": {\"b\": [1, 2]}}", "<a b=\"c\">d</a>"),
        ("null", "null", "&amp;"),
        ("true", "true", "true"),
        ("the marker", "\"" + Marker + "\"", Marker),
        ("the marker with a newline", "\"" + Marker + "\\n" + Marker + "\"", Marker + "\n" + Marker),
        ("a date out of range", "\"9999-12-31\"", "9999-12-31"),
        ("an impossible date", "\"2027-02-30\"", "2027-02-30"),
    };

    private static readonly (string Description, string Key)[] UnknownKeys =
    {
        ("a 1 MB key", new string('k', 1 << 20)),
        ("a key with a screen-clearing escape", "\u001b[2J\u001b[Hkey"),
        ("a key with escaped control characters", "\\u0007\\u001b[2Jkey"),
        ("a key with a lone surrogate escape", "key\\ud800"),
        ("a key holding the marker", Marker),
        ("a 41-character key", new string('a', 41)),
        ("a name-like unknown key", "unknown-key"),
        ("a key with a right-to-left override", "key\u202eyek"),
    };

    public static (byte[] Bytes, string Description) Mutate(byte[] sample, bool xml, Random random)
    {
        switch (random.Next(8))
        {
            case 0:
                return FlipBytes(sample, random);
            case 1:
                int length = random.Next(sample.Length);
                return (sample.AsSpan(0, length).ToArray(), $"truncated to {length} bytes");
            default:
                break;
        }

        var text = Encoding.UTF8.GetString(sample);
        var tokens = xml ? XmlTokens(text) : JsonTokens(text);
        var values = tokens.FindAll(t => t.IsValue);
        string result;
        string description;
        switch (random.Next(6))
        {
            case 0:
            {
                var t = tokens[random.Next(tokens.Count)];
                result = text.Remove(t.Start, t.Length);
                description = $"deleted token {tokens.IndexOf(t)}";
                break;
            }

            case 1:
            {
                var t = tokens[random.Next(tokens.Count)];
                result = text.Insert(t.Start + t.Length, text.Substring(t.Start, t.Length));
                description = $"duplicated token {tokens.IndexOf(t)}";
                break;
            }

            case 2:
            {
                int i = random.Next(tokens.Count), j = random.Next(tokens.Count);
                var (first, second) = tokens[i].Start < tokens[j].Start ? (tokens[i], tokens[j]) : (tokens[j], tokens[i]);
                if (first.Start + first.Length > second.Start)
                {
                    result = text;
                    description = "swapped a token with itself";
                    break;
                }

                result = string.Concat(
                    text.AsSpan(0, first.Start),
                    text.AsSpan(second.Start, second.Length),
                    text.AsSpan(first.Start + first.Length, second.Start - first.Start - first.Length),
                    text.AsSpan(first.Start, first.Length)) + text[(second.Start + second.Length)..];
                description = $"swapped tokens {tokens.IndexOf(first)} and {tokens.IndexOf(second)}";
                break;
            }

            case 3:
            case 4:
            {
                var (what, json, xmlValue) = EdgeValues[random.Next(EdgeValues.Length)];
                var t = values.Count > 0 ? values[random.Next(values.Count)] : tokens[random.Next(tokens.Count)];
                result = text.Remove(t.Start, t.Length).Insert(t.Start, xml ? xmlValue : json);
                description = $"replaced value token {tokens.IndexOf(t)} with {what}";
                break;
            }

            default:
            {
                var (what, key) = UnknownKeys[random.Next(UnknownKeys.Length)];
                var opens = tokens.FindAll(t => xml ? t.Text(text).StartsWith('<') && !t.Text(text).StartsWith("</", StringComparison.Ordinal) && !t.Text(text).StartsWith("<?", StringComparison.Ordinal) : t.Text(text) == "{");
                if (opens.Count == 0)
                {
                    return FlipBytes(sample, random);
                }

                var t = opens[random.Next(opens.Count)];
                if (xml)
                {
                    // An unknown element inside the chosen one.
                    string name = key.Length > 0 && char.IsAsciiLetter(key[0]) && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? key : "Unknown" + random.Next(1000);
                    result = text.Insert(t.Start + t.Length, $"<{name}>{Marker}</{name}>");
                    description = $"inserted an unknown element after token {tokens.IndexOf(t)}";
                }
                else
                {
                    result = text.Insert(t.Start + t.Length, $"\"{key}\": \"{Marker}\",");
                    description = $"inserted {what} after token {tokens.IndexOf(t)}";
                }

                break;
            }
        }

        return (Encoding.UTF8.GetBytes(result), description);
    }

    private static (byte[] Bytes, string Description) FlipBytes(byte[] sample, Random random)
    {
        var bytes = (byte[])sample.Clone();
        int count = 1 + random.Next(4);
        for (int i = 0; i < count; i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return (bytes, $"flipped {count} bits");
    }

    private static bool All(this string s, Func<char, bool> predicate)
    {
        foreach (var c in s)
        {
            if (!predicate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Token> JsonTokens(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                int start = i++;
                while (i < text.Length && text[i] != '"')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);

                // A string followed by ':' is a key; any other string is a value.
                int next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                tokens.Add(new Token(start, i - start, next >= text.Length || text[next] != ':'));
            }
            else if ("{}[]:,".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(i++, 1, false));
            }
            else
            {
                int start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !"{}[]:,\"".Contains(text[i], StringComparison.Ordinal))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, true));
            }
        }

        return tokens;
    }

    private static List<Token> XmlTokens(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '<')
            {
                int end = text.IndexOf('>', i);
                end = end < 0 ? text.Length : end + 1;
                tokens.Add(new Token(i, end - i, false));
                i = end;
            }
            else
            {
                int end = text.IndexOf('<', i);
                end = end < 0 ? text.Length : end;
                bool blank = string.IsNullOrWhiteSpace(text[i..end]);
                if (!blank)
                {
                    tokens.Add(new Token(i, end - i, true));
                }

                i = end;
            }
        }

        return tokens;
    }

    private readonly record struct Token(int Start, int Length, bool IsValue)
    {
        public string Text(string source) => source.Substring(Start, Length);
    }
}
