using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>
/// Reads a case file (docs/rules/case-file.schema.json) into a timeline. Strict: an unknown field, type or value is a
/// <see cref="SafeguardingJsonException"/> naming its JSON path, so that a typo never silently drops an event. Values
/// from the file are never echoed back. The file is parsed once, with no copy of its text.
/// </summary>
public static class CaseFileReader
{
    private static readonly string[] TopLevelFields = { "$schema", "case", "description", "events" };
    private static readonly string[] EventFields = { "type", "date", "initiatedSection47", "planMade", "partner", "note" };

    /// <summary>The partner names a case file uses.</summary>
    public static IReadOnlyDictionary<string, SafeguardingPartner> Partners { get; } = new Dictionary<string, SafeguardingPartner>(StringComparer.Ordinal)
    {
        ["local-authority"] = SafeguardingPartner.LocalAuthority,
        ["integrated-care-board"] = SafeguardingPartner.IntegratedCareBoard,
        ["police"] = SafeguardingPartner.Police,
    };

    /// <summary>Reads a case file.</summary>
    /// <param name="json">The file's content (UTF-8).</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON or not a valid case file.</exception>
    public static CaseTimeline Read(Stream json)
    {
        return JsonReading.Guard(JsonReading.Parse(json), Read);
    }

    /// <summary>Reads a case file from text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON or not a valid case file.</exception>
    public static CaseTimeline Read(string json)
    {
        return JsonReading.Guard(JsonReading.Parse(json), Read);
    }

    /// <summary>Reads a case file's root element.</summary>
    /// <param name="root">The root.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="SafeguardingJsonException">It is not a valid case file.</exception>
    public static CaseTimeline Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad("$", "must be an object with an \"events\" array");
        }

        JsonReading.RejectUnknown(root, "$", TopLevelFields, "field");
        if (!root.TryGetProperty("events", out var events))
        {
            throw Bad("$.events", "missing (a case file needs an \"events\" array)");
        }

        if (events.ValueKind != JsonValueKind.Array)
        {
            throw Bad("$.events", "must be an array");
        }

        var list = new List<CaseEvent>(events.GetArrayLength());
        int index = 0;
        foreach (var element in events.EnumerateArray())
        {
            list.Add(ReadEvent(element, index));
            index++;
        }

        return CaseTimeline.Create(list);
    }

    private static CaseEvent ReadEvent(JsonElement element, int index)
    {
        string path = JsonPaths.Index("$.events", index);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, "must be an object with \"type\" and \"date\"");
        }

        JsonReading.RejectUnknown(element, path, EventFields, "field");
        var typeName = RequiredString(element, "type", path);
        if (!CaseEventTypes.TryParse(typeName, out var type))
        {
            throw Bad($"{path}.type", $"unknown event type; valid types: {JsonPaths.List(CaseEventTypes.All.Select(t => t.Name()).ToArray(), 220)}");
        }

        var dateText = RequiredString(element, "date", path);
        if (!JsonReading.TryParseDate(dateText, out var date))
        {
            throw Bad($"{path}.date", "not a date in the form YYYY-MM-DD");
        }

        if (!WorkingDayCalendar.IsSupported(date))
        {
            throw Bad($"{path}.date", $"outside the supported range {WorkingDayCalendar.MinSupportedDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxSupportedDate:yyyy-MM-dd}");
        }

        if (element.TryGetProperty("note", out var note) && note.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            throw Bad($"{path}.note", "must be a string or null");
        }

        return new CaseEvent(type, date)
        {
            InitiatedSection47 = OptionalBool(element, "initiatedSection47", path, type, CaseEventType.StrategyDiscussion),
            PlanMade = OptionalBool(element, "planMade", path, type, CaseEventType.InitialChildProtectionConference),
            Partner = OptionalPartner(element, path, type),
        };
    }

    private static string RequiredString(JsonElement element, string field, string path)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            throw Bad($"{path}.{field}", "missing");
        }

        return JsonReading.GetString(value, $"{path}.{field}");
    }

    private static bool? OptionalBool(JsonElement element, string field, string path, CaseEventType type, CaseEventType allowedOn)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (type != allowedOn)
        {
            throw Bad($"{path}.{field}", $"only {Article(allowedOn.Name())} {allowedOn.Name()} event takes this field");
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Bad($"{path}.{field}", "must be true, false or null"),
        };
    }

    private static SafeguardingPartner? OptionalPartner(JsonElement element, string path, CaseEventType type)
    {
        if (!element.TryGetProperty("partner", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (type != CaseEventType.IncidentAwareness)
        {
            throw Bad($"{path}.partner", $"only {Article(CaseEventType.IncidentAwareness.Name())} {CaseEventType.IncidentAwareness.Name()} event takes this field");
        }

        string expected = $"must be one of {string.Join(", ", Partners.Keys)}";
        return Partners.TryGetValue(JsonReading.GetString(value, $"{path}.partner", expected), out var partner) ? partner : throw Bad($"{path}.partner", expected);
    }

    private static string Article(string word) => "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

    private static SafeguardingJsonException Bad(string path, string problem) => new(path, problem);
}
