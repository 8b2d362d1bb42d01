using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Safeguarding.Rules.Section11;
using static Safeguarding.Rules.Json.Readers.JsonFields;

namespace Safeguarding.Rules.Json.Readers;

/// <summary>
/// Reads a section 11 self-assessment (docs/rules/section11-self-assessment.schema.json). Every problem is a
/// <see cref="SafeguardingJsonException"/> naming the JSON path; no message repeats a name or free text from the file,
/// and an arrangement id is named only when it looks like an id.
/// </summary>
public static class SelfAssessmentReader
{
    /// <summary>The claim statuses a file uses, in the order of <see cref="ClaimStatus"/>.</summary>
    public static IReadOnlyList<string> Statuses { get; } = new[] { "in-place", "partly", "not-in-place", "not-applicable" };

    private static readonly string[] RootProperties = { "$schema", "$comment", "organisation", "agencyKinds", "includeSection11Guidance2007", "arrangements" };
    private static readonly string[] ClaimProperties = { "id", "title", "status", "evidence", "owner", "lastReviewed", "notApplicableReason", "judgementReference" };

    /// <summary>Reads a self-assessment.</summary>
    /// <param name="json">The file's content (UTF-8).</param>
    /// <returns>The self-assessment.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON or not a valid self-assessment.</exception>
    public static SelfAssessment Read(Stream json)
    {
        return JsonReading.Guard(JsonReading.Parse(json), Read);
    }

    /// <summary>Reads a self-assessment from text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The self-assessment.</returns>
    /// <exception cref="SafeguardingJsonException">It is not valid JSON or not a valid self-assessment.</exception>
    public static SelfAssessment Read(string json)
    {
        return JsonReading.Guard(JsonReading.Parse(json), Read);
    }

    /// <summary>
    /// Why an agency kind is not known, in one sentence. The armed services and Channel panels are sections of chapter
    /// 4, not kinds: the text puts their arrangements on local authorities (interpretation s11-arrangements-on-named-bodies).
    /// </summary>
    /// <param name="id">The kind as given, or null.</param>
    /// <returns>The sentence.</returns>
    public static string UnknownAgencyKind(string? id) => id is "armed-services" or "armed-forces" or "channel-panel" or "channel-panels" or "channel"
        ? "Working Together 2026 puts the arrangements for the armed services and Channel panels on local authorities and their partners (paragraphs 348 to 353; interpretation s11-arrangements-on-named-bodies): use local-authority."
        : $"unknown agency kind; valid kinds: {ValidKinds()}.";

    private static SelfAssessment Read(JsonElement root)
    {
        RequireKind(root, JsonValueKind.Object, "$", "an object");
        JsonReading.RejectUnknown(root, "$", RootProperties, "field");
        string organisation = RequiredString(root, "organisation", "$");
        var kinds = ReadKinds(root);
        bool include2007 = root.TryGetProperty("includeSection11Guidance2007", out var flag) && ReadBool(flag, "$.includeSection11Guidance2007");
        if (!root.TryGetProperty("arrangements", out var list))
        {
            throw new SafeguardingJsonException("$.arrangements", "is required (an array, which may be empty)");
        }

        RequireKind(list, JsonValueKind.Array, "$.arrangements", "an array");
        var valid = Section11Catalog.For(kinds, include2007).Select(a => a.Id).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var claims = new List<ArrangementClaim>();
        int i = 0;
        foreach (var element in list.EnumerateArray())
        {
            var claim = ReadClaim(element, JsonPaths.Index("$.arrangements", i));
            CheckId(claim.ArrangementId, i, kinds, valid, seen);
            claims.Add(claim);
            i++;
        }

        return new SelfAssessment(organisation, kinds, claims, include2007);
    }

    private static void CheckId(string id, int index, AgencyKind[] kinds, string[] valid, Dictionary<string, int> seen)
    {
        string at = $"$.arrangements[{index}].id";
        if (kinds.Length == 0)
        {
            return;
        }

        if (!valid.Contains(id, StringComparer.Ordinal))
        {
            string forKinds = $"for agency kinds {string.Join(", ", kinds.Select(AgencyKinds.Id))}";
            if (!JsonPaths.LooksLikeName(id))
            {
                throw new SafeguardingJsonException(at, $"an unknown arrangement id {forKinds}; 'section11 template' lists the ids");
            }

            var nearest = JsonPaths.Nearest(id, valid);
            throw new SafeguardingJsonException(at, $"unknown arrangement \"{id}\" {forKinds}{(nearest is null ? string.Empty : $"; did you mean \"{nearest}\"?")}; 'section11 template' lists the ids");
        }

        if (seen.TryGetValue(id, out int first))
        {
            throw new SafeguardingJsonException(at, $"the arrangement is already assessed at $.arrangements[{first}]");
        }

        seen.Add(id, index);
    }

    private static AgencyKind[] ReadKinds(JsonElement root)
    {
        if (!root.TryGetProperty("agencyKinds", out var kinds))
        {
            throw new SafeguardingJsonException("$.agencyKinds", $"is required; valid kinds: {ValidKinds()}");
        }

        RequireKind(kinds, JsonValueKind.Array, "$.agencyKinds", "an array of agency kinds");
        var result = new List<AgencyKind>();
        int i = 0;
        foreach (var k in kinds.EnumerateArray())
        {
            string at = JsonPaths.Index("$.agencyKinds", i++);
            string? text = k.ValueKind == JsonValueKind.String ? JsonReading.GetString(k, at) : null;
            result.Add(text is not null && AgencyKinds.TryParse(text, out var kind) ? kind : throw new SafeguardingJsonException(at, UnknownAgencyKind(text).TrimEnd('.')));
        }

        if (result.Count == 0)
        {
            throw new SafeguardingJsonException("$.agencyKinds", $"at least one agency kind is required; valid kinds: {ValidKinds()}");
        }

        return result.ToArray();
    }

    private static ArrangementClaim ReadClaim(JsonElement element, string at)
    {
        RequireKind(element, JsonValueKind.Object, at, "an object");
        JsonReading.RejectUnknown(element, at, ClaimProperties, "field");
        string id = RequiredString(element, "id", at);
        string statusText = RequiredString(element, "status", at);
        int status = Statuses.ToList().IndexOf(statusText);
        if (status < 0)
        {
            throw new SafeguardingJsonException($"{at}.status", $"must be one of {string.Join(", ", Statuses)}");
        }

        var evidence = OptionalStrings(element, "evidence", at);
        OptionalString(element, "title", at);
        return new ArrangementClaim(
            id,
            (ClaimStatus)status,
            evidence,
            OptionalString(element, "owner", at),
            OptionalDate(element, "lastReviewed", at),
            OptionalString(element, "notApplicableReason", at),
            OptionalString(element, "judgementReference", at));
    }

    private static string ValidKinds() => JsonPaths.List(AgencyKinds.All.Select(AgencyKinds.Id).ToArray(), 170);

    private static bool ReadBool(JsonElement element, string at) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new SafeguardingJsonException(at, "must be true or false"),
    };
}
