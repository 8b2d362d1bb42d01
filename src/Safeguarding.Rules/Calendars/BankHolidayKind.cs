namespace Safeguarding.Rules.Calendars;

/// <summary>How a bank holiday comes to fall on its date.</summary>
public enum BankHolidayKind
{
    /// <summary>On its date under the standing rules (Banking and Financial Dealings Act 1971, Schedule 1, and common law).</summary>
    Regular = 0,

    /// <summary>A substitute weekday for a holiday that falls on a Saturday or Sunday.</summary>
    Substitute = 1,

    /// <summary>A standing holiday moved to another date by royal proclamation (the 2020 early May bank holiday, say).</summary>
    Moved = 2,

    /// <summary>An additional holiday for one year only, by royal proclamation (a jubilee, a coronation, a state funeral).</summary>
    OneOff = 3,
}
