using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Safeguarding.Rules.Json;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// Opens the files a command reads (<c>-</c> is standard input) and runs a command once for each of several. Every
/// failure is one line naming the argument (CASE, FACTS, ...) and the problem; the path is never echoed, since a file's
/// name can itself carry a child's name.
/// </summary>
internal static class InputFiles
{
    /// <summary>The argument that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Opens an input for reading: standard input for <c>-</c>, otherwise the file.</summary>
    public static Stream Open(CliContext context, string? path, string argumentName)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException($"{argumentName}: no file given.");
        }

        if (path == StandardInput)
        {
            if (context.InputRead)
            {
                throw new CliInputException($"{argumentName}: standard input ('-') can be read only once in a run.");
            }

            context.InputRead = true;
            return context.Input;
        }

        try
        {
            if (Directory.Exists(path))
            {
                throw new CliInputException($"{argumentName}: is a folder, not a file.");
            }

            return File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw Unreadable(argumentName, ex);
        }
    }

    /// <summary>Reads an input's whole text (UTF-8, or the encoding its byte order mark names).</summary>
    public static string ReadText(CliContext context, string? path, string argumentName)
    {
        var stream = Open(context, path, argumentName);
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: path == StandardInput);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Unreadable(argumentName, ex);
        }
        finally
        {
            if (path != StandardInput)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>The one-line error for an input that cannot be opened or read.</summary>
    public static CliInputException Unreadable(string argumentName, Exception ex) => ex switch
    {
        CliInputException input => input,
        FileNotFoundException or DirectoryNotFoundException => new CliInputException($"{argumentName}: no such file.", ex),
        UnauthorizedAccessException => new CliInputException($"{argumentName}: cannot be read (permission denied).", ex),
        ArgumentException or NotSupportedException or PathTooLongException => new CliInputException($"{argumentName}: not a usable file path.", ex),
        _ => new CliInputException($"{argumentName}: cannot be read (an input/output error).", ex),
    };

    /// <summary>
    /// Runs <paramref name="run"/> for each input and returns the worst exit code. One input prints as it always has.
    /// Several print one result each: in text, one after another under a header naming the input's position
    /// ("input 2 of 3", never its path); in JSON, one compact document per line (JSON lines). A bad input among
    /// several is reported on standard error naming its position, prints no result, and the run carries on: it ends
    /// with exit code 2.
    /// </summary>
    public static int Each(CliContext context, IReadOnlyList<string> paths, bool json, Func<string, TextWriter, JsonLayout, int> run)
    {
        foreach (var path in paths)
        {
            if (path.StartsWith('-') && path != StandardInput)
            {
                throw new CliInputException(ParseErrors.IsNameLike(path)
                    ? $"unknown option '{path}'; see --help (give a file whose name starts with '-' as ./NAME)."
                    : "an unknown option; see --help (give a file whose name starts with '-' as ./NAME).");
            }
        }

        if (paths.Count == 1)
        {
            return run(paths[0], context.Output, JsonLayout.Indented);
        }

        int worst = CliApp.Success;
        for (int i = 0; i < paths.Count; i++)
        {
            string label = $"input {i + 1} of {paths.Count}";
            using var buffer = new StringWriter();
            int code;
            try
            {
                code = run(paths[i], buffer, json ? JsonLayout.Compact : JsonLayout.Indented);
            }
            catch (CliInputException ex)
            {
                CliApp.WriteError(context.Error, $"{label}: {ex.Message}");
                worst = Math.Max(worst, CliApp.BadInput);
                if (!json)
                {
                    WriteHeader(context.Output, i, $"{label}: bad input, see standard error");
                }

                continue;
            }

            if (json)
            {
                context.Output.Write(buffer.ToString());   // the writers' compact layout: one document and its newline
            }
            else
            {
                WriteHeader(context.Output, i, label);
                context.Output.Write(buffer.ToString());
            }

            worst = Math.Max(worst, code);
        }

        return worst;
    }

    private static void WriteHeader(TextWriter output, int index, string text)
    {
        if (index > 0)
        {
            output.WriteLine();
        }

        output.WriteLine($"== {text} ==");
    }
}
