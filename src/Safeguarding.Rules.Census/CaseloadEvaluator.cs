using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Census;

/// <summary>
/// Evaluates a whole census return: every episode's timeline (<see cref="CensusMapping"/>) against the timescales the
/// census can show (DL-03, DL-04, DL-06, DL-07; DL-05 under reading census-core-group=evaluate), and DfE's measures C2
/// and C4. Reads one child at a time: memory grows with the late deadlines and findings, not with the file.
/// </summary>
/// <remarks>Immutable and thread-safe; each evaluation keeps its own tallies.</remarks>
public sealed class CaseloadEvaluator
{
    private static readonly string[] CensusRules = { "DL-03", "DL-04", "DL-05", "DL-06", "DL-07" };
    private static readonly string[] CoreGroupLeftOut = { "DL-05: the census records no core group meeting (reading census-core-group; choose census-core-group=evaluate to show it anyway)." };
    private static readonly int StatusCount = Enum.GetValues(typeof(DeadlineStatus)).Length;

    private readonly DeadlineEvaluator evaluator;
    private readonly string[] rules;
    private readonly TimescaleRule[] ruleInfo;
    private readonly bool linear;
    private readonly bool nextWorkingDayIsDayZero;
    private readonly IReadOnlyList<AppliedReading> applied;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="readings">The readings (census and timescale readings alike); null for the defaults.</param>
    public CaseloadEvaluator(WorkingDayCalendar calendar, Readings? readings = null)
    {
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
        Readings = readings ?? Readings.Default;
        bool coreGroup = Readings.Uses(CensusInterpretations.CoreGroup, "evaluate");
        rules = CensusRules.Where(id => coreGroup || id != "DL-05").ToArray();
        evaluator = new DeadlineEvaluator(calendar, Readings).ForRules(rules);
        ruleInfo = rules.Select(id => TimescaleCatalog.Timescales.First(r => r.Id == id)).ToArray();
        linear = Readings.Uses(CensusInterpretations.Percentile, "linear");
        nextWorkingDayIsDayZero = Readings.Uses(TimescaleInterpretations.NonWorkingDayStart, "next-working-day-is-day-zero");
        var timescaleReadings = evaluator.Evaluate(CaseTimeline.Empty, new LocalDate(2027, 1, 4)).Readings;
        applied = Readings.Applied(CensusInterpretations.All).Concat(timescaleReadings).ToList().AsReadOnly();
    }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The readings applied.</summary>
    public Readings Readings { get; }

    /// <summary>The ids of the rules a caseload report evaluates under these readings, in id order.</summary>
    public IReadOnlyList<string> RuleIds => Array.AsReadOnly(rules);

    /// <summary>Evaluates a census as it is read.</summary>
    /// <param name="census">The census, straight after it was opened.</param>
    /// <param name="asOf">The date to evaluate as of; null for the census reference date.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">No as-of date is given and the census has no reference date or collection year, or the date is outside the calendar's range.</exception>
    /// <exception cref="CensusFormatException">The file stops being well-formed XML part way.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads take different first parameters (a reader, or a header and children), so no call can bind to both; the as-of date is optional in each.")]
    public CaseloadReport Evaluate(CensusReader census, LocalDate? asOf = null)
    {
        if (census is null)
        {
            throw new ArgumentNullException(nameof(census));
        }

        var header = census.Header;
        if (asOf is null && header.ReferenceDate is null && header.CollectionYear is null)
        {
            // Read to the end first: a file that is not well-formed says so before the missing date does.
            foreach (var unused in census.ReadChildren())
            {
                _ = unused;
            }

            throw NoAsOf();
        }

        return Evaluate(header, census.ReadChildren(), asOf);
    }

    /// <summary>Evaluates children already read (or made).</summary>
    /// <param name="header">The census header.</param>
    /// <param name="children">The children.</param>
    /// <param name="asOf">The date to evaluate as of; null for the census reference date.</param>
    /// <returns>The report.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads take different first parameters (a reader, or a header and children), so no call can bind to both; the as-of date is optional in each.")]
    public CaseloadReport Evaluate(CensusHeader header, IEnumerable<CensusChild> children, LocalDate? asOf = null)
    {
        if (header is null)
        {
            throw new ArgumentNullException(nameof(header));
        }

        if (children is null)
        {
            throw new ArgumentNullException(nameof(children));
        }

        var date = asOf ?? header.ReferenceDate ?? (header.CollectionYear is { } y ? new LocalDate(y, 3, 31) : (LocalDate?)null)
            ?? throw NoAsOf();
        if (!WorkingDayCalendar.IsSupported(date))
        {
            throw new ArgumentException("the as-of date is outside the working-day calendar's range.", nameof(asOf));
        }

        int year = header.CollectionYear ?? YearEnding(header.ReferenceDate ?? date);
        if (year < WorkingDayCalendar.MinSupportedDate.Year + 1 || year > WorkingDayCalendar.MaxSupportedDate.Year)
        {
            throw new ArgumentException("the census's collection year is outside the working-day calendar's range.", nameof(header));
        }

        var from = new LocalDate(year - 1, 4, 1);
        var to = new LocalDate(year, 3, 31);
        var counts = new int[rules.Length][];
        for (int i = 0; i < counts.Length; i++)
        {
            counts[i] = new int[StatusCount];
        }

        var late = new List<LateDeadline>();
        var findings = new List<CensusFinding>();
        var c2 = new Histogram();
        var c4 = new Histogram();
        var scratch = new List<CaseEvent>(16);
        int childCount = 0, episodeCount = 0, notInForce = 0;
        bool before = false;
        foreach (var child in children)
        {
            childCount++;
            findings.AddRange(child.Findings);
            foreach (var episode in child.Episodes)
            {
                episodeCount++;
                var report = evaluator.Evaluate(CensusMapping.Timeline(episode, scratch), date);
                before |= report.AppliedBeforeCommencement;
                foreach (var entry in report.Entries)
                {
                    int r = RuleIndex(entry.RuleId);
                    if (r < 0)
                    {
                        continue;
                    }

                    counts[r][(int)entry.Status]++;
                    switch (entry.Status)
                    {
                        case DeadlineStatus.MetLate:
                        case DeadlineStatus.Overdue:
                        case DeadlineStatus.Breached:
                            late.Add(new LateDeadline(child.ChildId, episode.Number, entry));
                            break;
                        case DeadlineStatus.EditionNotInForce:
                            notInForce++;
                            break;
                    }
                }

                Measure(child, episode, from, to, c2, c4, findings);
            }
        }

        var tallies = rules.Select((id, i) => new RuleTally(id, ruleInfo[i].Title, counts[i])).ToList().AsReadOnly();
        var leftOut = Array.AsReadOnly(rules.Contains("DL-05") ? Array.Empty<string>() : CoreGroupLeftOut);
        return new CaseloadReport(
            date,
            year,
            childCount,
            episodeCount,
            tallies,
            late.AsReadOnly(),
            c2.Measure("assessment-duration", "Completed assessments by duration (DfE table C2)", 45, AssessmentBands, linear),
            c4.Measure("icpc-duration", "Section 47 enquiries to initial child protection conferences (DfE table C4)", 15, ConferenceBands, linear),
            findings.AsReadOnly(),
            applied,
            Array.AsReadOnly(ruleInfo.Select(r => r.Edition).Distinct().ToArray()),
            notInForce,
            before,
            leftOut);
    }

    private int RuleIndex(string id)
    {
        for (int i = 0; i < rules.Length; i++)
        {
            if (ReferenceEquals(rules[i], id) || string.Equals(rules[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static ArgumentException NoAsOf() => new("the census gives no reference date or collection year: give an as-of date.", "asOf");

    /// <summary>The collection year a date falls in, named by the year it ends in.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The year of the 31 March on or after it.</returns>
    public static int YearEnding(LocalDate date) => date.Month >= 4 ? date.Year + 1 : date.Year;

    /// <summary>DfE's C2 bands: the label, the fewest and most working days.</summary>
    internal static readonly (string Label, int From, int? To)[] AssessmentBands =
    {
        ("same-day", 0, 0), ("1-10", 1, 10), ("11-20", 11, 20), ("21-30", 21, 30), ("31-40", 31, 40),
        ("41-45", 41, 45), ("46-50", 46, 50), ("51-60", 51, 60), ("61+", 61, null),
    };

    /// <summary>DfE's C4 bands.</summary>
    internal static readonly (string Label, int From, int? To)[] ConferenceBands =
    {
        ("0-10", 0, 10), ("11-15", 11, 15), ("16-20", 16, 20), ("21+", 21, null),
    };

    /// <summary>The C2 band labels, in order.</summary>
    public static IReadOnlyList<string> AssessmentBandLabels { get; } = Array.AsReadOnly(AssessmentBands.Select(b => b.Label).ToArray());

    /// <summary>The C4 band labels, in order.</summary>
    public static IReadOnlyList<string> ConferenceBandLabels { get; } = Array.AsReadOnly(ConferenceBands.Select(b => b.Label).ToArray());

    private void Measure(CensusChild child, CensusEpisode episode, LocalDate from, LocalDate to, Histogram c2, Histogram c4, List<CensusFinding> findings)
    {
        foreach (var assessment in episode.Assessments)
        {
            if (assessment.StartDate is { } start && assessment.AuthorisationDate is { } end && end >= from && end <= to)
            {
                c2.Add(end < start ? -1 : Calendar.WorkingDaysBetween(start, end));
            }
        }

        for (int i = 0; i < episode.Section47s.Count; i++)
        {
            var enquiry = episode.Section47s[i];
            if (enquiry.StartDate is not { } start)
            {
                continue;
            }

            if (enquiry.InitialConferenceDate is { } held && held >= from && held <= to)
            {
                c4.Add(held < start ? -1 : Calendar.WorkingDaysBetween(start, held));
            }

            if (enquiry.InitialConferenceTarget is { } target)
            {
                var day0 = nextWorkingDayIsDayZero ? Calendar.OnOrNextWorkingDay(start) : start;
                if (Calendar.TryAddWorkingDays(day0, 15, out var due) && due != target)
                {
                    findings.Add(new CensusFinding(
                        child.ChildId,
                        $"Child/CINdetails[{episode.Number}]/Section47[{i + 1}]/InitialCPCtarget",
                        $"{Iso(target)} disagrees with DL-04's due date {Iso(due)} (15 working days after S47ActualStartDate {Iso(start)}, day 0 being the start, on the England and Wales calendar)"));
                }
            }
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Durations as counts per working day: bounded memory whatever the number of records.</summary>
    private sealed class Histogram
    {
        private int[] counts = new int[128];
        private int count;
        private int leftOut;

        public void Add(int days)
        {
            if (days < 0)
            {
                leftOut++;
                return;
            }

            if (days >= counts.Length)
            {
                Array.Resize(ref counts, Math.Max(days + 1, counts.Length * 2));
            }

            counts[days]++;
            count++;
        }

        public DurationMeasure Measure(string id, string title, int limit, (string Label, int From, int? To)[] bands, bool linear)
        {
            var list = bands.Select(b =>
            {
                int n = 0;
                int last = b.To is { } t ? Math.Min(t, counts.Length - 1) : counts.Length - 1;
                for (int d = b.From; d <= last; d++)
                {
                    n += counts[d];
                }

                return new DurationBand(b.Label, b.From, b.To, n);
            }).ToList().AsReadOnly();
            return new DurationMeasure(id, title, limit, list, count, leftOut, Percentile(0.25, linear), Percentile(0.5, linear), Percentile(0.75, linear));
        }

        // census-percentile: nearest rank (the ⌈p·n⌉-th smallest) or linear interpolation at rank (n - 1)·p from 0.
        private double? Percentile(double p, bool linear)
        {
            if (count == 0)
            {
                return null;
            }

            if (!linear)
            {
                return Smallest((int)Math.Ceiling(p * count) - 1);
            }

            double h = (count - 1) * p;
            int lo = (int)Math.Floor(h);
            int a = Smallest(lo);
            int b = Smallest(Math.Min(lo + 1, count - 1));
            return a + ((h - lo) * (b - a));
        }

        // The k-th smallest duration, k from 0.
        private int Smallest(int k)
        {
            int seen = 0;
            for (int d = 0; d < counts.Length; d++)
            {
                seen += counts[d];
                if (seen > k)
                {
                    return d;
                }
            }

            return counts.Length - 1;
        }
    }
}
