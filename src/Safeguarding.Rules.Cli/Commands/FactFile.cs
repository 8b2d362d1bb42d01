using System;
using System.Linq;
using System.Text.Json;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>
/// Reads a fact file: a JSON object <c>{"facts": {"fact-name": value, ...}}</c>, where a value is true or false, one
/// of an enumeration's values, a whole number, or null (unknown, the same as leaving the fact out). Errors name the
/// file's problem and the fact, never a value, so that no personal data is echoed.
/// </summary>
internal static class FactFile
{
    public static Facts Read(string path, DecisionRule rule)
    {
        using var document = JsonInput.Read(path, "FACTS");
        return Parse(document.RootElement, rule);
    }

    public static Facts Parse(JsonElement root, DecisionRule rule)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("facts", out var facts) || facts.ValueKind != JsonValueKind.Object)
        {
            throw new CliInputException("facts file: expected a JSON object {\"facts\": {\"fact-name\": value, ...}}.");
        }

        foreach (var property in root.EnumerateObject().Where(p => p.Name != "facts"))
        {
            throw new CliInputException($"facts file: unexpected property '{property.Name}'; the only property is 'facts'.");
        }

        var result = Facts.None;
        foreach (var property in facts.EnumerateObject())
        {
            var fact = rule.FindFact(property.Name)
                ?? throw new CliInputException($"unknown fact '{property.Name}' for {rule.Id}; valid facts: {string.Join(", ", rule.Facts.Select(f => f.Name))}.");
            result = Add(result, fact, property.Value);
        }

        return result;
    }

    private static Facts Add(Facts facts, FactDefinition fact, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return facts;
        }

        switch (fact.Type)
        {
            case FactType.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return facts.With(fact.Name, value.GetBoolean());
            case FactType.Enumeration when value.ValueKind == JsonValueKind.String && fact.Accepts(value.GetString()):
                return facts.With(fact.Name, value.GetString()!);
            case FactType.WholeNumber when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) && fact.Accepts(n):
                return facts.With(fact.Name, n);
            default:
                throw new CliInputException($"fact '{fact.Name}' must be {fact.ExpectedType}, or null when unknown.");
        }
    }
}
