using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using NodaTime;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Census;

/// <summary>
/// A local authority's whole caseload from its census return, as of a date: the statutory deadlines the census can
/// show, counted by rule and status, with every late or overdue one listed; DfE's timeliness measures (tables C2 and
/// C4) beside them under their own names; the data-quality findings; and the editions and readings applied.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class CaseloadReport
{
    internal CaseloadReport(
        LocalDate asOf,
        int collectionYear,
        int children,
        int episodes,
        IReadOnlyList<RuleTally> deadlines,
        IReadOnlyList<LateDeadline> late,
        DurationMeasure assessmentDuration,
        DurationMeasure icpcDuration,
        IReadOnlyList<CensusFinding> findings,
        IReadOnlyList<AppliedReading> readings,
        IReadOnlyList<Edition> editions,
        int editionNotInForce,
        bool appliedBeforeCommencement,
        IReadOnlyList<string> rulesLeftOut)
    {
        AsOf = asOf;
        CollectionYear = collectionYear;
        Children = children;
        Episodes = episodes;
        Deadlines = deadlines;
        Late = late;
        AssessmentDuration = assessmentDuration;
        IcpcDuration = icpcDuration;
        Findings = findings;
        Readings = readings;
        Editions = editions;
        EditionNotInForce = editionNotInForce;
        AppliedBeforeCommencement = appliedBeforeCommencement;
        RulesLeftOut = rulesLeftOut;
    }

    /// <summary>The date the deadlines are evaluated as of (the census reference date unless the caller chose another).</summary>
    public LocalDate AsOf { get; }

    /// <summary>The collection year, named by the year it ends in (2027: 1 April 2026 to 31 March 2027).</summary>
    public int CollectionYear { get; }

    /// <summary>The first day of the collection year (1 April).</summary>
    public LocalDate YearStart => new(CollectionYear - 1, 4, 1);

    /// <summary>The last day of the collection year (31 March).</summary>
    public LocalDate YearEnd => new(CollectionYear, 3, 31);

    /// <summary>The number of <c>Child</c> records.</summary>
    public int Children { get; }

    /// <summary>The number of episodes (<c>CINdetails</c>).</summary>
    public int Episodes { get; }

    /// <summary>For each rule evaluated, in id order, the number of its deadlines in each status (a plan has several reviews, so DL-07 may count several per episode).</summary>
    public IReadOnlyList<RuleTally> Deadlines { get; }

    /// <summary>Every deadline met late, overdue or breached, in file order.</summary>
    public IReadOnlyList<LateDeadline> Late { get; }

    /// <summary>DfE table C2: completed assessments by working days from their start to their authorisation.</summary>
    public DurationMeasure AssessmentDuration { get; }

    /// <summary>DfE table C4: initial conferences by working days from the section 47 start.</summary>
    public DurationMeasure IcpcDuration { get; }

    /// <summary>Data-quality findings, each on one child: element path and problem (and InitialCPCtarget disagreements).</summary>
    public IReadOnlyList<CensusFinding> Findings { get; }

    /// <summary>The readings applied: the census readings, then every reading of the timescale rules.</summary>
    public IReadOnlyList<AppliedReading> Readings { get; }

    /// <summary>The editions of the guidance applied.</summary>
    public IReadOnlyList<Edition> Editions { get; }

    /// <summary>
    /// How many deadlines started before Working Together 2026 came into force and so were given no verdict
    /// (<see cref="DeadlineStatus.EditionNotInForce"/>); the reading clocks-before-commencement=apply-current-edition
    /// applies the 2026 rules to them.
    /// </summary>
    public int EditionNotInForce { get; }

    /// <summary>True when the caller chose to apply the 2026 edition to clocks that started before it was in force, and some did.</summary>
    public bool AppliedBeforeCommencement { get; }

    /// <summary>Rules the census cannot show and the report leaves out, each with the reason ("DL-05: ...").</summary>
    public IReadOnlyList<string> RulesLeftOut { get; }

    /// <summary>True when any deadline is overdue.</summary>
    public bool HasOverdue
    {
        get
        {
            foreach (var tally in Deadlines)
            {
                if (tally.Count(DeadlineStatus.Overdue) > 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>One rule's deadlines over the caseload, counted by status.</summary>
/// <remarks>Immutable.</remarks>
public sealed class RuleTally
{
    internal RuleTally(string ruleId, string title, int[] counts)
    {
        RuleId = ruleId;
        Title = title;
        var map = new Dictionary<DeadlineStatus, int>();
        int total = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            map[(DeadlineStatus)i] = counts[i];
            total += counts[i];
        }

        Counts = new ReadOnlyDictionary<DeadlineStatus, int>(map);
        Total = total;
    }

    /// <summary>The rule's id, such as DL-04.</summary>
    public string RuleId { get; }

    /// <summary>The rule's title.</summary>
    public string Title { get; }

    /// <summary>The number of deadlines in each status (every status, zero included).</summary>
    public IReadOnlyDictionary<DeadlineStatus, int> Counts { get; }

    /// <summary>All the rule's deadlines.</summary>
    public int Total { get; }

    /// <summary>The number of deadlines in one status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int Count(DeadlineStatus status) => Counts.TryGetValue(status, out int n) ? n : 0;
}

/// <summary>A deadline met late, overdue or breached: the child, the episode, the rule, the dates and how late.</summary>
/// <remarks>Immutable.</remarks>
public sealed class LateDeadline
{
    internal LateDeadline(string childId, int episode, DeadlineEntry entry)
    {
        ChildId = childId;
        Episode = episode;
        RuleId = entry.RuleId;
        Occurrence = entry.Occurrence;
        Status = entry.Status;
        StartDate = entry.StartDate;
        DueDate = entry.DueDate;
        EndDate = entry.EndDate;
        Days = entry.Days;
        DaysUnit = entry.DaysUnit;
    }

    /// <summary>The child's <c>LAchildID</c>.</summary>
    public string ChildId { get; }

    /// <summary>The episode's number within the child, from 1.</summary>
    public int Episode { get; }

    /// <summary>The rule's id.</summary>
    public string RuleId { get; }

    /// <summary>The occurrence (the second review, say), from 1.</summary>
    public int Occurrence { get; }

    /// <summary>Met late, overdue or breached.</summary>
    public DeadlineStatus Status { get; }

    /// <summary>The date the clock started.</summary>
    public LocalDate? StartDate { get; }

    /// <summary>The due date.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>The date held; null while overdue.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>How late: working days for a working-day limit (DL-03, DL-04), calendar days for a limit in months (DL-06, DL-07); see <see cref="DaysUnit"/>.</summary>
    public int Days { get; }

    /// <summary>The unit of <see cref="Days"/>.</summary>
    public TimeUnit DaysUnit { get; }
}

/// <summary>
/// One of DfE's duration measures: durations in working days, the start day being day 0, on the England and Wales
/// calendar, in DfE's bands, with the 25th percentile, median and 75th percentile.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class DurationMeasure
{
    internal DurationMeasure(string id, string title, int limit, IReadOnlyList<DurationBand> bands, int count, int leftOut, double? p25, double? median, double? p75)
    {
        Id = id;
        Title = title;
        Limit = limit;
        Bands = bands;
        Count = count;
        LeftOut = leftOut;
        P25 = p25;
        Median = median;
        P75 = p75;
    }

    /// <summary>The measure's id: <c>assessment-duration</c> (C2) or <c>icpc-duration</c> (C4).</summary>
    public string Id { get; }

    /// <summary>The measure's title.</summary>
    public string Title { get; }

    /// <summary>The statutory limit the measure sits beside, in working days (45 or 15), for the "within" line.</summary>
    public int Limit { get; }

    /// <summary>The bands, in order; their counts add up to <see cref="Count"/>.</summary>
    public IReadOnlyList<DurationBand> Bands { get; }

    /// <summary>The number of durations counted (the bands' total).</summary>
    public int Count { get; }

    /// <summary>Records counted in the year but left out of the durations: an end dated before its start (a conference before its section 47 start, as DfE does).</summary>
    public int LeftOut { get; }

    /// <summary>Every record in the year: <see cref="Count"/> plus <see cref="LeftOut"/>.</summary>
    public int Total => Count + LeftOut;

    /// <summary>How many durations were within <see cref="Limit"/> working days.</summary>
    public int WithinLimit
    {
        get
        {
            int n = 0;
            foreach (var band in Bands)
            {
                if (band.To is { } to && to <= Limit)
                {
                    n += band.Count;
                }
            }

            return n;
        }
    }

    /// <summary>The 25th percentile (reading census-percentile); null when there are no durations.</summary>
    public double? P25 { get; }

    /// <summary>The median.</summary>
    public double? Median { get; }

    /// <summary>The 75th percentile.</summary>
    public double? P75 { get; }
}

/// <summary>One band of a duration measure.</summary>
/// <remarks>Immutable.</remarks>
public sealed class DurationBand
{
    internal DurationBand(string label, int from, int? to, int count)
    {
        Label = label;
        From = from;
        To = to;
        Count = count;
    }

    /// <summary>DfE's label: <c>same-day</c>, <c>1-10</c>, ..., <c>61+</c>.</summary>
    public string Label { get; }

    /// <summary>The fewest working days in the band.</summary>
    public int From { get; }

    /// <summary>The most working days in the band; null for the open band.</summary>
    public int? To { get; }

    /// <summary>The number of durations in the band.</summary>
    public int Count { get; }
}
