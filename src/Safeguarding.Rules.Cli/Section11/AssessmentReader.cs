using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Cli.Section11;

/// <summary>
/// Reads a self-assessment file (the format docs/rules/section11-self-assessment.schema.json describes). Every problem
/// is a <see cref="CliInputException"/> naming the JSON path; no message repeats a name or any free text from the file.
/// </summary>
internal static class AssessmentReader
{
    public static readonly string[] Statuses = { "in-place", "partly", "not-in-place", "not-applicable" };

    private static readonly string[] RootProperties = { "$schema", "$comment", "organisation", "agencyKinds", "includeSection11Guidance2007", "arrangements" };
    private static readonly string[] ClaimProperties = { "id", "title", "status", "evidence", "owner", "lastReviewed", "notApplicableReason", "judgementReference" };

    public static SelfAssessment ReadFile(string path)
    {
        using var document = Commands.JsonInput.Read(path, "ASSESSMENT");
        return Parse(document);
    }

    public static SelfAssessment Parse(JsonDocument document)
    {
        using (document)
        {
            var root = document.RootElement;
            RequireKind(root, JsonValueKind.Object, "$", "an object");
            RejectUnknown(root, "$", RootProperties);
            string organisation = RequiredString(root, "organisation", "$");
            var kinds = ReadKinds(root);
            bool include2007 = root.TryGetProperty("includeSection11Guidance2007", out var flag) && ReadBool(flag, "$.includeSection11Guidance2007");
            if (!root.TryGetProperty("arrangements", out var list))
            {
                throw new CliInputException("$.arrangements: is required (an array, which may be empty).");
            }

            RequireKind(list, JsonValueKind.Array, "$.arrangements", "an array");
            var claims = list.EnumerateArray().Select((e, i) => ReadClaim(e, $"$.arrangements[{i}]")).ToArray();
            return new SelfAssessment(organisation, kinds, claims, include2007);
        }
    }

    private static AgencyKind[] ReadKinds(JsonElement root)
    {
        if (!root.TryGetProperty("agencyKinds", out var kinds))
        {
            throw new CliInputException($"$.agencyKinds: is required; valid kinds: {ValidKinds()}.");
        }

        RequireKind(kinds, JsonValueKind.Array, "$.agencyKinds", "an array of agency kinds");
        return kinds.EnumerateArray().Select((k, i) =>
        {
            string at = $"$.agencyKinds[{i}]";
            return k.ValueKind == JsonValueKind.String && AgencyKinds.TryParse(k.GetString(), out var kind)
                ? kind
                : throw new CliInputException($"{at}: {UnknownKind(k.ValueKind == JsonValueKind.String ? k.GetString() : null)}");
        }).ToArray();
    }

    private static ArrangementClaim ReadClaim(JsonElement element, string at)
    {
        RequireKind(element, JsonValueKind.Object, at, "an object");
        RejectUnknown(element, at, ClaimProperties);
        string id = RequiredString(element, "id", at);
        string statusText = RequiredString(element, "status", at);
        int status = Array.IndexOf(Statuses, statusText);
        if (status < 0)
        {
            throw new CliInputException($"{at}.status: must be one of {string.Join(", ", Statuses)}.");
        }

        var evidence = Array.Empty<string>();
        if (element.TryGetProperty("evidence", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            RequireKind(list, JsonValueKind.Array, $"{at}.evidence", "an array of strings");
            evidence = list.EnumerateArray().Select((e, i) => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw new CliInputException($"{at}.evidence[{i}]: must be a string.")).ToArray();
        }

        return new ArrangementClaim(
            id,
            (ClaimStatus)status,
            evidence,
            OptionalString(element, "owner", at),
            OptionalDate(element, "lastReviewed", at),
            OptionalString(element, "notApplicableReason", at),
            OptionalString(element, "judgementReference", at));
    }

    /// <summary>
    /// Why a kind is not known, in one sentence. The armed services and Channel panels are sections of chapter 4, not
    /// kinds: the text puts their arrangements on local authorities (interpretation s11-arrangements-on-named-bodies).
    /// </summary>
    public static string UnknownKind(string? id) => id is "armed-services" or "armed-forces" or "channel-panel" or "channel-panels" or "channel"
        ? "Working Together 2026 puts the arrangements for the armed services and Channel panels on local authorities and their partners (paragraphs 348 to 353; interpretation s11-arrangements-on-named-bodies): use local-authority."
        : $"unknown agency kind; valid kinds: {ValidKinds()}.";

    private static string ValidKinds() => string.Join(", ", AgencyKinds.All.Select(AgencyKinds.Id));

    private static void RequireKind(JsonElement element, JsonValueKind kind, string at, string what)
    {
        if (element.ValueKind != kind)
        {
            throw new CliInputException($"{at}: must be {what}.");
        }
    }

    private static void RejectUnknown(JsonElement element, string at, string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new CliInputException($"{at}: unknown property; the properties are {string.Join(", ", known)}.");
            }
        }
    }

    private static string RequiredString(JsonElement element, string name, string at) =>
        OptionalString(element, name, at) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new CliInputException($"{at}.{name}: is required (a non-blank string).");

    private static string? OptionalString(JsonElement element, string name, string at)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new CliInputException($"{at}.{name}: must be a string.");
    }

    private static LocalDate? OptionalDate(JsonElement element, string name, string at)
    {
        if (OptionalString(element, name, at) is not { } text)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new CliInputException($"{at}.{name}: is not a date in the form YYYY-MM-DD.");
    }

    private static bool ReadBool(JsonElement element, string at) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new CliInputException($"{at}: must be true or false."),
    };

    /// <summary>
    /// The note for a council that lists <c>local-authority</c> without <c>adult-social-care</c> or <c>housing</c>: those
    /// services are under the section 11 duties (paragraphs 290 and 294) and their arrangements are on those kinds'
    /// checklists only. Null when the note does not apply.
    /// </summary>
    public static string? CouncilServicesNote(IReadOnlyCollection<AgencyKind> kinds)
    {
        var absent = new[] { AgencyKind.AdultSocialCare, AgencyKind.Housing }.Where(k => !kinds.Contains(k)).Select(AgencyKinds.Id).ToArray();
        return kinds.Contains(AgencyKind.LocalAuthority) && absent.Length > 0
            ? $"local-authority is listed without {string.Join(" or ", absent)}: a council that runs adult social care or housing services lists those kinds too (paragraphs 290 and 294 put those services under the section 11 duties; their arrangements are checked only under those kinds)."
            : null;
    }

    /// <summary>The blank self-assessment the template command prints.</summary>
    public static string Template(IReadOnlyList<AgencyKind> kinds)
    {
        var template = new TemplateDocument(
            SchemaUrl,
            CouncilServicesNote(kinds),
            "Your organisation",
            kinds.Select(AgencyKinds.Id).ToArray(),
            false,
            Section11Catalog.For(kinds).Select(a => new TemplateClaim(a.Id, a.Title, Statuses[(int)ClaimStatus.NotInPlace], Array.Empty<string>(), null, null, null, null)).ToArray());
        return JsonSerializer.Serialize(template, Commands.CliJson.Options);
    }

    public const string SchemaUrl = "https://github.com/safeguarding-rules/Safeguarding.Rules/blob/main/docs/rules/section11-self-assessment.schema.json";

    private sealed record TemplateDocument(
        [property: System.Text.Json.Serialization.JsonPropertyName("$schema")] string Schema,
        [property: System.Text.Json.Serialization.JsonPropertyName("$comment"), System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Comment,
        string Organisation,
        string[] AgencyKinds,
        bool IncludeSection11Guidance2007,
        TemplateClaim[] Arrangements);

    private sealed record TemplateClaim(string Id, string Title, string Status, string[] Evidence, string? Owner, string? LastReviewed, string? NotApplicableReason, string? JudgementReference);
}
