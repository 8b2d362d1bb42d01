using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Rules.Timescales;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Benchmarks;

/// <summary>
/// Evaluating the sample child protection case (samples/deadlines/child-protection-case.json) against every rule.
/// Target: 2 µs or less and at most 1 KB allocated per evaluation; a million evaluations across both cores in under 3 s.
/// </summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private static readonly LocalDate AsOf = new(2027, 9, 1);
    private readonly DeadlineEvaluator evaluator = DeadlineEvaluator.Default;
    private readonly CaseTimeline timeline = SampleCase();

    /// <summary>The same events as samples/deadlines/child-protection-case.json.</summary>
    public static CaseTimeline SampleCase() => CaseTimeline.Create(
        new CaseEvent(ReferralReceived, new LocalDate(2026, 11, 2)),
        new CaseEvent(ReferralAcknowledged, new LocalDate(2026, 11, 2)),
        new CaseEvent(ReferralDecisionMade, new LocalDate(2026, 11, 3)),
        new CaseEvent(StrategyDiscussion, new LocalDate(2026, 11, 5)) { InitiatedSection47 = true },
        new CaseEvent(Section47ConcernsSubstantiated, new LocalDate(2026, 11, 19)),
        new CaseEvent(AssessmentConcluded, new LocalDate(2026, 11, 24)),
        new CaseEvent(InitialChildProtectionConference, new LocalDate(2026, 11, 26)) { PlanMade = true },
        new CaseEvent(CoreGroupMeeting, new LocalDate(2026, 12, 11)),
        new CaseEvent(CoreGroupMeeting, new LocalDate(2027, 1, 21)),
        new CaseEvent(ReviewConference, new LocalDate(2027, 2, 25)),
        new CaseEvent(ReviewConference, new LocalDate(2027, 8, 27)));

    [Benchmark(Description = "Evaluate the sample child protection case")]
    public DeadlineReport Evaluate() => evaluator.Evaluate(timeline, AsOf);

    [Benchmark(Description = "A million evaluations across all cores", OperationsPerInvoke = 1_000_000)]
    public void MillionInParallel()
    {
        Parallel.For(0, 1_000_000, _ => evaluator.Evaluate(timeline, AsOf));
    }
}
