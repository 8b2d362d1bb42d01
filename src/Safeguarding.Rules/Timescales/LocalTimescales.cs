using System;
using System.Collections.Generic;
using System.Linq;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// A timing set locally for a rule the text leaves to local arrangements: a number of working days, calendar days or
/// months after the clock starts.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class LocalTimescale : IEquatable<LocalTimescale>
{
    /// <summary>The largest number a local timescale may give (in any unit).</summary>
    public const int MaxAmount = 999;

    /// <summary>Creates a local timescale.</summary>
    /// <param name="amount">The number of units, 1 to <see cref="MaxAmount"/>.</param>
    /// <param name="unit">Working days, calendar days or months.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is out of range, or the unit is not one of the three.</exception>
    public LocalTimescale(int amount, TimeUnit unit)
    {
        if (amount < 1 || amount > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), $"must be between 1 and {MaxAmount}");
        }

        if (unit is not (TimeUnit.WorkingDays or TimeUnit.CalendarDays or TimeUnit.Months))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), "must be working days, calendar days or months");
        }

        Amount = amount;
        Unit = unit;
        Count = unit switch
        {
            TimeUnit.WorkingDays => ClockCount.WorkingDays(amount),
            TimeUnit.CalendarDays => ClockCount.CalendarDays(amount),
            _ => ClockCount.Months(amount),
        };
    }

    /// <summary>The number of units.</summary>
    public int Amount { get; }

    /// <summary>The unit.</summary>
    public TimeUnit Unit { get; }

    /// <summary>The count a clock runs with this timescale.</summary>
    public ClockCount Count { get; }

    /// <inheritdoc />
    public bool Equals(LocalTimescale? other) => other is not null && Amount == other.Amount && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalTimescale);

    /// <inheritdoc />
    public override int GetHashCode() => (Amount * 8) + (int)Unit;

    /// <inheritdoc />
    public override string ToString() => Count.ToString();
}

/// <summary>
/// The timings a local area has set for the rules Working Together 2026 leaves to local arrangements (the local
/// protocol for circulating a child protection plan, say), by rule id. A rule left without a local timing gets no due
/// date: its entries say the timing is for local arrangements. No default number is invented.
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="With(string, LocalTimescale)"/> returns a new set.</remarks>
public sealed class LocalTimescales
{
    private readonly Dictionary<string, LocalTimescale> byRule;

    private LocalTimescales(Dictionary<string, LocalTimescale> byRule) => this.byRule = byRule;

    /// <summary>No local timings: every locally set rule is reported without a due date.</summary>
    public static LocalTimescales None { get; } = new(new Dictionary<string, LocalTimescale>(StringComparer.Ordinal));

    /// <summary>The timescale rules whose timing the text leaves to local arrangements, in id order.</summary>
    public static IReadOnlyList<TimescaleRule> LocallySetRules { get; } =
        Array.AsReadOnly(TimescaleCatalog.Timescales.Where(r => r.Clock.Count.IsLocallySet).ToArray());

    /// <summary>The ids of the rules given a local timing, in ordinal order.</summary>
    public IReadOnlyList<string> RuleIds => Array.AsReadOnly(byRule.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray());

    /// <summary>How many rules have a local timing.</summary>
    public int Count => byRule.Count;

    /// <summary>This set, with a rule's local timing given (or replaced).</summary>
    /// <param name="ruleId">The id of a locally set rule (see <see cref="LocallySetRules"/>), such as DL-70.</param>
    /// <param name="timescale">The timing.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id names no rule whose timing is left to local arrangements.</exception>
    public LocalTimescales With(string ruleId, LocalTimescale timescale)
    {
        if (ruleId is null)
        {
            throw new ArgumentNullException(nameof(ruleId));
        }

        if (timescale is null)
        {
            throw new ArgumentNullException(nameof(timescale));
        }

        if (!IsLocallySetRule(ruleId))
        {
            throw new ArgumentException($"names no rule whose timing is left to local arrangements (those are {string.Join(", ", LocallySetRules.Select(r => r.Id))})", nameof(ruleId));
        }

        var copy = new Dictionary<string, LocalTimescale>(byRule, StringComparer.Ordinal) { [ruleId] = timescale };
        return new LocalTimescales(copy);
    }

    /// <summary>This set, with a rule's local timing given (or replaced).</summary>
    /// <param name="ruleId">The id of a locally set rule.</param>
    /// <param name="amount">The number of units.</param>
    /// <param name="unit">Working days, calendar days or months.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">The id names no locally set rule, or the amount or unit is out of range.</exception>
    public LocalTimescales With(string ruleId, int amount, TimeUnit unit) => With(ruleId, new LocalTimescale(amount, unit));

    /// <summary>The local timing of a rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The timing; null when none was given.</returns>
    public LocalTimescale? Find(string ruleId) => ruleId is not null && byRule.TryGetValue(ruleId, out var found) ? found : null;

    /// <summary>Whether an id names a rule whose timing is left to local arrangements.</summary>
    /// <param name="ruleId">The id.</param>
    /// <returns>True for a locally set rule.</returns>
    public static bool IsLocallySetRule(string ruleId) => LocallySetRules.Any(r => string.Equals(r.Id, ruleId, StringComparison.Ordinal));
}
