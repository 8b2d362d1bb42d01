using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>Field readers the assessment formats share (section 11 self-assessments and checklist assessments): each problem names the field's path and never echoes its value.</summary>
internal static class JsonFields
{
    public static void RequireKind(JsonElement element, JsonValueKind kind, string at, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new SafeguardingJsonException(at, $"must be {what}");
        }
    }

    public static string RequiredString(JsonElement element, string name, string at) =>
        OptionalString(element, name, at) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new SafeguardingJsonException($"{at}.{name}", "is required (a non-blank string)");

    public static string? OptionalString(JsonElement element, string name, string at)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return JsonReading.GetString(value, $"{at}.{name}");
    }

    public static LocalDate? OptionalDate(JsonElement element, string name, string at)
    {
        if (OptionalString(element, name, at) is not { } text)
        {
            return null;
        }

        return JsonReading.TryParseDate(text, out var date) ? date : throw new SafeguardingJsonException($"{at}.{name}", "is not a date in the form YYYY-MM-DD");
    }

    /// <summary>An optional array of strings (evidence references); empty when absent or null.</summary>
    public static List<string> OptionalStrings(JsonElement element, string name, string at)
    {
        var result = new List<string>();
        if (element.TryGetProperty(name, out var list) && list.ValueKind != JsonValueKind.Null)
        {
            RequireKind(list, JsonValueKind.Array, $"{at}.{name}", "an array of strings");
            int i = 0;
            foreach (var e in list.EnumerateArray())
            {
                result.Add(JsonReading.GetString(e, JsonPaths.Index($"{at}.{name}", i++)));
            }
        }

        return result;
    }
}
