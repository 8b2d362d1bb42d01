using System.IO;

namespace Safeguarding.Rules.Cli;

/// <summary>The streams a command reads and prints to.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliContext(TextWriter Output, TextWriter Error)
{
    /// <summary>Standard input, read when a file argument is <c>-</c> (empty unless the caller gives one).</summary>
    public Stream Input { get; init; } = Stream.Null;

    /// <summary>Whether a file argument has already read standard input in this run (it can be read only once).</summary>
    internal bool InputRead { get; set; }
}
