namespace Safeguarding.Rules.Provenance;

/// <summary>
/// The force of a rule, as the guidance words it. The library never strengthens or softens the wording.
/// </summary>
public enum Force
{
    /// <summary>"Must": a statutory or legal requirement as worded.</summary>
    Must = 0,

    /// <summary>
    /// "Should": statutory guidance, to be complied with unless exceptional circumstances arise
    /// (Working Together 2026, paragraph 6).
    /// </summary>
    Should = 1,

    /// <summary>The text says in terms that the requirement is non-statutory.</summary>
    NonStatutory = 2,

    /// <summary>"May": a power or a discretion.</summary>
    May = 3,

    /// <summary>
    /// Descriptive text: a definition or a statement of what something is (such as "serious harm", paragraph 367),
    /// which asks nothing of anyone by itself. Weaker than "may": a descriptive rule carries no duty of its own.
    /// </summary>
    Descriptive = 4,
}
