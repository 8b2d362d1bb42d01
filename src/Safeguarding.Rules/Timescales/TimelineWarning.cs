using System;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// Something in the timeline that cannot be right (events in an impossible order, an end with no start). Reported,
/// never thrown. The message names event types and positions only, never case data. Immutable, and equal by value.
/// </summary>
public sealed class TimelineWarning : IEquatable<TimelineWarning>
{
    /// <summary>Creates a warning.</summary>
    /// <param name="position">The event's zero-based position in the input, or null when the warning is about the timeline as a whole.</param>
    /// <param name="eventType">The event's type, or null.</param>
    /// <param name="message">What is wrong.</param>
    /// <exception cref="ArgumentNullException">The message is null.</exception>
    public TimelineWarning(int? position, CaseEventType? eventType, string message)
    {
        Position = position;
        EventType = eventType;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The event's zero-based position in the input, or null when the warning is about the timeline as a whole.</summary>
    public int? Position { get; }

    /// <summary>The event's type, or null.</summary>
    public CaseEventType? EventType { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>Compares two warnings by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TimelineWarning? left, TimelineWarning? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two warnings by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TimelineWarning? left, TimelineWarning? right) => !(left == right);

    /// <summary>Deconstructs the warning.</summary>
    /// <param name="position">The event's position, or null.</param>
    /// <param name="eventType">The event's type, or null.</param>
    /// <param name="message">What is wrong.</param>
    public void Deconstruct(out int? position, out CaseEventType? eventType, out string message)
    {
        position = Position;
        eventType = EventType;
        message = Message;
    }

    /// <inheritdoc />
    public bool Equals(TimelineWarning? other) =>
        other is not null && Position == other.Position && EventType == other.EventType && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TimelineWarning);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = ((Position ?? -1) * 31) + (EventType is { } type ? (int)type : -1);
            return (hash * 31) + StringComparer.Ordinal.GetHashCode(Message);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        Position is { } position ? $"event {position}{(EventType is { } type ? $" ({type.Name()})" : string.Empty)}: {Message}" : Message;
}
