namespace Safeguarding.Rules.Calendars;

/// <summary>The words a reader sees for a <see cref="BankHolidayKind"/>.</summary>
public static class BankHolidayKinds
{
    /// <summary>The kind as lists print it: <c>regular</c>, <c>substitute</c>, <c>moved</c> or <c>one-off</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The word.</returns>
    public static string Name(this BankHolidayKind kind) => kind switch
    {
        BankHolidayKind.Regular => "regular",
        BankHolidayKind.Substitute => "substitute",
        BankHolidayKind.Moved => "moved",
        _ => "one-off",
    };
}
