using System.Collections.Generic;

namespace Safeguarding.Rules.Provenance;

/// <summary>Anything that states the text behind it: a rule, a condition, an interpretation.</summary>
public interface ICited
{
    /// <summary>The citations, each with a verbatim quote.</summary>
    IReadOnlyList<Citation> Citations { get; }
}
