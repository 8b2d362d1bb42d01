using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Logic;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>
/// A fact file read for one decision rule: the facts the rule reads, and the names of the facts from the shared
/// vocabulary that the file gives and the rule does not read (one fact set can go to every rule).
/// </summary>
public sealed class FactFile
{
    private static readonly string[] RootFields = { "$schema", "facts" };

    private FactFile(Facts facts, IReadOnlyList<string> ignoredFacts)
    {
        Facts = facts;
        IgnoredFacts = ignoredFacts;
    }

    /// <summary>The facts the rule reads.</summary>
    public Facts Facts { get; }

    /// <summary>Facts of the shared vocabulary given in the file that the rule does not read, in file order.</summary>
    public IReadOnlyList<string> IgnoredFacts { get; }

    /// <summary>Every fact of the shared vocabulary: the facts any decision rule reads.</summary>
    public static IReadOnlyList<FactDefinition> Vocabulary { get; } =
        DecisionRules.All.SelectMany(r => r.Facts).GroupBy(f => f.Name, StringComparer.Ordinal).Select(g => g.First()).ToArray();

    /// <summary>
    /// Reads a fact file: a JSON object <c>{"facts": {"fact-name": value, ...}}</c>, where a value is true or false,
    /// one of an enumeration's values, a whole number, or null (unknown, the same as leaving the fact out).
    /// </summary>
    /// <param name="json">The file's content (UTF-8).</param>
    /// <param name="rule">The rule the facts are for.</param>
    /// <returns>The facts, and the facts ignored.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON, or a fact is outside the vocabulary or of the wrong type.</exception>
    public static FactFile Read(Stream json, DecisionRule rule)
    {
        return JsonReading.Guard(JsonReading.Parse(json), root => Read(root, rule));
    }

    /// <summary>Reads a fact file from text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="rule">The rule the facts are for.</param>
    /// <returns>The facts, and the facts ignored.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON, or not a valid fact file.</exception>
    public static FactFile Read(string json, DecisionRule rule)
    {
        return JsonReading.Guard(JsonReading.Parse(json), root => Read(root, rule));
    }

    private static FactFile Read(JsonElement root, DecisionRule rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SafeguardingJsonException("$", "must be an object {\"facts\": {\"fact-name\": value, ...}}");
        }

        JsonReading.RejectUnknown(root, "$", RootFields, "field");
        if (!root.TryGetProperty("facts", out var facts))
        {
            throw new SafeguardingJsonException("$.facts", "missing (an object {\"fact-name\": value, ...})");
        }

        if (facts.ValueKind != JsonValueKind.Object)
        {
            throw new SafeguardingJsonException("$.facts", "must be an object {\"fact-name\": value, ...}");
        }

        var result = Facts.None;
        var ignored = new List<string>();
        foreach (var property in facts.EnumerateObject())
        {
            var name = JsonReading.NameOf(property);
            var fact = name is null ? null : rule.FindFact(name);
            if (fact is not null)
            {
                result = Add(result, fact, property.Value, JsonPaths.Property("$.facts", name));
                continue;
            }

            var shared = name is null ? null : Vocabulary.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
            if (shared is null)
            {
                throw Unknown(name, rule);
            }

            Add(Facts.None, shared, property.Value, JsonPaths.Property("$.facts", name));
            if (!ignored.Contains(shared.Name))
            {
                ignored.Add(shared.Name);
            }
        }

        return new FactFile(result, ignored.AsReadOnly());
    }

    private static SafeguardingJsonException Unknown(string? name, DecisionRule rule)
    {
        string facts = JsonPaths.List(rule.Facts.Select(f => f.Name).ToArray(), 110);
        if (!JsonPaths.LooksLikeName(name))
        {
            return new("$.facts[?]", $"an unknown fact; the facts {rule.Id} reads: {facts}");
        }

        var nearest = JsonPaths.Nearest(name!, rule.Facts.Select(f => f.Name)) ?? JsonPaths.Nearest(name!, Vocabulary.Select(f => f.Name));
        return new(
            JsonPaths.Property("$.facts", name),
            $"unknown fact \"{name}\"{(nearest is null ? string.Empty : $"; did you mean \"{nearest}\"?")}; the facts {rule.Id} reads: {facts}");
    }

    private static Facts Add(Facts facts, FactDefinition fact, JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return facts;
        }

        switch (fact.Type)
        {
            case FactType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return facts.With(fact.Name, value.GetBoolean());
            case FactType.Enumeration when value.ValueKind == JsonValueKind.String && fact.Accepts(JsonReading.GetString(value, path)):
                return facts.With(fact.Name, value.GetString()!);
            case FactType.WholeNumber when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) && fact.Accepts(n):
                return facts.With(fact.Name, n);
            default:
                throw new SafeguardingJsonException(path, $"must be {fact.ExpectedType}, or null when unknown");
        }
    }
}
