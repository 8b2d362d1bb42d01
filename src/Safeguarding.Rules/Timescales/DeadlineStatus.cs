namespace Safeguarding.Rules.Timescales;

/// <summary>Where a deadline stands as of the report's date.</summary>
public enum DeadlineStatus
{
    /// <summary>The end event happened on or before the due date.</summary>
    Met,

    /// <summary>The end event happened after the due date.</summary>
    MetLate,

    /// <summary>The end event has not happened and the due date has not passed (it may be today).</summary>
    Due,

    /// <summary>The end event has not happened and the due date has passed.</summary>
    Overdue,

    /// <summary>The clock has not started: the case has not reached the start event.</summary>
    NotStarted,

    /// <summary>The timeline lacks a fact the rule needs; <see cref="DeadlineEntry.MissingFacts"/> says which. Nothing is guessed.</summary>
    Undetermined,

    /// <summary>An urgency rule ("immediately") whose action is recorded. No number is given, so no verdict on timeliness.</summary>
    Done,

    /// <summary>An urgency rule whose action is not yet recorded.</summary>
    Pending,

    /// <summary>A minimum period (a report publicly available for at least a year) that is still running.</summary>
    Running,

    /// <summary>
    /// Missed and can no longer be met: a review due while a plan lasted, when the plan has since ended (or a new plan
    /// begun) without it; or a minimum period ended early (a report withdrawn before its time).
    /// </summary>
    Breached,

    /// <summary>
    /// The clock started before the rule's edition was in force (before Working Together 2026's commencement): the
    /// edition then in force is not encoded, so no verdict is given. The entry's note names the editions; the reading
    /// clocks-before-commencement=apply-current-edition applies the rule anyway.
    /// </summary>
    EditionNotInForce,

    /// <summary>The due date falls outside the working-day calendar's range (2000 to 2099): no verdict is given; the rest of the report is evaluated.</summary>
    OutsideCalendar,

    /// <summary>
    /// The text leaves this timing to local arrangements and the caller gave no local timescale for it
    /// (<see cref="LocalTimescales"/>): no due date, and no verdict. The entry cites the text that delegates it.
    /// </summary>
    LocalTimescaleNotGiven,
}
