using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>Child death review (chapter 6): the registrar's and the coroner's notifications. Each rule declares its clock beside its quote.</summary>
internal static class ChildDeathTimescales
{
    /// <summary>Registering a child's death.</summary>
    internal static CaseProcess Registration { get; } = new("death-registration", "Registering a child's death", DeathRegistered, RegisterCorrected, CertificateOfNoLiabilityIssued, ParticularsSuppliedToCdrPartners);

    /// <summary>The coroner's investigation.</summary>
    internal static CaseProcess Coroner { get; } = new("coroner", "The coroner's investigation", CoronerDecidedToInvestigate, CdrPartnersNotifiedByCoroner);

    /// <summary>The rules, in id order.</summary>
    internal static TimescaleRule[] All { get; } =
    {
            new TimescaleRule(
                "DL-21",
                "registrar-to-cdr-partners",
                "Registrar supplies the particulars of a child's death to the child death review partners within seven days",
                Force.Must,
                Clock.EachOccurrence(ClockCount.CalendarDays(7), Registration, E(DeathRegistered, RegisterCorrected, CertificateOfNoLiabilityIssued), One(Force.Must, ParticularsSuppliedToCdrPartners)))
            {
                StartDescription = "The death is registered, the correction is made, or the Certificate of No Liability to Register is issued.",
                EndDescription = "The particulars are provided to the child death review partners covering the sub-district in which the register is kept.",
                DutyHolder = "The Registrar of Births and Deaths",
                Condition = "The person was or may have been under the age of 18 at the time of death.",
                Citations = new[] { W(ChildDeathBox, "The information must be provided to the appropriate child death review partners (which cover the sub-district in which the register is kept) no later than seven days from the date the death was registered, the date the correction was made or the date the certificate was issued.") },
                DeclaredInterpretations = new[] { CountingConventions.CalendarDays },
            },
            new TimescaleRule(
                "DL-22",
                "coroner-to-cdr-partners",
                "Coroner notifies the child death review partners within three working days of deciding to investigate",
                Force.Must,
                Clock.EachOccurrence(ClockCount.WorkingDays(3), Coroner, E(CoronerDecidedToInvestigate), One(Force.Must, CdrPartnersNotifiedByCoroner)))
            {
                StartDescription = "The coroner decides to investigate a death or to commission a post-mortem.",
                EndDescription = "The child death review partners for the area in which the child died or where the body was found are notified.",
                DutyHolder = "The coroner",
                Citations = new[] { W(ChildDeathBox, "Coroner's duty to notify the child death review partners for the area in which the child died or where the child's body was found within three working days of deciding to investigate a death or commission a post-mortem.") },
                DeclaredInterpretations = WorkingDayStart,
                Note = "The text calls it a duty (Coroners and Justice Act 2009; Coroners (Investigations) Regulations 2013), so the force is must. The area notified can differ from the area of normal residence, whose partners review the death.",
            },
    };
}
