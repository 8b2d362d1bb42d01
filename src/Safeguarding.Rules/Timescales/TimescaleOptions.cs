namespace Safeguarding.Rules.Timescales;

/// <summary>AT-04: whose awareness starts the five-working-day serious incident notification clock.</summary>
public enum IncidentAwarenessReading
{
    /// <summary>Default: the earliest date on which any of the three safeguarding partners became aware (paragraph 372).</summary>
    EarliestSafeguardingPartner,

    /// <summary>The date the local authority became aware (the chapter 5 summary box).</summary>
    LocalAuthority,
}

/// <summary>AT-06: which event ends the six-month LCSPR clock.</summary>
public enum LcsprEndReading
{
    /// <summary>Default: the report is completed and published (paragraph 408, the strictest reading).</summary>
    CompletedAndPublished,

    /// <summary>The review is completed (paragraph 385).</summary>
    Completed,

    /// <summary>The review is submitted (the chapter 5 summary box).</summary>
    Submitted,
}

/// <summary>AT-10: what each six-month review interval runs from.</summary>
public enum ReviewAnchorReading
{
    /// <summary>Default: from the previous review conference as held ("thereafter at maximum intervals of six months").</summary>
    PreviousReview,

    /// <summary>From the previous review's due date, so that a late review does not push the schedule back.</summary>
    PreviousDueDate,
}

/// <summary>AT-11: how an event on a non-working day starts a working-day clock.</summary>
public enum NonWorkingDayStartReading
{
    /// <summary>Default: the event's day is day 0 and the next working day is day 1.</summary>
    NextWorkingDayIsDayOne,

    /// <summary>The clock starts on the next working day, which is day 0 (one working day later).</summary>
    NextWorkingDayIsDayZero,
}

/// <summary>The readings a caller may choose where the text admits more than one. The defaults are documented in docs/rules/timescales.md.</summary>
public sealed record TimescaleOptions
{
    /// <summary>The library's default readings.</summary>
    public static TimescaleOptions Default { get; } = new();

    /// <summary>AT-04: whose awareness starts the serious incident notification clock.</summary>
    public IncidentAwarenessReading IncidentAwareness { get; init; } = IncidentAwarenessReading.EarliestSafeguardingPartner;

    /// <summary>AT-06: which event ends the LCSPR clock.</summary>
    public LcsprEndReading LcsprEnd { get; init; } = LcsprEndReading.CompletedAndPublished;

    /// <summary>AT-10: what each review interval runs from.</summary>
    public ReviewAnchorReading ReviewAnchor { get; init; } = ReviewAnchorReading.PreviousReview;

    /// <summary>AT-11: how an event on a non-working day starts a working-day clock.</summary>
    public NonWorkingDayStartReading NonWorkingDayStart { get; init; } = NonWorkingDayStartReading.NextWorkingDayIsDayOne;
}
