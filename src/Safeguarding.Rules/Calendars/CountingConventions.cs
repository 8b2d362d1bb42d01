using System.Collections.Generic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Calendars;

/// <summary>
/// How the library reads the guidance's time expressions: each convention is a named interpretation, stated in the
/// generated documentation so that a policy team can see it and disagree with it.
/// </summary>
public static class CountingConventions
{
    private const string BoxChildProtectionPlan = "box 'The child protection plan' (after paragraph 256)";

    /// <summary>Convention 1: what a working day is, and on which bank holiday calendar.</summary>
    public static Interpretation WorkingDay { get; } = new(
        "working-day",
        "A working day",
        "Any day that is not a Saturday, Sunday or bank holiday (footnote 209), on the England and Wales bank holidays, because the guidance applies in England (paragraph 3). Christmas Day and Good Friday, holidays by common law, are treated as bank holidays.",
        new[]
        {
            new InterpretationAlternative("add-or-remove-holidays", "A caller that knows of a proclamation made after this release adds or removes dates on its own calendar (WorkingDayCalendar.WithHolidays / WithoutHolidays). Offered through the calendar itself, not as a reading."),
        },
        new[]
        {
            Citation.WorkingTogether2026("footnote 209 (to paragraph 407)", "\"Working day\" means any day which is not a Saturday, Sunday, or bank holiday."),
            Citation.WorkingTogether2026("paragraph 3", "This guidance applies to all organisations and agencies in England who have functions relating to children."),
        });

    /// <summary>Convention 2: "within N working days of X".</summary>
    public static Interpretation WithinWorkingDays { get; } = new(
        "within-n-working-days",
        "Within N working days of an event",
        "The day of the event is day 0, whatever the time of day. The due date is the Nth working day after it. If the event falls on a non-working day, the next working day is day 1. The duty is met when the end event's date is on or before the due date.",
        new[]
        {
            new InterpretationAlternative("event-day-counts", "The day of the event counts as day 1 when it is a working day (one day earlier due dates), as some case systems count.", offered: true),
            new InterpretationAlternative("non-working-day-is-day-0", "An event on a non-working day is moved to the next working day, which is then day 0 (one day later due dates). Offered as at-11-non-working-day-start=next-working-day-is-day-zero."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 167", "Within one working day of a referral being received"),
            Citation.WorkingTogether2026("box 'Outcome of section 47 enquiries' (after paragraph 256)", "The initial child protection conference should take place within 15 working days of a strategy discussion"),
        },
        "event-day-is-day-zero");

    /// <summary>Convention 3: "within N months of X" and "intervals of no more than N months".</summary>
    public static Interpretation WithinMonths { get; } = new(
        "within-n-months",
        "Within N months of an event; intervals of no more than N months",
        "The event's date plus N calendar months; where that month is too short, the last day of the month (30 November + 3 months = 28 February, or 29 February in a leap year). An interval of no more than N months runs from the previous event.",
        new[]
        {
            new InterpretationAlternative("overflow-to-next-month", "A date that does not exist rolls over into the next month (30 November + 3 months = 2 March, or 1 March in a leap year).", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026(BoxChildProtectionPlan, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months"),
        },
        "last-day-of-short-month");

    /// <summary>Convention 4: "no later than N working days before P".</summary>
    public static Interpretation WorkingDaysBefore { get; } = new(
        "n-working-days-before",
        "No later than N working days before an event",
        "Counted backwards from the later event, skipping non-working days: the latest date is the Nth working day before it.",
        new[]
        {
            new InterpretationAlternative("calendar-days-before", "N calendar days before, moved back to a working day (not used: the text says working days)."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 407", "no later than seven working days²⁰⁹ before the date of publication"),
        });

    /// <summary>Convention 5: "N days" where the text does not say working days.</summary>
    public static Interpretation CalendarDays { get; } = new(
        "n-days-are-calendar-days",
        "N days, where the text does not say working days",
        "Calendar days. The library never coerces a number of days into working days.",
        new[]
        {
            new InterpretationAlternative("working-days", "Read as working days (not offered: the same box uses 'seven days' for the registrar and 'three working days' for the coroner, so the difference is deliberate)."),
        },
        new[]
        {
            Citation.WorkingTogether2026("box 'Specific responsibilities of relevant bodies in relation to child deaths' (after paragraph 442)", "no later than seven days from the date the death was registered"),
            Citation.WorkingTogether2026("box 'Specific responsibilities of relevant bodies in relation to child deaths' (after paragraph 442)", "within three working days of deciding to investigate a death or commission a post-mortem"),
        });

    /// <summary>Convention 6: urgency words with no number.</summary>
    public static Interpretation UrgencyWithoutNumber { get; } = new(
        "urgency-without-number",
        "Immediately, as soon as possible, without delay, promptly",
        "No number is invented. A rule reports the urgency word and its citation, and no due date.",
        new[]
        {
            new InterpretationAlternative("local-standard", "A local authority may set its own standard (the same day, say) in its own system; the library does not. Not offered: no number is invented (convention urgency-without-number)."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 164", "should do so immediately if there is a concern that the child is suffering significant harm or is likely to do so"),
        });

    /// <summary>Convention 7: a "should" deadline can be departed from, with a recorded reason; a "must" is never softened.</summary>
    public static Interpretation ShouldCanBeDepartedFrom { get; } = new(
        "should-can-be-departed-from",
        "Should and must",
        "A 'should' can be departed from in exceptional circumstances, with a recorded reason. A late 'should' deadline is still reported as late, with the breach handling the text gives (for the 45 working days, record the reasons). A 'must' is never softened.",
        System.Array.Empty<InterpretationAlternative>(),
        new[]
        {
            Citation.WorkingTogether2026("paragraph 6", "This document should be complied with unless exceptional circumstances arise."),
            Citation.WorkingTogether2026("paragraph 169", "If, in discussion with a child and their family and other practitioners, an assessment exceeds 45 working days, the lead practitioner should record the reasons for exceeding the time limit."),
        });

    /// <summary>Every counting convention, in the order the documentation states them.</summary>
    public static IReadOnlyList<Interpretation> All { get; } = ReadOnlyLists.Of(new[]
    {
        WorkingDay,
        WithinWorkingDays,
        WithinMonths,
        WorkingDaysBefore,
        CalendarDays,
        UrgencyWithoutNumber,
        ShouldCanBeDepartedFrom,
    });
}
