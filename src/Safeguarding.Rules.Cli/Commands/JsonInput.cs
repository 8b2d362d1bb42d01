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
    public static JsonDocument Read(string? path, string argumentName) =>
        Read(new CliContext(TextWriter.Null, TextWriter.Null), path, argumentName);

    public static JsonDocument Read(CliContext context, string? path, string argumentName)
    {
        string text = InputFiles.ReadText(context, path, argumentName);

        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{argumentName}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).", ex);
        }
    }
}
