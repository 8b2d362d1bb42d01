namespace Safeguarding.Rules.Timescales;

/// <summary>The three safeguarding partners for a local authority area.</summary>
public enum SafeguardingPartner
{
    /// <summary>The local authority.</summary>
    LocalAuthority,

    /// <summary>An integrated care board (ICB) for an area any part of which falls within the local authority area.</summary>
    IntegratedCareBoard,

    /// <summary>The chief officer of police for a police area any part of which falls within the local authority area.</summary>
    Police,
}
