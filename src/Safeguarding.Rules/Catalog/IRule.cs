using System.Collections.Generic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Catalog;

/// <summary>A rule in the catalogue: a timescale, a decision, or a section 11 arrangement.</summary>
public interface IRule : ICited
{
    /// <summary>The stable identifier, from the inventory where it has one (DL-04, DC-36, ...).</summary>
    string Id { get; }

    /// <summary>A title a policy reader understands.</summary>
    string Title { get; }

    /// <summary>The force as worded.</summary>
    Force Force { get; }

    /// <summary>What kind of rule this is.</summary>
    RuleKind Kind { get; }

    /// <summary>The named readings the rule depends on where its text admits more than one (see <see cref="Readings"/>).</summary>
    IReadOnlyList<Interpretation> Interpretations { get; }

    /// <summary>The edition of the guidance the rule encodes: it applies to clocks that start while that edition is in force.</summary>
    Edition Edition { get; }
}

/// <summary>The kinds of rule in the catalogue.</summary>
public enum RuleKind
{
    /// <summary>A quantified time limit (a number of working days, days, months or a fixed date).</summary>
    Timescale = 0,

    /// <summary>An unquantified urgency ("immediately", "without delay"): a word and a citation, never a date.</summary>
    Urgency = 1,

    /// <summary>A decision or threshold test over facts.</summary>
    Decision = 2,

    /// <summary>A section 11 arrangement an organisation should have.</summary>
    Section11Arrangement = 3,
}
