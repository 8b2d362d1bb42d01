using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>Allegations against people who work with children (chapter 4). Each rule declares its clock beside its quote.</summary>
internal static class AllegationTimescales
{
    /// <summary>Allegations: reports of an allegation and the designated officer being informed.</summary>
    internal static CaseProcess Process { get; } = new("allegations", "Allegations against people who work with children", AllegationReportedToEmployer, AllegationReportedToPolice, AllegationReportedToSeniorManager, LadoInformed);

    /// <summary>The rules, in id order.</summary>
    internal static TimescaleRule[] All { get; } =
    {
            new TimescaleRule(
                "DL-09",
                "lado-notification",
                "Inform the designated officer (LADO) within one working day of an allegation",
                Force.Should,
                Clock.EarliestOfSeveral(ClockCount.WorkingDays(1), Process, E(AllegationReportedToEmployer, AllegationReportedToPolice), One(Force.Should, LadoInformed)))
            {
                StartDescription = "The allegation comes to the employer's attention, or is made directly to the police, whichever is first (reading at-15-lado-clock-start: the text implies the start rather than stating it). Reports before the designated officer is informed count as one allegation; a report after that starts the next clock.",
                EndDescription = "The designated officer, or team of officers, is informed.",
                DutyHolder = "The employer (school governors, trustees, residential care providers, fostering agencies, voluntary organisations), or the police for allegations made to them (inference: the sentence is passive)",
                Citations = new[]
                {
                    Passages.DesignatedOfficerInformed,
                    Passages.DesignatedOfficerInformedEnd,
                },
                DeclaredInterpretations = new[] { TimescaleInterpretations.NonWorkingDayStart, TimescaleInterpretations.DesignatedOfficerClockStart },
            },
    };
}
