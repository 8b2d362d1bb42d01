using System;
using System.IO;
using System.Text.Json;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// Reads a JSON input file, turning every failure into one line that names the problem. Neither the content nor the
/// path is echoed: a case file's name can itself carry a child's name.
/// </summary>
internal static class JsonInput
{
    public static JsonDocument Read(string? path, string argumentName)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException($"{argumentName}: no file given.");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliInputException($"{argumentName}: cannot read the file ({Reason(ex)}).", ex);
        }

        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{argumentName}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).", ex);
        }
    }

    internal static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such folder",
        UnauthorizedAccessException => "permission denied",
        _ => ex.GetType().Name,
    };
}
