namespace Safeguarding.Rules.Provenance;

/// <summary>
/// Sentences of the guidance that rules of more than one family encode. Each is one <see cref="Citation"/> object,
/// so the rules that share it are linked by reference (see <c>RuleCatalog.RulesCiting</c>), not by a repeated string.
/// </summary>
public static class Passages
{
    /// <summary>Paragraph 264, first part (the sentence runs across a page break): the designated officer is informed within one working day.</summary>
    public static Citation DesignatedOfficerInformed { get; } = Citation.WorkingTogether2026(
        "paragraph 264",
        "The designated officer, or team of officers, should also be informed within one working day of all allegations that come to an");

    /// <summary>Paragraph 264, the sentence's end after the page break.</summary>
    public static Citation DesignatedOfficerInformedEnd { get; } = Citation.WorkingTogether2026(
        "paragraph 264",
        "employer's attention or that are made directly to the police.");
}
