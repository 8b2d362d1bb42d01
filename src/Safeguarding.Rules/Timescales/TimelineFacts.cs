using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// The facts about a case timeline that a deadline can need and a timeline may lack. A deadline entry that cannot be
/// settled names them, as a determination names the facts it needs. Each description says how a case file records it.
/// </summary>
public static class TimelineFacts
{
    private static Citation W(string location, string quote) => Citation.WorkingTogether2026(location, quote);

    /// <summary>Which strategy discussion initiated section 47 enquiries.</summary>
    public static FactDefinition StrategyDiscussionInitiatedSection47 { get; } = FactDefinition.Boolean(
        "strategy-discussion-initiated-section-47",
        "Whether a strategy discussion initiated section 47 enquiries: in a case file, \"initiatedSection47\": true or false on a strategy-discussion event. Needed when more than one discussion was held.",
        W("box 'Outcome of section 47 enquiries' (after paragraph 256)", "The initial child protection conference should take place within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held."));

    /// <summary>Whether the initial conference made a child protection plan.</summary>
    public static FactDefinition ConferencePlanMade { get; } = FactDefinition.Boolean(
        "initial-conference-plan-made",
        "Whether the initial child protection conference made the child the subject of a child protection plan: in a case file, \"planMade\": true or false on an initial-child-protection-conference event.");

    /// <summary>Whether section 47 enquiries substantiated concerns of significant harm.</summary>
    public static FactDefinition Section47ConcernsSubstantiated { get; } = FactDefinition.Boolean(
        "section-47-concerns-substantiated",
        "Whether section 47 enquiries substantiated concerns of significant harm: in a case file, a section-47-concerns-substantiated event (the conference itself also shows it).");

    /// <summary>The strategy discussion that the initial conference followed.</summary>
    public static FactDefinition StrategyDiscussion { get; } = FactDefinition.Boolean(
        "strategy-discussion",
        "Whether (and when) a strategy discussion was held before the conference: in a case file, a strategy-discussion event.");

    /// <summary>When the safeguarding partners became aware of the incident.</summary>
    public static FactDefinition IncidentAwareness { get; } = FactDefinition.Boolean(
        "incident-awareness",
        "When a safeguarding partner became aware of the serious incident: in a case file, an incident-awareness event.");

    /// <summary>When the local authority itself became aware of the incident (reading at-04-incident-awareness=local-authority).</summary>
    public static FactDefinition LocalAuthorityAwareness { get; } = FactDefinition.Boolean(
        "local-authority-awareness",
        "When the local authority itself became aware of the serious incident: in a case file, an incident-awareness event with \"partner\": \"local-authority\". Needed under the reading at-04-incident-awareness=local-authority.");
}
