using System;
using System.Collections.Generic;
using System.Linq;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// The dated events of one case, held in date order (ties keep the order given, then event type), so that evaluation
/// never depends on the order the caller listed them in. One timeline is one child's case (or one incident, one review).
/// </summary>
public sealed class CaseTimeline
{
    private readonly CaseEvent[] events;
    private readonly int[] positions;

    private CaseTimeline(CaseEvent[] events, int[] positions)
    {
        this.events = events;
        this.positions = positions;
        Events = Array.AsReadOnly(events);
    }

    /// <summary>A timeline with no events.</summary>
    public static CaseTimeline Empty { get; } = new(Array.Empty<CaseEvent>(), Array.Empty<int>());

    /// <summary>The events in date order.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    internal CaseEvent[] EventArray => events;

    /// <summary>The zero-based position in the caller's input of the event at <paramref name="index"/> in <see cref="Events"/>.</summary>
    /// <param name="index">An index into <see cref="Events"/>.</param>
    /// <returns>The position in the input.</returns>
    public int InputPosition(int index) => positions[index];

    /// <summary>Creates a timeline from events in any order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentNullException">The sequence or an event is null.</exception>
    public static CaseTimeline Create(IEnumerable<CaseEvent> events)
    {
        if (events is null)
        {
            throw new ArgumentNullException(nameof(events));
        }

        var array = events.ToArray();
        if (Array.IndexOf(array, null) >= 0)
        {
            throw new ArgumentNullException(nameof(events), "An event is null.");
        }

        // A total order: date, then type, then the optional facts, so that equal events in any order give one timeline.
        var order = Enumerable.Range(0, array.Length)
            .OrderBy(i => array[i].Date)
            .ThenBy(i => array[i].Type)
            .ThenBy(i => array[i].InitiatedSection47)
            .ThenBy(i => array[i].PlanMade)
            .ThenBy(i => array[i].Partner)
            .ToArray();
        return new CaseTimeline(order.Select(i => array[i]).ToArray(), order);
    }

    /// <summary>Creates a timeline from events in any order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The timeline.</returns>
    public static CaseTimeline Create(params CaseEvent[] events) => Create((IEnumerable<CaseEvent>)events);
}
