namespace Safeguarding.Rules.Timescales;

/// <summary>The unit a time limit is counted in, as the text words it.</summary>
public enum TimeUnit
{
    /// <summary>Working days: not a Saturday, Sunday or bank holiday (footnote 209).</summary>
    WorkingDays,

    /// <summary>Calendar days, where the text says days without saying working days.</summary>
    CalendarDays,

    /// <summary>Calendar months; a day that does not exist in the target month becomes its last day.</summary>
    Months,

    /// <summary>Years.</summary>
    Years,

    /// <summary>A fixed date in the year (the end of September).</summary>
    FixedDate,

    /// <summary>School days: days a school is open, which depend on its term dates (not a working-day calendar).</summary>
    SchoolDays,
}

/// <summary>Which way a limit counts.</summary>
public enum ClockDirection
{
    /// <summary>No later than N after the start event.</summary>
    Forward,

    /// <summary>No later than N before a later event (publication): counted backwards from it.</summary>
    Backward,

    /// <summary>For at least N after the start event (reports publicly available): nothing may end it earlier.</summary>
    Minimum,
}

/// <summary>The urgency words the guidance uses without a number. No number is ever invented for them.</summary>
public enum Urgency
{
    /// <summary>"immediately".</summary>
    Immediately,

    /// <summary>"without delay".</summary>
    WithoutDelay,

    /// <summary>"as soon as possible".</summary>
    AsSoonAsPossible,

    /// <summary>"promptly".</summary>
    Promptly,

    /// <summary>"at the earliest opportunity".</summary>
    AtTheEarliestOpportunity,

    /// <summary>"same day" (a response on the same day may be requested).</summary>
    SameDay,

    /// <summary>"in advance" (planned ahead of a known transition point).</summary>
    InAdvance,

    /// <summary>"timely" or "as early as possible".</summary>
    Timely,

    /// <summary>"only for a short period".</summary>
    ShortPeriod,

    /// <summary>"before" another step (an ordering rule).</summary>
    Before,
}
