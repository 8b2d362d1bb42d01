using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// Reads a case file (docs/rules/case-file.schema.json). Strict: an unknown field, type or value is an error naming
/// its JSON path, so a typo never silently drops an event. Values from the file are never echoed back.
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

    /// <summary>Reads a case file from disk.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CliInputException">The file cannot be read or is not a valid case file.</exception>
    public static CaseTimeline Read(string? path)
    {
        using var document = JsonInput.Read(path, "CASE");
        return Parse(document.RootElement);
    }

    /// <summary>Parses a case file's root element.</summary>
    /// <param name="root">The root.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CliInputException">It is not a valid case file.</exception>
    public static CaseTimeline Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad("$", "must be an object with an \"events\" array");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!TopLevelFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Bad("$", $"unknown field \"{Safe(property.Name)}\"; valid fields: {string.Join(", ", TopLevelFields)}");
            }
        }

        if (!root.TryGetProperty("events", out var events))
        {
            throw Bad("$.events", "missing (a case file needs an \"events\" array)");
        }

        if (events.ValueKind != JsonValueKind.Array)
        {
            throw Bad("$.events", "must be an array");
        }

        var list = new List<CaseEvent>();
        int index = 0;
        foreach (var element in events.EnumerateArray())
        {
            list.Add(ParseEvent(element, $"$.events[{index}]"));
            index++;
        }

        return CaseTimeline.Create(list);
    }

    private static CaseEvent ParseEvent(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, "must be an object with \"type\" and \"date\"");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!EventFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Bad(path, $"unknown field \"{Safe(property.Name)}\"; valid fields: {string.Join(", ", EventFields)}");
            }
        }

        var typeName = RequiredString(element, "type", path);
        if (!CaseEventTypes.TryParse(typeName, out var type))
        {
            throw Bad($"{path}.type", $"unknown event type; valid types: {string.Join(", ", CaseEventTypes.All.Select(t => t.Name()))}");
        }

        var dateText = RequiredString(element, "date", path);
        var parsed = LocalDatePattern.Iso.Parse(dateText);
        if (!parsed.Success)
        {
            throw Bad($"{path}.date", "not a date in the form YYYY-MM-DD");
        }

        if (!WorkingDayCalendar.IsSupported(parsed.Value))
        {
            throw Bad($"{path}.date", $"outside the supported range {WorkingDayCalendar.MinSupportedDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxSupportedDate:yyyy-MM-dd}");
        }

        return new CaseEvent(type, parsed.Value)
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

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad($"{path}.{field}", "must be a string");
        }

        return value.GetString()!;
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

        if (value.ValueKind != JsonValueKind.String || !Partners.TryGetValue(value.GetString()!, out var partner))
        {
            throw Bad($"{path}.partner", $"must be one of {string.Join(", ", Partners.Keys)}");
        }

        return partner;
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private static CliInputException Bad(string path, string problem) => new($"{path}: {problem}.");

    // A field name is echoed only when it is short and plain (a typo of a known field), never free text.
    private static string Safe(string name) =>
        name.Length <= 40 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '$') ? name : "(not shown)";
}
