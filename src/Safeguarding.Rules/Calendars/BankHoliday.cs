using System;
using NodaTime;

namespace Safeguarding.Rules.Calendars;

/// <summary>A bank holiday in England and Wales: its date, name and kind.</summary>
/// <remarks>
/// Only days that are bank holidays are listed: when Christmas Day falls on a Saturday, the list holds the substitute
/// Monday (kind <see cref="BankHolidayKind.Substitute"/>), not the Saturday. Names follow the GOV.UK list.
/// Immutable, and equal by value: the constructor's checks cannot be skipped.
/// </remarks>
public sealed class BankHoliday : IEquatable<BankHoliday>
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
    public LocalDate Date { get; }

    /// <summary>The name, as GOV.UK lists it.</summary>
    public string Name { get; }

    /// <summary>How the holiday comes to fall on this date.</summary>
    public BankHolidayKind Kind { get; }

    /// <summary>True when the date is computed by the standing rules for a year not yet announced.</summary>
    public bool IsProvisional { get; }

    /// <summary>An explanation, such as the proclamation that moved the holiday; null when there is none.</summary>
    public string? Note { get; }

    /// <summary>Compares two holidays by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(BankHoliday? left, BankHoliday? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two holidays by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(BankHoliday? left, BankHoliday? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(BankHoliday? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (Date == other.Date && string.Equals(Name, other.Name, StringComparison.Ordinal) && Kind == other.Kind &&
          IsProvisional == other.IsProvisional && string.Equals(Note, other.Note, StringComparison.Ordinal)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BankHoliday);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = Date.GetHashCode();
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Name);
            hash = (hash * 31) + (int)Kind;
            hash = (hash * 31) + (IsProvisional ? 1 : 0);
            return (hash * 31) + (Note is null ? 0 : StringComparer.Ordinal.GetHashCode(Note));
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Date:yyyy-MM-dd} {Name} ({Kind}{(IsProvisional ? ", provisional" : string.Empty)})";

    /// <summary>A copy with a different <see cref="IsProvisional"/>, through the constructor.</summary>
    internal BankHoliday WithProvisional(bool isProvisional) =>
        isProvisional == IsProvisional ? this : new BankHoliday(Date, Name, Kind, isProvisional, Note);
}
