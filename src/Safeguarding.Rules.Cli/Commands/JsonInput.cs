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
    public static T Read<T>(string? path, string argumentName, Func<Stream, T> reader)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException($"{argumentName}: no file given.");
        }

        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliInputException($"{argumentName}: cannot read the file ({Reason(ex)}).", ex);
        }

        try
        {
            using (stream)
            {
                return reader(stream);
            }
        }
        catch (SafeguardingJsonException ex)
        {
            throw new CliInputException(ex.IsSyntaxError ? $"{argumentName}: {ex.Problem}." : ex.Message, ex);
        }
        catch (IOException ex)
        {
            throw new CliInputException($"{argumentName}: cannot read the file ({Reason(ex)}).", ex);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such folder",
        UnauthorizedAccessException => "permission denied",
        _ => ex.GetType().Name,
    };
}
