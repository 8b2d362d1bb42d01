using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Json;
using Safeguarding.Rules.Json.Documents;
using Safeguarding.Rules.Json.Readers;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Cli.Section11;

/// <summary>
/// The CLI side of a self-assessment: opening the file (the JSON package reads it), the council services note, and
/// the blank template.
/// </summary>
internal static class AssessmentReader
{
    public const string SchemaUrl = SelfAssessmentDocument.SchemaUrl;

    public static IReadOnlyList<string> Statuses => SelfAssessmentReader.Statuses;

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
    public static string Template(IReadOnlyList<AgencyKind> kinds) =>
        SafeguardingJson.Write(SelfAssessmentDocument.Template(kinds, CouncilServicesNote(kinds)));
}
