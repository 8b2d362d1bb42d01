namespace Safeguarding.Rules.Timescales;

/// <summary>
/// Something in the timeline that cannot be right (events in an impossible order, an end with no start). Reported,
/// never thrown. The message names event types and positions only, never case data.
/// </summary>
/// <param name="Position">The event's zero-based position in the input, or null when the warning is about the timeline as a whole.</param>
/// <param name="EventType">The event's type, or null.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TimelineWarning(int? Position, CaseEventType? EventType, string Message);
