using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Checklists;

/// <summary>
/// The red-amber-green rules every checklist family shares, section 11 included: met is green; a required item that
/// is missing (not met, or left out) is red; anything else short of met is amber; not applicable has no rating. The
/// overall rating is the worst rating of the required items, green when there are none.
/// </summary>
internal static class RagRules
{
    public static Rag? Rate(bool required, bool notApplicable, bool met, bool missing) =>
        notApplicable ? null
        : met ? Rag.Green
        : missing && required ? Rag.Red
        : Rag.Amber;

    public static Rag Overall(IEnumerable<(bool Required, Rag? Rating)> findings)
    {
        var required = findings.Where(f => f.Required && f.Rating is not null).Select(f => f.Rating!.Value).ToArray();
        return required.Length == 0 ? Rag.Green : required.Max();
    }
}
