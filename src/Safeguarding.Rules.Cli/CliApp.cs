using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Text;
using Safeguarding.Rules.Cli.Commands;

namespace Safeguarding.Rules.Cli;

/// <summary>
/// The command line: parses, calls the library, prints. Exit codes: 0 success, 1 a check found problems (where a
/// command says so), 2 bad input, 70 an internal failure (a bug, or standard output or error could not be written).
/// Errors are one line on standard error, at most 300 characters, with no control character; no stack trace is ever
/// printed. A file argument <c>-</c> reads standard input; several files give one result each.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for a check that found problems (a command documents when it uses it).</summary>
    public const int CheckFailed = 1;

    /// <summary>Exit code for bad input.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Exit code for an internal failure: a bug in this program, or standard output or standard error could not be
    /// written (EX_SOFTWARE, 70, from BSD's sysexits.h).
    /// </summary>
    public const int InternalFailure = 70;

    /// <summary>The longest line written to standard error, in characters.</summary>
    public const int MaxErrorLineLength = 300;

    /// <summary>Runs the command line with no standard input (a file argument <c>-</c> reads nothing).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, Stream.Null, output, error);

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Standard input, read when a file argument is <c>-</c>.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, Stream input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        try
        {
            int code = RunCommand(args, new CliContext(output, error) { Input = input });
            output.Flush();
            error.Flush();
            return code;
        }
        catch (IOException)
        {
            // Standard error itself cannot be written: nothing more can be said.
            return InternalFailure;
        }
        catch (ObjectDisposedException)
        {
            return InternalFailure;
        }
    }

    /// <summary>Builds the command tree (exposed to the tests, which walk it).</summary>
    internal static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Safeguarding.Rules: working days, statutory deadlines and decisions from Working Together to Safeguard Children 2026, each with its citation. Exit codes: 0 success, 1 a check found problems, 2 bad input, 70 internal failure.");
        foreach (var command in CommandRegistry.Create(context))
        {
            root.Subcommands.Add(command);
        }

        CommandRegistry.AddExamples(root);
        return root;
    }

    /// <summary>Writes one error line: sanitised, capped, prefixed with "error: ".</summary>
    internal static void WriteError(TextWriter error, string message) => error.WriteLine(Sanitise("error: " + message));

    /// <summary>
    /// The last-resort filter for every error line: control and formatting characters (terminal escapes, bidirectional
    /// overrides) and unpaired surrogates go, whitespace collapses to one space, and the line is cut at 300 characters.
    /// </summary>
    internal static string Sanitise(string line)
    {
        var b = new StringBuilder(Math.Min(line.Length, MaxErrorLineLength + 1));
        bool space = false;
        for (int i = 0; i < line.Length && b.Length <= MaxErrorLineLength; i++)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                space = b.Length > 0;
                continue;
            }

            if (char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (space)
            {
                b.Append(' ');
                space = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                b.Append(c).Append(line[++i]);
            }
            else
            {
                b.Append(char.IsSurrogate(c) ? '?' : c);
            }
        }

        if (b.Length > MaxErrorLineLength)
        {
            int cut = MaxErrorLineLength - 1;
            if (char.IsLowSurrogate(b[cut]))
            {
                cut--;
            }

            b.Length = cut;
            b.Append('…');
        }

        return b.ToString();
    }

    private static int RunCommand(string[] args, CliContext context)
    {
        var root = CreateRoot(context);
        ParseResult parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is not CommandLineAction { ClearsParseErrors: true })
        {
            WriteError(context.Error, ParseErrors.Describe(parseResult));
            return BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException ex)
        {
            WriteError(context.Error, ex.Message);
            return BadInput;
        }
        catch (IOException)
        {
            // Inputs turn their own read failures into bad input; an IOException here is a failed write.
            WriteError(context.Error, "internal failure: the output could not be written.");
            return InternalFailure;
        }
#pragma warning disable CA1031 // The CLI promises never to print a stack trace: any other failure is one line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            WriteError(context.Error, $"internal failure ({ex.GetType().Name}); please report it with the command you ran.");
            return InternalFailure;
        }
    }
}
