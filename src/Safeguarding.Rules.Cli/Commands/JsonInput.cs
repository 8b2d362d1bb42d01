using System;
using System.IO;
using Safeguarding.Rules.Json;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// Opens a JSON input file and hands the stream to a reader of the JSON package, turning every failure into one line
/// that names the problem. Neither the content nor the path is echoed: a case file's name can itself carry a child's name.
/// </summary>
internal static class JsonInput
{
    /// <summary>Opens the input (a file, or standard input for <c>-</c>) and hands its stream to a reader of the JSON package.</summary>
    public static T Read<T>(CliContext context, string? path, string argumentName, Func<Stream, T> reader)
    {
        var stream = InputFiles.Open(context, path, argumentName);
        try
        {
            return reader(stream);
        }
        catch (SafeguardingJsonException ex)
        {
            throw new CliInputException(ex.IsSyntaxError ? $"{argumentName}: {ex.Problem}." : ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw InputFiles.Unreadable(argumentName, ex);
        }
        finally
        {
            if (path != InputFiles.StandardInput)
            {
                stream.Dispose();
            }
        }
    }
}
