using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Safeguarding.Rules.Timescales;
using Safeguarding.Rules.Timescales.Legacy;
using Xunit;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>
/// The clock interpreter gives the same report as the evaluator it replaces, which branched on rule ids: over random
/// timelines (planned publication dates included), every reading, and every sample. Kept until the switch is done.
/// </summary>
[Properties(Arbitrary = new[] { typeof(EquivalenceArbitraries) }, MaxTest = 10_000)]
public class ClockEquivalenceTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // The old evaluator knew no editions: compare with the 2026 rules applied to every date.
    private static readonly Readings[] Choices =
    {
        Readings.Default,
        Readings.Default.With("at-04-incident-awareness", "local-authority").With("at-06-lcspr-end", "completed").With("at-10-review-anchor", "previous-due-date"),
        Readings.Default.With("at-11-non-working-day-start", "next-working-day-is-day-zero").With("at-06-lcspr-end", "submitted"),
    };

    private static readonly Dictionary<string, string> OldFactNames = new(StringComparer.Ordinal)
    {
        [TimelineFacts.StrategyDiscussionInitiatedSection47.Name] = "strategy-discussion.initiatedSection47",
        [TimelineFacts.ConferencePlanMade.Name] = "initial-child-protection-conference.planMade",
        [TimelineFacts.Section47ConcernsSubstantiated.Name] = "section-47-concerns-substantiated",
        [TimelineFacts.StrategyDiscussion.Name] = "strategy-discussion",
        [TimelineFacts.IncidentAwareness.Name] = "incident-awareness",
        [TimelineFacts.LocalAuthorityAwareness.Name] = "incident-awareness.partner (local-authority)",
    };

    [Property]
    public bool The_clock_interpreter_gives_the_old_evaluators_report_for_every_timeline_and_reading(RandomTimeline timeline, DayOffset asOf, byte choice)
    {
        var readings = Choices[choice % Choices.Length].With("clocks-before-commencement", "apply-current-edition");
        return Same(CaseTimeline.Create(timeline.Events), TimelineArbitraries.Origin.PlusDays(asOf.Value), readings);
    }

    public static IEnumerable<object[]> Samples() =>
        Directory.GetFiles(Path.Combine(Repository.Root, "samples", "deadlines"), "*.json").Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_case_gets_the_old_evaluators_report_on_every_day_of_a_year_and_a_half(string sample)
    {
        var timeline = Safeguarding.Rules.Cli.Commands.CaseFileReader.Read(Path.Combine(Repository.Root, "samples", "deadlines", sample));
        var first = timeline.Events.Min(e => e.Date);
        foreach (var readings in Choices)
        {
            for (int day = -5; day < 550; day += 3)
            {
                Assert.True(Same(timeline, first.PlusDays(day), readings.With("clocks-before-commencement", "apply-current-edition")), $"{sample} as of {first.PlusDays(day)} under {readings}");
            }
        }
    }

    private static bool Same(CaseTimeline timeline, LocalDate asOf, Readings readings)
    {
        var legacy = new LegacyDeadlineEvaluator(Calendar, readings).Evaluate(timeline, asOf);
        var current = new DeadlineEvaluator(Calendar, readings).Evaluate(timeline, asOf);
        var ruleOrder = Rules.Catalog.RuleCatalog.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var expected = legacy.Entries
            .Select((e, i) => (e, i))
            .OrderBy(p => ruleOrder[p.e.RuleId]).ThenBy(p => p.i)
            .Select(p => Describe(p.e.RuleId, p.e.ObligationIndex, p.e.Occurrence, p.e.Status, p.e.Start, p.e.Due, p.e.End, p.e.Days, p.e.MissingFacts, p.e.Note))
            .ToList();
        var actual = current.Entries
            .Select(e => Describe(e.RuleId, e.ObligationIndex, e.Occurrence, e.Status, e.StartDate ?? default, e.DueDate ?? default, e.EndDate ?? default, e.Days, e.MissingFacts.Select(f => OldFactNames[f.Name]).ToArray(), e.Note))
            .ToList();
        var expectedWarnings = legacy.Warnings.Select(w => $"{w.Position} {w.EventType} {w.Message}").OrderBy(w => w, StringComparer.Ordinal);
        var actualWarnings = current.Warnings.Select(w => $"{w.Position} {w.EventType} {w.Message}").OrderBy(w => w, StringComparer.Ordinal);
        bool same = expected.SequenceEqual(actual) && expectedWarnings.SequenceEqual(actualWarnings);
        if (!same)
        {
            throw new Xunit.Sdk.XunitException(
                "Reports differ.\nOld:\n  " + string.Join("\n  ", expected) + "\n  " + string.Join("\n  ", legacy.Warnings.Select(w => w.Message)) +
                "\nNew:\n  " + string.Join("\n  ", actual) + "\n  " + string.Join("\n  ", current.Warnings.Select(w => w.Message)));
        }

        return same;
    }

    private static string Describe(string rule, int obligation, int occurrence, DeadlineStatus status, LocalDate start, LocalDate due, LocalDate end, int days, string[] missing, string? note) =>
        $"{rule}/{obligation}#{occurrence} {status} start {start} due {due} end {end} days {days} missing [{string.Join(",", missing)}] {note}";
}

/// <summary>Random timelines with planned publication dates too (the other laws leave them out).</summary>
public static class EquivalenceArbitraries
{
    private static readonly Gen<CaseEvent> Planned =
        from type in Gen.Elements(CaseEventType.LcsprPublicationPlanned, CaseEventType.NationalReviewPublicationPlanned, CaseEventType.LcsprDecision, CaseEventType.NationalReviewDecision, CaseEventType.LcsprWithdrawn, CaseEventType.NationalReviewPublished, CaseEventType.LcsprReportSentToOfsted)
        from day in Gen.Choose(0, 700)
        select new CaseEvent(type, TimelineArbitraries.Origin.PlusDays(day));

    public static Arbitrary<RandomTimeline> RandomTimeline() =>
        Gen.Choose(0, 16)
            .SelectMany(n => Gen.Frequency((4, TimelineArbitraries.Event), (1, Planned)).ArrayOf(n))
            .Select(events => new RandomTimeline(events))
            .ToArbitrary();

    public static Arbitrary<DayOffset> DayOffset() => TimelineArbitraries.DayOffset();
}
