using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>The strict reading every input reader shares: one parse, then paths and problems, never values.</summary>
internal static class JsonReading
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    public static JsonDocument Parse(Stream json) =>
        json is null ? throw new ArgumentNullException(nameof(json)) : Parse(() => JsonDocument.Parse(json, Options), "not valid JSON (not UTF-8 text)");

    public static JsonDocument Parse(string json) =>
        json is null ? throw new ArgumentNullException(nameof(json)) : Parse(() => JsonDocument.Parse(json, Options), "not valid JSON");

    // One place turns a parser's failure into a path and a problem, whatever the input's form.
    private static JsonDocument Parse(Func<JsonDocument> parse, string undecodable)
    {
        try
        {
            return parse();
        }
        catch (JsonException ex)
        {
            throw SafeguardingJsonException.Syntax(ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new SafeguardingJsonException("$", undecodable, ex);
        }
    }

    /// <summary>The property's name, or null when it cannot be decoded (a lone surrogate escape).</summary>
    public static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Rejects the first property that is not among the known ones, naming it only when it looks like a name.</summary>
    public static void RejectUnknown(JsonElement element, string path, IReadOnlyList<string> known, string problem)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!IsKnown(property, known))
            {
                var name = NameOf(property);
                if (JsonPaths.LooksLikeName(name))
                {
                    throw new SafeguardingJsonException(path, $"unknown {problem} \"{name}\"; valid {problem}s: {string.Join(", ", known)}");
                }

                throw new SafeguardingJsonException(JsonPaths.Property(path, null), $"an unknown {problem}; valid {problem}s: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>
    /// Runs a reader over a parsed document, turning any text that cannot be decoded and was not caught at its own
    /// path (a lone surrogate escape) into a bad-input error rather than an internal failure.
    /// </summary>
    public static T Guard<T>(JsonDocument document, Func<JsonElement, T> read)
    {
        using (document)
        {
            try
            {
                return read(document.RootElement);
            }
            catch (InvalidOperationException ex)
            {
                throw new SafeguardingJsonException("$", "holds text that cannot be decoded (an unpaired surrogate escape)", ex);
            }
        }
    }

    private static bool IsKnown(JsonProperty property, IReadOnlyList<string> known)
    {
        try
        {
            return known.Any(k => property.NameEquals(k));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The string value, or an error when it is not a string or holds text that cannot be decoded.</summary>
    public static string GetString(JsonElement value, string path, string expected = "must be a string")
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new SafeguardingJsonException(path, expected);
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            throw new SafeguardingJsonException(path, "not valid text (an unpaired surrogate escape)", ex);
        }
    }

    public static bool TryGet(JsonElement element, string name, out JsonElement value) => element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Undefined;

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
