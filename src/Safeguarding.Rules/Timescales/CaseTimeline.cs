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

        // Already in order (a caller that sorts its events, such as a census reader): no sorting, the same timeline.
        if (InOrder(array))
        {
            var identity = new int[array.Length];
            for (int i = 0; i < identity.Length; i++)
            {
                identity[i] = i;
            }

            return new CaseTimeline(array, identity);
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

    // The order Create sorts by; the sort is stable, so input already in this order keeps its positions.
    private static bool InOrder(CaseEvent[] array)
    {
        for (int i = 1; i < array.Length; i++)
        {
            CaseEvent a = array[i - 1], b = array[i];
            int c = a.Date.CompareTo(b.Date);
            if (c == 0)
            {
                c = a.Type.CompareTo(b.Type);
            }

            if (c == 0)
            {
                c = Nullable.Compare(a.InitiatedSection47, b.InitiatedSection47);
            }

            if (c == 0)
            {
                c = Nullable.Compare(a.PlanMade, b.PlanMade);
            }

            if (c == 0)
            {
                c = Nullable.Compare(a.Partner, b.Partner);
            }

            if (c > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Creates a timeline from events in any order.</summary>
    /// <param name="events">The events.</param>
    /// <returns>The timeline.</returns>
    public static CaseTimeline Create(params CaseEvent[] events) => Create((IEnumerable<CaseEvent>)events);
}
