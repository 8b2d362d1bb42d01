using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Logic;
using NodaTime;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// One deadline in a report: one occurrence of one obligation of one rule, with its dates, its status and the text
/// behind it. A small immutable value; the rule it points to carries the citations and breach handling.
/// </summary>
public readonly struct DeadlineEntry : IEquatable<DeadlineEntry>
{
    private static readonly IReadOnlyList<FactDefinition> NoFacts = Array.AsReadOnly(Array.Empty<FactDefinition>());
    private static readonly IReadOnlyList<LocalDate> NoDates = Array.AsReadOnly(Array.Empty<LocalDate>());

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FactDefinition[], IReadOnlyList<FactDefinition>> Wrapped = new();

    private readonly LocalDate start;
    private readonly LocalDate due;
    private readonly LocalDate end;
    private readonly IReadOnlyList<FactDefinition>? missingFacts;
    private readonly IReadOnlyList<LocalDate>? provisionalHolidays;

    internal DeadlineEntry(IRule rule, int obligation, int occurrence, DeadlineStatus status, LocalDate start, LocalDate due, LocalDate end, int days, FactDefinition[]? missingFacts, string? note, IReadOnlyList<LocalDate>? provisionalHolidays = null, LocalTimescale? localTimescale = null)
    {
        LocalTimescale = localTimescale;
        Rule = rule;
        ObligationIndex = obligation;
        Occurrence = occurrence;
        Status = status;
        this.start = start;
        this.due = due;
        this.end = end;
        Days = days;
        this.missingFacts = missingFacts is null ? null : Shared(missingFacts);
        Note = note;
        this.provisionalHolidays = provisionalHolidays is { Count: > 0 } ? provisionalHolidays : null;
    }

    /// <summary>The rule (a <see cref="TimescaleRule"/> or an <see cref="UrgencyRule"/>).</summary>
    public IRule Rule { get; }

    /// <summary>The rule's id, such as DL-04.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's title.</summary>
    public string Title => Rule.Title;

    /// <summary>Which of the rule's obligations this is (0 for a rule with one).</summary>
    public int ObligationIndex { get; }

    /// <summary>The obligation's label ("copy to Ofsted"); empty for a rule with one obligation.</summary>
    public string Obligation => Rule is TimescaleRule t && t.Obligations.Count > ObligationIndex ? t.Obligations[ObligationIndex].Label : string.Empty;

    /// <summary>The occurrence, counted from 1 (the second review, say); 0 when the clock has not started.</summary>
    public int Occurrence { get; }

    /// <summary>The force of this obligation as worded.</summary>
    public Force Force => Rule is TimescaleRule t && t.Obligations.Count > ObligationIndex ? t.Obligations[ObligationIndex].Force : Rule.Force;

    /// <summary>Where the deadline stands.</summary>
    public DeadlineStatus Status { get; }

    /// <summary>The date the clock started (for a backward limit, the date it counts back from); null when not started.</summary>
    public LocalDate? StartDate => start == default ? null : start;

    /// <summary>The due date (for a minimum period, the first date it may end); null for an urgency rule or when undeterminable.</summary>
    public LocalDate? DueDate => due == default ? null : due;

    /// <summary>The date of the end event; null when it has not happened.</summary>
    public LocalDate? EndDate => end == default ? null : end;

    /// <summary>The urgency word, for an urgency rule; null for a quantified limit.</summary>
    public Urgency? Urgency => Rule is UrgencyRule u ? u.Urgency : null;

    /// <summary>
    /// The unit of <see cref="Days"/>: working days for a working-day limit, otherwise calendar days.
    /// </summary>
    public TimeUnit DaysUnit => (LocalTimescale?.Unit ?? (Rule is TimescaleRule { Clock.Count.IsLocallySet: false } t ? t.Unit : TimeUnit.CalendarDays)) == TimeUnit.WorkingDays ? TimeUnit.WorkingDays : TimeUnit.CalendarDays;

    /// <summary>
    /// True when the text leaves this timing to local arrangements: the due date, if any, comes from the caller's
    /// <see cref="LocalTimescale"/>, and the citations are the text that delegates it.
    /// </summary>
    public bool IsLocallySet => Rule is TimescaleRule { Clock.Count.IsLocallySet: true };

    /// <summary>For a locally set timing, the local timescale the due date was counted with; null when none was given or the timing is not locally set.</summary>
    public LocalTimescale? LocalTimescale { get; }

    /// <summary>
    /// For <see cref="DeadlineStatus.MetLate"/> and <see cref="DeadlineStatus.Overdue"/>: how late (the working days,
    /// or days, after the due date up to and including the end date or the report's date). For
    /// <see cref="DeadlineStatus.Due"/> and <see cref="DeadlineStatus.Running"/>: how many remain. For
    /// <see cref="DeadlineStatus.Breached"/>: how many days early. For urgency rules: the days elapsed. Otherwise 0.
    /// </summary>
    public int Days { get; }

    /// <summary>For <see cref="DeadlineStatus.Undetermined"/>: the facts that would settle it (<see cref="TimelineFacts"/>), as a determination names them.</summary>
    public IReadOnlyList<FactDefinition> MissingFacts => missingFacts ?? NoFacts;

    /// <summary>A note on this occurrence (the plan ended without this review, say); null when none.</summary>
    public string? Note { get; }

    /// <summary>
    /// The provisional bank holidays the due date was counted across: holidays the calendar generates from the standing
    /// rules for a year the government has not yet announced. A proclamation may still move them, and the due date with
    /// them; load the published list (GOV.UK's) to confirm the year. Empty when the due date depends on none.
    /// </summary>
    public IReadOnlyList<LocalDate> ProvisionalHolidays => provisionalHolidays ?? NoDates;

    /// <summary>True when the due date was counted across a provisional bank holiday (see <see cref="ProvisionalHolidays"/>).</summary>
    public bool DependsOnProvisionalHoliday => provisionalHolidays is not null;

    /// <summary>What the text says happens when the limit is missed; null when it says nothing.</summary>
    public string? BreachHandling => (Rule as TimescaleRule)?.BreachHandling;

    /// <summary>The citations behind the rule.</summary>
    public IReadOnlyList<Citation> Citations => Rule.Citations;

    /// <summary>Compares two entries.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DeadlineEntry left, DeadlineEntry right) => left.Equals(right);

    /// <summary>Compares two entries.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DeadlineEntry left, DeadlineEntry right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(DeadlineEntry other) =>
        ReferenceEquals(Rule, other.Rule) && ObligationIndex == other.ObligationIndex && Occurrence == other.Occurrence &&
        Status == other.Status && start == other.start && due == other.due && end == other.end && Days == other.Days &&
        MissingFacts.SequenceEqual(other.MissingFacts) && string.Equals(Note, other.Note, StringComparison.Ordinal) &&
        ProvisionalHolidays.SequenceEqual(other.ProvisionalHolidays) && Equals(LocalTimescale, other.LocalTimescale);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeadlineEntry other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((((Rule?.Id.GetHashCode() ?? 0) * 31) + Occurrence) * 31) + due.GetHashCode();

    // The few fact sets the clocks use are static arrays: wrap each once, so that an entry allocates nothing for them.
    private static IReadOnlyList<FactDefinition> Shared(FactDefinition[] facts) => Wrapped.GetValue(facts, f => Array.AsReadOnly(f));

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} {Obligation} #{Occurrence} {Status} due {DueDate:yyyy-MM-dd}";
}
