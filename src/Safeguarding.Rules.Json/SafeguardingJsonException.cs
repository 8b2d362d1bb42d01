using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Json.Readers;

namespace Safeguarding.Rules.Json;

/// <summary>
/// Input that is not what a reader accepts. The message is one line, <c>path: problem.</c>: it names the JSON path and
/// the problem and never repeats a value from the input (a case file can hold personal data).
/// </summary>
public sealed class SafeguardingJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SafeguardingJsonException()
        : this("$", "is not valid")
    {
    }

    /// <summary>Creates the exception from a whole message.</summary>
    /// <param name="message">The message.</param>
    public SafeguardingJsonException(string message)
        : this(message, (Exception?)null)
    {
    }

    /// <summary>Creates the exception from a whole message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SafeguardingJsonException(string message, Exception? innerException)
        : base(Fit(message ?? string.Empty), innerException)
    {
        Path = "$";
        Problem = Message;
    }

    /// <summary>Creates the exception for a path and a problem.</summary>
    /// <param name="path">The JSON path (<c>$.events[2].date</c>); a key that does not look like a name is shown as <c>[?]</c>.</param>
    /// <param name="problem">The problem, with no value from the input.</param>
    public SafeguardingJsonException(string path, string problem)
        : this(path, problem, null)
    {
    }

    /// <summary>Creates the exception for a path, a problem and a cause.</summary>
    /// <param name="path">The JSON path.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public SafeguardingJsonException(string path, string problem, Exception? innerException)
        : base(Fit($"{path}: {problem}."), innerException)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The JSON path of the problem.</summary>
    public string Path { get; }

    /// <summary>The problem, in words.</summary>
    public string Problem { get; }

    /// <summary>True when the text is not JSON at all (as opposed to JSON of the wrong shape).</summary>
    public bool IsSyntaxError { get; private init; }

    /// <summary>A message is one line of at most <see cref="MaxMessageLength"/> characters with no control character, whatever the input.</summary>
    public const int MaxMessageLength = 290;

    private static string Fit(string message)
    {
        var chars = message.Select(c => char.IsControl(c) ? '?' : c).ToArray();
        var line = new string(chars);
        return line.Length <= MaxMessageLength ? line : string.Concat(line.Remove(MaxMessageLength - 1), "…");
    }

    internal static SafeguardingJsonException Syntax(JsonException ex) => new(
        "$",
        string.Format(CultureInfo.InvariantCulture, "not valid JSON (line {0}, byte {1})", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1),
        ex)
    {
        IsSyntaxError = true,
    };

    internal static SafeguardingJsonException From(JsonException ex) => ex.LineNumber is not null && ex.Path is null or "$"
        ? Syntax(ex)
        : new(JsonPaths.Sanitise(ex.Path), "does not have the expected type or value", ex);
}
