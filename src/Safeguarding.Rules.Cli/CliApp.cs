using System;
using System.CommandLine;
using System.IO;
using Safeguarding.Rules.Cli.Commands;

namespace Safeguarding.Rules.Cli;

/// <summary>
/// The command line: parses, calls the library, prints. Exit codes: 0 success, 1 a check failed (where a command
/// says so), 2 bad input. Errors are one line on standard error; no stack trace is ever printed.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for a check that found problems (a command documents when it uses it).</summary>
    public const int CheckFailed = 1;

    /// <summary>Exit code for bad input.</summary>
    public const int BadInput = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var context = new CliContext(output, error);
        var root = new RootCommand("Safeguarding.Rules: working days, statutory deadlines and decisions from Working Together to Safeguard Children 2026, each with its citation.");
        foreach (var command in CommandRegistry.Create(context))
        {
            root.Subcommands.Add(command);
        }

        ParseResult parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine($"error: {OneLine(parseResult.Errors[0].Message)}");
            return BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException ex)
        {
            error.WriteLine($"error: {OneLine(ex.Message)}");
            return BadInput;
        }
#pragma warning disable CA1031 // The CLI promises never to print a stack trace: any other failure is one line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"error: internal failure ({ex.GetType().Name}); please report it with the command you ran.");
            return CheckFailed;
        }
    }

    private static string OneLine(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\s+", " ").Trim();
}
