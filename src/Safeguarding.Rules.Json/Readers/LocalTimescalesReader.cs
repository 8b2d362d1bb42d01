using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>
/// Reads a local timescales file: the timings a local area has set for the rules Working Together 2026 leaves to
/// local arrangements, <c>{"localTimescales": {"DL-70": {"amount": 5, "unit": "working-days"}}}</c>. Strict: an
/// unknown field, an id that names no locally set rule, or a bad amount or unit is an error naming its JSON path.
/// </summary>
public static class LocalTimescalesReader
{
    private static readonly string[] RootFields = { "$schema", "localTimescales" };
    private static readonly string[] EntryFields = { "amount", "unit" };
    private static readonly string[] Units = { "working-days", "calendar-days", "months" };

    /// <summary>Reads a local timescales file.</summary>
    /// <param name="json">The file's content (UTF-8).</param>
    /// <returns>The local timescales.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON, or not a valid local timescales file.</exception>
    public static LocalTimescales Read(Stream json) => JsonReading.Guard(JsonReading.Parse(json), Read);

    /// <summary>Reads a local timescales file from text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The local timescales.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON, or not a valid local timescales file.</exception>
    public static LocalTimescales Read(string json) => JsonReading.Guard(JsonReading.Parse(json), Read);

    private static LocalTimescales Read(JsonElement root)
    {
        const string Shape = "{\"localTimescales\": {\"DL-70\": {\"amount\": 5, \"unit\": \"working-days\"}}}";
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SafeguardingJsonException("$", "must be an object " + Shape);
        }

        JsonReading.RejectUnknown(root, "$", RootFields, "field");
        if (!JsonReading.TryGet(root, "localTimescales", out var map))
        {
            throw new SafeguardingJsonException("$.localTimescales", "missing (an object of rule ids, such as " + Shape + ")");
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            throw new SafeguardingJsonException("$.localTimescales", "must be an object of rule ids");
        }

        var result = LocalTimescales.None;
        foreach (var property in map.EnumerateObject())
        {
            var id = JsonReading.NameOf(property);
            var path = JsonPaths.Property("$.localTimescales", id);
            if (id is null || !LocalTimescales.IsLocallySetRule(id))
            {
                throw new SafeguardingJsonException(path, $"names no rule whose timing is left to local arrangements; those are {string.Join(", ", LocalTimescales.LocallySetRules.Select(r => r.Id))}");
            }

            if (result.Find(id) is not null)
            {
                throw new SafeguardingJsonException(path, "is given twice");
            }

            result = result.With(id, Entry(property.Value, path));
        }

        return result;
    }

    private static LocalTimescale Entry(JsonElement entry, string path)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw new SafeguardingJsonException(path, "must be an object {\"amount\": 5, \"unit\": \"working-days\"}");
        }

        JsonReading.RejectUnknown(entry, path, EntryFields, "field");
        if (!JsonReading.TryGet(entry, "amount", out var amount))
        {
            throw new SafeguardingJsonException(path + ".amount", "missing (a whole number of units)");
        }

        if (amount.ValueKind != JsonValueKind.Number || !amount.TryGetInt32(out int n) || n < 1 || n > LocalTimescale.MaxAmount)
        {
            throw new SafeguardingJsonException(path + ".amount", $"must be a whole number from 1 to {LocalTimescale.MaxAmount}");
        }

        if (!JsonReading.TryGet(entry, "unit", out var unitValue))
        {
            throw new SafeguardingJsonException(path + ".unit", "missing (" + string.Join(", ", Units) + ")");
        }

        var unit = JsonReading.GetString(unitValue, path + ".unit", "must be one of " + string.Join(", ", Units)) switch
        {
            "working-days" => TimeUnit.WorkingDays,
            "calendar-days" => TimeUnit.CalendarDays,
            "months" => TimeUnit.Months,
            _ => throw new SafeguardingJsonException(path + ".unit", "must be one of " + string.Join(", ", Units)),
        };

        return new LocalTimescale(n, unit);
    }
}
