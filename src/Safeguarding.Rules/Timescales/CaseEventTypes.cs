using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Safeguarding.Rules.Timescales;

/// <summary>The kebab-case names of <see cref="CaseEventType"/>, as case files write them.</summary>
public static class CaseEventTypes
{
    private static readonly CaseEventType[] Values = (CaseEventType[])Enum.GetValues(typeof(CaseEventType));
    private static readonly string[] Names = Values.Select(v => ToKebab(v.ToString())).ToArray();
    private static readonly IReadOnlyList<CaseEventType> ReadOnlyValues = Array.AsReadOnly(Values);
    private static readonly Dictionary<string, CaseEventType> ByName = Values.ToDictionary(v => Names[(int)v], v => v, StringComparer.Ordinal);

    /// <summary>Every event type, in declaration order.</summary>
    public static IReadOnlyList<CaseEventType> All => ReadOnlyValues;

    /// <summary>The kebab-case name of an event type: <c>initial-child-protection-conference</c>.</summary>
    /// <param name="type">The event type.</param>
    /// <returns>The name.</returns>
    public static string Name(this CaseEventType type) => Names[(int)type];

    /// <summary>Parses a kebab-case name (exact, case-sensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The event type, when the name is known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string name, out CaseEventType type) => ByName.TryGetValue(name ?? string.Empty, out type);

    internal static string ToKebab(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            bool wordStart = char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(pascal[i - 1 < 0 ? 0 : i - 1]));
            if (wordStart && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
