using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Benchmarks;

/// <summary>
/// Evaluating one very long timeline against every rule: a seeded mix of every event type over ten years, so that
/// every clock shape has thousands of starts, ends, conferences and reviews to walk. Target: evaluation linear in the
/// number of events (within a log factor), 100,000 events well under a second, memory bounded by input and report.
/// </summary>
[MemoryDiagnoser]
public class TimelineBenchmarks
{
    private static readonly LocalDate Origin = new(2026, 3, 2);
    private static readonly LocalDate AsOf = Origin.PlusDays(3700);
    private readonly DeadlineEvaluator evaluator = DeadlineEvaluator.Default;
    private CaseEvent[] events = Array.Empty<CaseEvent>();
    private CaseTimeline timeline = CaseTimeline.Empty;

    /// <summary>The number of events in the timeline.</summary>
    [Params(12_500, 50_000, 100_000)]
    public int Events { get; set; }

    /// <summary>Generates the timeline once per size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        events = Generate(Events, seed: 2026);
        timeline = CaseTimeline.Create(events);
    }

    /// <summary>A seeded timeline of <paramref name="count"/> events, in no particular order.</summary>
    /// <param name="count">How many events.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The events.</returns>
    public static CaseEvent[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var types = CaseEventTypes.All;
        var result = new CaseEvent[count];
        for (int i = 0; i < count; i++)
        {
            var type = types[random.Next(types.Count)];
            result[i] = new CaseEvent(type, Origin.PlusDays(random.Next(3650)))
            {
                InitiatedSection47 = type == CaseEventType.StrategyDiscussion ? Pick(random) : null,
                PlanMade = type == CaseEventType.InitialChildProtectionConference ? Pick(random) : null,
                Partner = type == CaseEventType.IncidentAwareness ? (SafeguardingPartner)random.Next(3) : null,
            };
        }

        return result;
    }

    private static bool? Pick(Random random) => random.Next(3) switch { 0 => true, 1 => false, _ => null };

    [Benchmark(Description = "Sort the events into a timeline")]
    public CaseTimeline Create() => CaseTimeline.Create(events);

    [Benchmark(Description = "Evaluate the timeline against every rule")]
    public DeadlineReport Evaluate() => evaluator.Evaluate(timeline, AsOf);
}
