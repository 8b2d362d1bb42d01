using System.IO;

namespace Safeguarding.Rules.Cli;

/// <summary>The writers a command prints to.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliContext(TextWriter Output, TextWriter Error);
