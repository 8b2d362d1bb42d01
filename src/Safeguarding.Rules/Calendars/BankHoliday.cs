using System;
using NodaTime;

namespace Safeguarding.Rules.Calendars;

/// <summary>A bank holiday in England and Wales: its date, name and kind.</summary>
/// <remarks>
/// Only days that are bank holidays are listed: when Christmas Day falls on a Saturday, the list holds the substitute
/// Monday (kind <see cref="BankHolidayKind.Substitute"/>), not the Saturday. Names follow the GOV.UK list.
/// </remarks>
public sealed record BankHoliday
{
    /// <summary>Creates a bank holiday.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <param name="name">The name, such as "Boxing Day".</param>
    /// <param name="kind">How the holiday comes to fall on this date.</param>
    /// <param name="isProvisional">
    /// True for a holiday computed by the standing rules in a year the government has not yet announced.
    /// </param>
    /// <param name="note">An optional explanation, such as the proclamation that moved it.</param>
    /// <exception cref="ArgumentException">The name is blank or the date is not in the ISO calendar.</exception>
    public BankHoliday(LocalDate date, string name, BankHolidayKind kind, bool isProvisional = false, string? note = null)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("must be in the ISO calendar", nameof(date));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("must not be blank", nameof(name));
        }

        Date = date;
        Name = name;
        Kind = kind;
        IsProvisional = isProvisional;
        Note = note;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The name, as GOV.UK lists it.</summary>
    public string Name { get; init; }

    /// <summary>How the holiday comes to fall on this date.</summary>
    public BankHolidayKind Kind { get; init; }

    /// <summary>True when the date is computed by the standing rules for a year not yet announced.</summary>
    public bool IsProvisional { get; init; }

    /// <summary>An explanation, such as the proclamation that moved the holiday; null when there is none.</summary>
    public string? Note { get; init; }
}
