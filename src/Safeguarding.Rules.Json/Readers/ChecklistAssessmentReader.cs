using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Checklists;
using static Safeguarding.Rules.Json.Readers.JsonFields;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>
/// Reads a checklist assessment (docs/rules/checklist-assessment.schema.json). Every problem is a
/// <see cref="SafeguardingJsonException"/> naming the JSON path; no message repeats the subject or free text from the
/// file, and an item id is named only when it looks like an id.
/// </summary>
public static class ChecklistAssessmentReader
{
    /// <summary>The item statuses a file uses, in the order of <see cref="ItemStatus"/>.</summary>
    public static IReadOnlyList<string> Statuses { get; } = new[] { "met", "partly-met", "not-met", "not-applicable" };

    private static readonly string[] RootProperties = { "$schema", "$comment", "checklist", "subject", "items" };
    private static readonly string[] ItemProperties = { "id", "title", "status", "evidence", "date", "notApplicableReason", "judgementReference" };

    /// <summary>Reads an assessment against a checklist.</summary>
    /// <param name="json">The file's content (UTF-8).</param>
    /// <param name="checklist">The checklist it is checked against; a <c>checklist</c> field in the file must name it.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON or not a valid assessment of that checklist.</exception>
    public static ChecklistAssessment Read(Stream json, Checklist checklist)
    {
        if (checklist is null)
        {
            throw new ArgumentNullException(nameof(checklist));
        }

        return JsonReading.Guard(JsonReading.Parse(json), root => Read(root, checklist));
    }

    /// <summary>Reads an assessment against a checklist from text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="checklist">The checklist it is checked against.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON or not a valid assessment of that checklist.</exception>
    public static ChecklistAssessment Read(string json, Checklist checklist)
    {
        if (checklist is null)
        {
            throw new ArgumentNullException(nameof(checklist));
        }

        return JsonReading.Guard(JsonReading.Parse(json), root => Read(root, checklist));
    }

    private static ChecklistAssessment Read(JsonElement root, Checklist checklist)
    {
        RequireKind(root, JsonValueKind.Object, "$", "an object");
        JsonReading.RejectUnknown(root, "$", RootProperties, "field");
        if (OptionalString(root, "checklist", "$") is { } named && ChecklistCatalog.Find(named) != checklist)
        {
            throw new SafeguardingJsonException("$.checklist", $"names another checklist than {checklist.Id}, the one checked");
        }

        string subject = RequiredString(root, "subject", "$");
        if (!root.TryGetProperty("items", out var list))
        {
            throw new SafeguardingJsonException("$.items", "is required (an array, which may be empty)");
        }

        RequireKind(list, JsonValueKind.Array, "$.items", "an array");
        var valid = checklist.Items.Select(i => i.Id).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = new List<ItemAssessment>();
        int index = 0;
        foreach (var element in list.EnumerateArray())
        {
            string at = JsonPaths.Index("$.items", index);
            var item = ReadItem(element, at);
            CheckId(item.ItemId, index, checklist, valid, seen);
            items.Add(item);
            index++;
        }

        return new ChecklistAssessment(checklist, subject, items);
    }

    private static void CheckId(string id, int index, Checklist checklist, string[] valid, Dictionary<string, int> seen)
    {
        string at = $"$.items[{index}].id";
        string hint = $"'checklist template {checklist.Id}' lists the ids";
        if (!valid.Contains(id, StringComparer.Ordinal))
        {
            if (!JsonPaths.LooksLikeName(id))
            {
                throw new SafeguardingJsonException(at, $"an unknown item id for checklist {checklist.Id}; {hint}");
            }

            var nearest = JsonPaths.Nearest(id, valid);
            throw new SafeguardingJsonException(at, $"unknown item \"{id}\" for checklist {checklist.Id}{(nearest is null ? string.Empty : $"; did you mean \"{nearest}\"?")}; {hint}");
        }

        if (seen.TryGetValue(id, out int first))
        {
            throw new SafeguardingJsonException(at, $"the item is already assessed at $.items[{first}]");
        }

        seen.Add(id, index);
    }

    private static ItemAssessment ReadItem(JsonElement element, string at)
    {
        RequireKind(element, JsonValueKind.Object, at, "an object");
        JsonReading.RejectUnknown(element, at, ItemProperties, "field");
        string id = RequiredString(element, "id", at);
        int status = Statuses.ToList().IndexOf(RequiredString(element, "status", at));
        if (status < 0)
        {
            throw new SafeguardingJsonException($"{at}.status", $"must be one of {string.Join(", ", Statuses)}");
        }

        OptionalString(element, "title", at);
        return new ItemAssessment(
            id,
            (ItemStatus)status,
            OptionalStrings(element, "evidence", at),
            OptionalDate(element, "date", at),
            OptionalString(element, "notApplicableReason", at),
            OptionalString(element, "judgementReference", at));
    }
}
