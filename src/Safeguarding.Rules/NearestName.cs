using System;
using System.Collections.Generic;

namespace Safeguarding.Rules;

/// <summary>
/// The nearest valid name to a mistyped one, for "did you mean" in error messages. The JSON package and the CLI compile
/// this same file (linked, not copied) for their own suggestions, so one edit distance serves all three.
/// </summary>
internal static class NearestName
{
    /// <summary>
    /// The candidate fewest single-character edits from the wanted name, ignoring case (the first in the given order on a
    /// tie); null when even that one is too far to be a slip (more than three edits, or a third of the name).
    /// </summary>
    public static string? Find(string wanted, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int distance = Distance(wanted, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(3, wanted.Length / 3) ? best : null;
    }

    /// <summary>The Levenshtein distance between two names, ignoring case, computed in two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
