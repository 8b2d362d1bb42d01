using System;
using System.CommandLine;
using System.Linq;
using System.Text.RegularExpressions;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// Turns a parse failure into one plain line: a mistyped command gets the nearest command's name, an unexpected
/// argument is named only when it looks like an option name, never when it could be a path or a value.
/// </summary>
internal static partial class ParseErrors
{
    public static string Describe(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var path = CommandRegistry.PathOf(parseResult);
        var unmatched = parseResult.UnmatchedTokens;
        var prefix = path.Length > 0 ? path + ": " : string.Empty;

        // A group of commands (the root, working-days, section11, ...) without one of its commands.
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
            var choices = string.Join(", ", names);
            var token = unmatched.Count > 0 ? unmatched[0] : null;
            if (token is null)
            {
                return $"{prefix}missing command; choose one of: {choices}.";
            }

            if (!IsNameLike(token))
            {
                return $"{prefix}unknown command; choose one of: {choices}.";
            }

            var nearest = Nearest(token, names);
            return nearest is null
                ? $"{prefix}unknown command '{token}'; choose one of: {choices}."
                : $"{prefix}unknown command '{token}'; did you mean '{nearest}'?";
        }

        if (unmatched.Count > 0)
        {
            var token = unmatched[0];
            return token.StartsWith('-') && token != InputFiles.StandardInput && IsNameLike(token)
                ? $"{prefix}unknown option '{token}'; see --help."
                : $"{prefix}unexpected argument (argument {Array.IndexOf(parseResult.Tokens.Select(t => t.Value).ToArray(), token) + 1} of the command line); see --help.";
        }

        return parseResult.Errors[0].Message;
    }

    /// <summary>Whether a token may be echoed: letters, digits, '-', '_' and '.', at most 40 characters.</summary>
    public static bool IsNameLike(string token) => NameLike().IsMatch(token);

    /// <summary>The name nearest a typo, by edit distance, when it is near enough to be the one meant.</summary>
    public static string? Nearest(string token, string[] names)
    {
        var lower = token.ToLowerInvariant();
        var best = names
            .Select(n => (Name: n, Distance: NearestName.Distance(lower, n)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .First();
        if (best.Distance <= Math.Max(2, best.Name.Length / 3))
        {
            return best.Name;
        }

        return lower.Length >= 3 ? names.FirstOrDefault(n => n.StartsWith(lower, StringComparison.Ordinal)) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,40}$")]
    private static partial Regex NameLike();
}
