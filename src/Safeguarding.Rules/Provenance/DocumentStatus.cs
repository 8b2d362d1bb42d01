namespace Safeguarding.Rules.Provenance;

/// <summary>The standing of a source document.</summary>
public enum DocumentStatus
{
    /// <summary>Current statutory guidance.</summary>
    InForce = 0,

    /// <summary>Statutory guidance of an earlier edition, partly superseded by a later one.</summary>
    PartlySuperseded = 1,

    /// <summary>A local safeguarding partnership's procedures: local, not national, guidance.</summary>
    LocalProcedure = 2,

    /// <summary>A consultation draft that never came into force.</summary>
    NeverInForce = 3,
}
