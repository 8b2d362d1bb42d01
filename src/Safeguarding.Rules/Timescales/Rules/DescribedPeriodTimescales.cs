using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// Periods the text quantifies inside a definition or a description (chapters 3 and 4): the 56 days of "threatened
/// with homelessness", the 28 days of private fostering and Operation Encompass's next school day. Each is declared
/// with its number and quote; none is a deadline a case timeline runs against, so none is evaluated.
/// </summary>
internal static class DescribedPeriodTimescales
{
    /// <summary>The rules, in id order.</summary>
    internal static TimescaleRule[] All { get; } =
    {
            new TimescaleRule(
                "DL-23",
                "homelessness-threatened-window",
                "Threatened with homelessness: likely to become homeless within 56 days",
                Force.Must,
                Clock.Described(ClockCount.Period(56, TimeUnit.CalendarDays)))
            {
                StartDescription = "The date the public authority considers the service user's situation (inference: the text does not say).",
                EndDescription = "The date by which the service user is likely to become homeless.",
                DutyHolder = "Certain public authorities (the duty to refer to a housing authority, section 213B of the Housing Act 1996)",
                Citations = new[] { W("paragraph 297", "It added section 213B into the Housing Act 1996¹⁵⁸, which is a duty on certain public authorities to refer to a housing authority service users they consider are or may be homeless or threatened with homelessness (meaning it is likely they will become homeless within 56 days).") },
                DeclaredInterpretations = new[] { CountingConventions.CalendarDays },
                Note = "A look-ahead window in a statutory definition, not a deadline a case runs against: it is not evaluated. The text does not say working days, so the days are calendar days (inference). The force is that of the statutory duty to refer the definition serves.",
            },
            new TimescaleRule(
                "DL-24",
                "private-fostering-28-days",
                "Private fostering: care and accommodation for 28 days or more",
                Force.Must,
                Clock.Described(ClockCount.Period(28, TimeUnit.CalendarDays)))
            {
                StartDescription = "The person who is not a close relative begins to care for and accommodate the child.",
                EndDescription = "28 days of care and accommodation are reached.",
                DutyHolder = "None: a statutory definition (section 66(1)(a) and (b) of the Children Act 1989)",
                Citations = new[] { W("footnote 67 (to paragraph 141)", "A child is not privately fostered if the person caring for and accommodating them has done so for less than 28 days and does not intend to do so for longer.") },
                DeclaredInterpretations = new[] { CountingConventions.CalendarDays },
                Note = "A period in a statutory definition, not a deadline: it is not evaluated. An arrangement intended to last 28 days or more is private fostering from its first day; the glossary ('Kinship care', b) words the same period as '28 days or more'.",
            },
            new TimescaleRule(
                "DL-26",
                "operation-encompass-next-school-day",
                "Operation Encompass: police share a domestic abuse incident with the school before the next school day",
                Force.NonStatutory,
                Clock.Described(ClockCount.Period(1, TimeUnit.SchoolDays)))
            {
                StartDescription = "Police officers attend a domestic abuse incident.",
                EndDescription = "The police share the information with the school's trained Designated Safeguarding Lead, before the start of the next school day.",
                DutyHolder = "The police",
                Citations = new[] { W("footnote 54 (to paragraph 132)", "When officers have attended a domestic abuse incident, police share the information with a school's trained Designated Safeguarding Lead (DSL) before the start of the next school day, so that school staff can provide appropriate emotional and practical support at the earliest opportunity to children affected by domestic abuse") },
                Note = "A footnote describing a scheme, with no modal verb: labelled non-statutory (the notification duty itself is statutory, paragraphs 143 and 284). Counted in school days, which depend on each school's term dates: the library has no school calendar, so it is not evaluated.",
            },
    };
}
