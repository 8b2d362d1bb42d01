using System;
using System.Collections.Generic;
using System.Linq;

namespace Safeguarding.Rules.Checklists;

/// <summary>
/// The checklists of Working Together 2026 the library encodes, each a list of cited items. The section 11
/// arrangements (<see cref="Section11.Section11Catalog"/>) are a checklist family of their own, rated by the same rules.
/// </summary>
public static class ChecklistCatalog
{
    /// <summary>Every checklist, in the order of the text (chapter 2, chapter 3, then chapters 5 and 6).</summary>
    public static IReadOnlyList<Checklist> All { get; } = ReadOnlyLists.Of(
        PartnershipChecklists.PublishedArrangements,
        PartnershipChecklists.YearlyReport,
        ChildProtectionChecklists.StrategyDiscussion,
        ChildProtectionChecklists.ChildProtectionPlan,
        ChildProtectionChecklists.CoreGroup,
        ChildProtectionChecklists.ReviewConference,
        ReviewChecklists.RapidReview,
        ReviewChecklists.LcsprReport,
        ReviewChecklists.ChildDeathReview);

    /// <summary>Finds a checklist by its id (<c>core-group</c>) or by one of its inventory codes (<c>CL-44</c>), ignoring case.</summary>
    /// <param name="idOrCode">The id or code.</param>
    /// <returns>The checklist, or null.</returns>
    public static Checklist? Find(string idOrCode) =>
        All.FirstOrDefault(c => string.Equals(c.Id, idOrCode, StringComparison.OrdinalIgnoreCase) || c.Codes.Contains(idOrCode, StringComparer.OrdinalIgnoreCase));
}
