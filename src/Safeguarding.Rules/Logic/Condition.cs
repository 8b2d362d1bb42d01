using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Logic;

/// <summary>
/// A named condition of a decision rule: a test over facts and the text it comes from. A rule's determination
/// reports every condition as held, failed or unknown.
/// </summary>
public sealed class Condition : Criterion, ICited
{
    /// <summary>Creates a condition.</summary>
    /// <param name="id">A kebab-case identifier, unique within its rule.</param>
    /// <param name="description">The condition in words, close to the text.</param>
    /// <param name="test">The test over facts.</param>
    /// <param name="citations">The text (at least one citation).</param>
    /// <exception cref="ArgumentException">A value is blank or there is no citation.</exception>
    public Condition(string id, string description, Criterion test, IEnumerable<Citation> citations)
    {
        Id = Guard.Text(id, nameof(id));
        Description = Guard.Text(description, nameof(description));
        Test = test ?? throw new ArgumentNullException(nameof(test));
        Citations = Guard.Cited(citations, nameof(citations));
    }

    /// <summary>The identifier, unique within its rule.</summary>
    public string Id { get; }

    /// <summary>The condition in words.</summary>
    public string Description { get; }

    /// <summary>The test over facts.</summary>
    public Criterion Test { get; }

    /// <summary>The text the condition comes from.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <inheritdoc />
    public override string ToString() => Test.ToString();

    internal override Truth Evaluate(Facts facts, Readings readings) => Test.Evaluate(facts, readings);

    internal override IEnumerable<FactDefinition> Unsettled(Facts facts, Readings readings) => Test.Unsettled(facts, readings);

    internal override IEnumerable<FactDefinition> Leaves() => Test.Leaves();

    internal override IEnumerable<Condition> ConditionsWithin() => new[] { this }.Concat(Test.ConditionsWithin());

    internal override IEnumerable<Interpretation> InterpretationsWithin() => Test.InterpretationsWithin();
}

/// <summary>The status of a condition for a set of facts.</summary>
public enum ConditionStatus
{
    /// <summary>The known facts show that the condition holds.</summary>
    Held = 0,

    /// <summary>The known facts show that the condition does not hold.</summary>
    Failed = 1,

    /// <summary>The condition depends on a fact that is unknown.</summary>
    Unknown = 2,
}

/// <summary>A condition and its status for a set of facts. Immutable, and equal by value.</summary>
public sealed class ConditionResult : IEquatable<ConditionResult>
{
    /// <summary>Creates a result.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="status">Held, failed or unknown.</param>
    /// <exception cref="ArgumentNullException">The condition is null.</exception>
    public ConditionResult(Condition condition, ConditionStatus status)
    {
        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
        Status = status;
    }

    /// <summary>The condition.</summary>
    public Condition Condition { get; }

    /// <summary>Held, failed or unknown.</summary>
    public ConditionStatus Status { get; }

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ConditionResult? left, ConditionResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ConditionResult? left, ConditionResult? right) => !(left == right);

    /// <summary>Deconstructs the result.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="status">Held, failed or unknown.</param>
    public void Deconstruct(out Condition condition, out ConditionStatus status)
    {
        condition = Condition;
        status = Status;
    }

    /// <inheritdoc />
    public bool Equals(ConditionResult? other) => other is not null && EqualityComparer<Condition>.Default.Equals(Condition, other.Condition) && Status == other.Status;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConditionResult);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Condition.GetHashCode() * 31) + (int)Status);

    /// <inheritdoc />
    public override string ToString() => $"{Condition.Id}: {Status}";
}
