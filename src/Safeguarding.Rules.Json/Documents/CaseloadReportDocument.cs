using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Json.Documents;

/// <summary>A caseload report over a children in need census return (what <c>caseload --format json</c> prints; schema <c>docs/rules/caseload-report.schema.json</c>). Only LAchildID, element paths and dates from the census appear.</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="AsOf">The date deadlines are evaluated as of.</param>
/// <param name="CollectionYear">The census collection year (the year the return is made).</param>
/// <param name="YearStart">The first day of the census year.</param>
/// <param name="YearEnd">The last day of the census year.</param>
/// <param name="Children">Children in the return.</param>
/// <param name="Episodes">Children in need episodes in the return.</param>
/// <param name="AppliedEditions">The ids of the editions whose rules were applied.</param>
/// <param name="EditionNotInForce">Deadlines whose clocks started before the edition came into force.</param>
/// <param name="AppliedBeforeCommencement">True when the caller chose to apply the current edition to earlier clocks.</param>
/// <param name="EditionNote">The statement of editions, in words.</param>
/// <param name="Readings">Every reading the report depends on.</param>
/// <param name="Measures">DfE's published timeliness measures (C2 and C4), computed from the return.</param>
/// <param name="Deadlines">For each statutory rule, how many deadlines have each status.</param>
/// <param name="RulesLeftOut">Rules the census cannot evaluate, and why.</param>
/// <param name="Late">Every late or overdue deadline.</param>
/// <param name="Findings">Problems found in the return.</param>
public sealed record CaseloadReportDocument(
    string SchemaVersion,
    LocalDate AsOf,
    int CollectionYear,
    LocalDate YearStart,
    LocalDate YearEnd,
    int Children,
    int Episodes,
    IReadOnlyList<string> AppliedEditions,
    int EditionNotInForce,
    bool AppliedBeforeCommencement,
    string EditionNote,
    IReadOnlyList<ReadingDocument> Readings,
    IReadOnlyList<MeasureDocument> Measures,
    IReadOnlyList<RuleTallyDocument> Deadlines,
    IReadOnlyList<string> RulesLeftOut,
    IReadOnlyList<LateDeadlineDocument> Late,
    IReadOnlyList<CensusFindingDocument> Findings)
{
    /// <summary>Maps a caseload report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="editionNote">The statement of editions, in words.</param>
    /// <returns>The document.</returns>
    public static CaseloadReportDocument From(CaseloadReport report, string editionNote)
    {
        if (report is null)
        {
            throw new ArgumentNullException(nameof(report));
        }

        return new(
            SafeguardingJson.SchemaVersion,
            report.AsOf,
            report.CollectionYear,
            report.YearStart,
            report.YearEnd,
            report.Children,
            report.Episodes,
            report.Editions.Select(e => e.Id).ToArray(),
            report.EditionNotInForce,
            report.AppliedBeforeCommencement,
            editionNote ?? string.Empty,
            ReadingDocument.All(report.Readings),
            new[] { report.AssessmentDuration, report.IcpcDuration }.Select(m => new MeasureDocument(
                m.Id, m.Title, m.Count, m.LeftOut, m.Total, m.Limit, m.WithinLimit, m.Bands.Select(b => new BandDocument(b.Label, b.From, b.To, b.Count)).ToArray(), m.P25, m.Median, m.P75)).ToArray(),
            report.Deadlines.Select(t => new RuleTallyDocument(t.RuleId, t.Title, StatusCountsDocument.From(t), t.Total)).ToArray(),
            report.RulesLeftOut.ToArray(),
            report.Late.Select(l => new LateDeadlineDocument(l.ChildId, l.Episode, l.RuleId, l.Occurrence, l.Status, l.StartDate, l.DueDate, l.EndDate, l.Days, l.DaysUnit)).ToArray(),
            report.Findings.Select(f => new CensusFindingDocument(f.ChildId, f.Path, f.Problem)).ToArray());
    }
}

/// <summary>One of DfE's timeliness measures.</summary>
/// <param name="Id">The measure's id (<c>assessment-duration</c>, <c>icpc-duration</c>).</param>
/// <param name="Title">Its title.</param>
/// <param name="Count">Durations measured.</param>
/// <param name="LeftOut">Records left out (no end date, or an end before the start).</param>
/// <param name="Total">Count plus left out.</param>
/// <param name="Limit">The limit the measure is judged against, in working days.</param>
/// <param name="WithinLimit">Durations within the limit.</param>
/// <param name="Bands">DfE's duration bands with their counts.</param>
/// <param name="P25">The 25th percentile, or null.</param>
/// <param name="Median">The median, or null.</param>
/// <param name="P75">The 75th percentile, or null.</param>
public sealed record MeasureDocument(string Id, string Title, int Count, int LeftOut, int Total, int Limit, int WithinLimit, IReadOnlyList<BandDocument> Bands, double? P25, double? Median, double? P75);

/// <summary>A duration band.</summary>
/// <param name="Label">DfE's label.</param>
/// <param name="From">The first working day counted in it.</param>
/// <param name="To">The last, or null for the open band.</param>
/// <param name="Count">Durations in it.</param>
public sealed record BandDocument(string Label, int From, int? To, int Count);

/// <summary>How many deadlines of one rule have each status.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Counts">The count of each status.</param>
/// <param name="Total">All the rule's deadlines.</param>
public sealed record RuleTallyDocument(string RuleId, string Title, StatusCountsDocument Counts, int Total);

/// <summary>A count for each deadline status.</summary>
/// <param name="Met">Met.</param>
/// <param name="MetLate">Met late.</param>
/// <param name="Due">Due.</param>
/// <param name="Overdue">Overdue.</param>
/// <param name="NotStarted">Not started.</param>
/// <param name="Undetermined">Undetermined.</param>
/// <param name="Done">Done.</param>
/// <param name="Pending">Pending.</param>
/// <param name="Running">Running.</param>
/// <param name="Breached">Breached.</param>
/// <param name="EditionNotInForce">Edition not in force.</param>
/// <param name="OutsideCalendar">Outside the calendar.</param>
public sealed record StatusCountsDocument(int Met, int MetLate, int Due, int Overdue, int NotStarted, int Undetermined, int Done, int Pending, int Running, int Breached, int EditionNotInForce, int OutsideCalendar)
{
    internal static StatusCountsDocument From(RuleTally t) => new(
        t.Count(DeadlineStatus.Met),
        t.Count(DeadlineStatus.MetLate),
        t.Count(DeadlineStatus.Due),
        t.Count(DeadlineStatus.Overdue),
        t.Count(DeadlineStatus.NotStarted),
        t.Count(DeadlineStatus.Undetermined),
        t.Count(DeadlineStatus.Done),
        t.Count(DeadlineStatus.Pending),
        t.Count(DeadlineStatus.Running),
        t.Count(DeadlineStatus.Breached),
        t.Count(DeadlineStatus.EditionNotInForce),
        t.Count(DeadlineStatus.OutsideCalendar));
}

/// <summary>A late or overdue deadline in the caseload.</summary>
/// <param name="Child">The child's LAchildID.</param>
/// <param name="Episode">The episode's position in the child's record (1-based).</param>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Occurrence">Which clock of the rule.</param>
/// <param name="Status">met-late or overdue.</param>
/// <param name="Start">The day the clock started.</param>
/// <param name="Due">The due date.</param>
/// <param name="Done">The day the clock stopped, or null while overdue.</param>
/// <param name="Days">Days late.</param>
/// <param name="DaysUnit">The unit of <paramref name="Days"/>.</param>
public sealed record LateDeadlineDocument(string Child, int Episode, string RuleId, int Occurrence, DeadlineStatus Status, LocalDate? Start, LocalDate? Due, LocalDate? Done, int Days, TimeUnit DaysUnit);

/// <summary>A problem found in the census return.</summary>
/// <param name="Child">The child's LAchildID.</param>
/// <param name="Path">The element path.</param>
/// <param name="Problem">The problem.</param>
public sealed record CensusFindingDocument(string Child, string Path, string Problem);
