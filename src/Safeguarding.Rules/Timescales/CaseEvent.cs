using System;
using NodaTime;

namespace Safeguarding.Rules.Timescales;

/// <summary>A dated event in a case timeline. Only the date counts: the time of day never changes a deadline.</summary>
public sealed record CaseEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="type">What happened.</param>
    /// <param name="date">The date it happened (ISO calendar).</param>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public CaseEvent(CaseEventType type, LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("must be in the ISO calendar", nameof(date));
        }

        Type = type;
        Date = date;
    }

    /// <summary>What happened.</summary>
    public CaseEventType Type { get; }

    /// <summary>The date it happened.</summary>
    public LocalDate Date { get; }

    /// <summary>For a strategy discussion: whether it initiated section 47 enquiries; null when not recorded.</summary>
    public bool? InitiatedSection47 { get; init; }

    /// <summary>For an initial child protection conference: whether the child was made the subject of a child protection plan; null when not recorded.</summary>
    public bool? PlanMade { get; init; }

    /// <summary>For incident awareness: which safeguarding partner became aware; null when not recorded.</summary>
    public SafeguardingPartner? Partner { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Type.Name()} {Date:yyyy-MM-dd}";
}
