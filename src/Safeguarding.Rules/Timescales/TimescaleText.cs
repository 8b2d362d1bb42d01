using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>Short builders and box names that keep the timescale declarations readable.</summary>
internal static class TimescaleText
{
    internal const string OutcomeBox = "box 'Outcome of section 47 enquiries' (after paragraph 256)";
    internal const string AssessmentBox = "box 'Assessment, support and planning for children under the Children Act 1989' (after paragraph 241)";
    internal const string StrategyBox = "box 'Strategy discussion' (after paragraph 256)";
    internal const string ImmediateBox = "box 'Immediate protection' (after paragraph 256)";
    internal const string ChildDeathBox = "box 'Specific responsibilities of relevant bodies in relation to child deaths' (after paragraph 442)";
    internal const string SummaryBox = TimescaleInterpretations.SummaryBox;
    internal const string BoxCpPlan = TimescaleInterpretations.BoxCpPlan;
    internal const string BoxReview = TimescaleInterpretations.BoxReview;
    internal const string BoxDiscontinuing = TimescaleInterpretations.BoxDiscontinuing;

    /// <summary>The reading every working-day clock applies to a start on a non-working day.</summary>
    internal static Interpretation[] WorkingDayStart => new[] { TimescaleInterpretations.NonWorkingDayStart };

    internal static Citation W(string location, string quote) => Citation.WorkingTogether2026(location, quote);

    internal static CaseEventType[] E(params CaseEventType[] types) => types;

    /// <summary>A rule's one obligation: met by any of the end events, with the force as worded.</summary>
    internal static TimescaleObligation One(Force force, params CaseEventType[] end) => new(string.Empty, end, force);
}
