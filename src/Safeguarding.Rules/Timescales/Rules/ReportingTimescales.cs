using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>Reporting (chapter 2): the safeguarding partners' yearly report. Each rule declares its clock beside its quote.</summary>
internal static class ReportingTimescales
{
    /// <summary>The yearly report: the financial year, publication and copies.</summary>
    internal static CaseProcess Process { get; } = new("yearly-report", "The yearly report", FinancialYearEnded, YearlyReportPublished, YearlyReportSentToPanel, YearlyReportSentToMasaUnit);

    /// <summary>The rules, in id order.</summary>
    internal static TimescaleRule[] All { get; } =
    {
            new TimescaleRule(
                "DL-10",
                "yearly-report-period",
                "Report jointly on each 12-month period",
                Force.Must,
                Clock.Described(ClockCount.Period(12, TimeUnit.Months)))
            {
                StartDescription = "The start of the reporting period.",
                EndDescription = "The end of the reporting period.",
                DutyHolder = "The safeguarding partners",
                Citations = new[] { W("paragraph 112", "Safeguarding partners must jointly report on the activity they have undertaken in a 12-month period⁴³.") },
                Note = "A reporting period, not a deadline a case runs against: it is not evaluated in deadline reports. DL-11 gives the date.",
            },
            new TimescaleRule(
                "DL-11",
                "yearly-report-publication",
                "Submit and publish the yearly report by the end of September",
                Force.Should,
                Clock.EachOccurrence(ClockCount.FixedDate(9, 30), Process, E(FinancialYearEnded), One(Force.Should, YearlyReportPublished)))
            {
                StartDescription = "The financial year (April to March) that the report covers ends.",
                EndDescription = "The yearly report is submitted and published.",
                DutyHolder = "The safeguarding partners",
                BreachHandling = "If partners fail to submit the yearly report this may be escalated to the Secretary of State.",
                Citations = new[]
                {
                    W("paragraph 115", "To allow for consistency across local areas, these should be submitted and published by the end of September every year, and should be reflective of work undertaken the previous financial year (April to March)."),
                    W("paragraph 115", "If partners fail to submit the yearly report this may be escalated to the Secretary of State."),
                },
                Note = "Due on 30 September following the end of the financial year. The text does not say to whom the report is submitted, nor whether 30 September also caps the copies of DL-12.",
            },
            new TimescaleRule(
                "DL-12",
                "yearly-report-copy",
                "Send a copy of the yearly report to the Panel and the MASA Unit within 7 days of publication",
                Force.Should,
                Clock.EachOccurrence(
                    ClockCount.CalendarDays(7),
                    Process,
                    E(YearlyReportPublished),
                    new TimescaleObligation("copy to the Panel", E(YearlyReportSentToPanel), Force.Should),
                    new TimescaleObligation("copy to the MASA Unit", E(YearlyReportSentToMasaUnit), Force.Should)))
            {
                StartDescription = "The yearly report is published.",
                EndDescription = "A copy is sent to the Child Safeguarding Practice Review Panel and to the Multi-Agency Safeguarding Arrangements Unit (DfE).",
                DutyHolder = "The safeguarding partners",
                Citations = new[] { W("paragraph 115", "A copy should be sent to the Child Safeguarding Practice Review Panel (Mailbox.NationalReviewPanel@education.gov.uk), who will review it to identify any issues that may need escalation to a national level, and the Multi-Agency Safeguarding Arrangements Unit (Child Protection and Safeguarding Division – DfE) MASA.partners@education.gov.uk given its focus on learning, within 7 days of publication.") },
                DeclaredInterpretations = new[] { CountingConventions.CalendarDays },
            },
    };
}
