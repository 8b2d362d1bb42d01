using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Section11;

/// <summary>
/// A problem with a self-assessment, named by its path in the self-assessment format (<c>$.arrangements[3].status</c>).
/// Immutable, and equal by value.
/// </summary>
public sealed class SelfAssessmentProblem : IEquatable<SelfAssessmentProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">The JSON path of the field.</param>
    /// <param name="message">The problem; it never repeats the organisation's name or any free text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SelfAssessmentProblem(string path, string message)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The JSON path of the field.</summary>
    public string Path { get; }

    /// <summary>The problem; it never repeats the organisation's name or any free text.</summary>
    public string Message { get; }

    /// <summary>Compares two problems by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SelfAssessmentProblem? left, SelfAssessmentProblem? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two problems by value.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(SelfAssessmentProblem? left, SelfAssessmentProblem? right) => !(left == right);

    /// <summary>Deconstructs the problem.</summary>
    /// <param name="path">The JSON path of the field.</param>
    /// <param name="message">The problem.</param>
    public void Deconstruct(out string path, out string message)
    {
        path = Path;
        message = Message;
    }

    /// <inheritdoc />
    public bool Equals(SelfAssessmentProblem? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SelfAssessmentProblem);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Path) * 31) + StringComparer.Ordinal.GetHashCode(Message));

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Checks a self-assessment against the arrangements for its agency kinds and produces the compliance report. Pure:
/// the as-of date is always the caller's.
/// </summary>
public static class Section11Checker
{
    /// <summary>The default review interval: 12 months (interpretation <c>s11-default-review-interval</c>).</summary>
    public static Period DefaultReviewInterval { get; } = Period.FromMonths(12);

    /// <summary>Finds every problem that makes a self-assessment unusable.</summary>
    /// <param name="assessment">The self-assessment.</param>
    /// <param name="asOf">The as-of date (a review dated after it is a problem).</param>
    /// <returns>The problems, in input order; empty when the self-assessment can be checked.</returns>
    public static IReadOnlyList<SelfAssessmentProblem> Validate(SelfAssessment assessment, LocalDate asOf)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        var problems = new List<SelfAssessmentProblem>();
        if (string.IsNullOrWhiteSpace(assessment.Organisation))
        {
            problems.Add(new("$.organisation", "must not be blank."));
        }

        if (assessment.AgencyKinds.Count == 0)
        {
            problems.Add(new("$.agencyKinds", $"at least one agency kind is required; valid kinds: {string.Join(", ", AgencyKinds.All.Select(AgencyKinds.Id))}."));
            return problems.AsReadOnly();
        }

        var valid = assessment.Checklist.Select(a => a.Id).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < assessment.Arrangements.Count; i++)
        {
            var claim = assessment.Arrangements[i];
            string at = $"$.arrangements[{i}]";
            if (!valid.Contains(claim.ArrangementId, StringComparer.Ordinal))
            {
                problems.Add(new($"{at}.id", $"unknown arrangement '{claim.ArrangementId}' for agency kinds {string.Join(", ", assessment.AgencyKinds.Select(AgencyKinds.Id))}; valid ids: {string.Join(", ", valid)}."));
            }
            else if (seen.TryGetValue(claim.ArrangementId, out int first))
            {
                problems.Add(new($"{at}.id", $"'{claim.ArrangementId}' is already assessed at $.arrangements[{first}]."));
            }
            else
            {
                seen.Add(claim.ArrangementId, i);
            }

            if (claim.Status == ClaimStatus.NotApplicable && string.IsNullOrWhiteSpace(claim.NotApplicableReason))
            {
                problems.Add(new($"{at}.notApplicableReason", "a reason is required when the status is not-applicable."));
            }

            if (claim.LastReviewed is { } reviewed && reviewed > asOf)
            {
                problems.Add(new($"{at}.lastReviewed", $"is after the as-of date {Iso(asOf)}."));
            }
        }

        return problems.AsReadOnly();
    }

    /// <summary>Checks a self-assessment.</summary>
    /// <param name="assessment">The self-assessment.</param>
    /// <param name="asOf">The date the report is as of.</param>
    /// <param name="reviewInterval">How recently each arrangement must have been reviewed; <see cref="DefaultReviewInterval"/> when null. Whole days, weeks, months or years, greater than zero.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The self-assessment has a problem (<see cref="Validate"/>), or the interval is not a positive date period.</exception>
    public static ComplianceReport Check(SelfAssessment assessment, LocalDate asOf, Period? reviewInterval = null)
    {
        var interval = reviewInterval ?? DefaultReviewInterval;
        if (interval.HasTimeComponent || asOf.Plus(interval) <= asOf)
        {
            throw new ArgumentException("the review interval must be a positive number of days, weeks, months or years", nameof(reviewInterval));
        }

        var problems = Validate(assessment, asOf);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].ToString(), nameof(assessment));
        }

        var claims = assessment.Arrangements.ToDictionary(c => c.ArrangementId, StringComparer.Ordinal);
        var findings = assessment.Checklist
            .Select(a => Assess(a, claims.TryGetValue(a.Id, out var c) ? c : null, asOf, interval))
            .ToArray();
        var rating = Checklists.RagRules.Overall(findings.Select(f => (f.Arrangement.IsRequired, f.Rating)));
        return new ComplianceReport(
            assessment.Organisation,
            assessment.AgencyKinds.OrderBy(k => k).ToArray(),
            asOf,
            interval,
            findings,
            rating,
            MissingIds(findings, Force.Must),
            MissingIds(findings, Force.Should));
    }

    private static string[] MissingIds(IEnumerable<ArrangementFinding> findings, Force force) =>
        findings.Where(f => f.Outcome == ArrangementOutcome.Missing && f.Arrangement.Force == force).Select(f => f.Arrangement.Id).ToArray();

    private static ArrangementFinding Assess(Arrangement arrangement, ArrangementClaim? claim, LocalDate asOf, Period interval)
    {
        var (outcome, why) = Outcome(arrangement, claim, asOf, interval);
        return new ArrangementFinding(arrangement, outcome, Rate(arrangement, outcome), claim, why);
    }

    private static (ArrangementOutcome Outcome, string Why) Outcome(Arrangement arrangement, ArrangementClaim? claim, LocalDate asOf, Period interval)
    {
        if (claim is null)
        {
            return (ArrangementOutcome.Missing, "Not in the self-assessment: an arrangement left out is reported as missing.");
        }

        switch (claim.Status)
        {
            case ClaimStatus.NotApplicable:
                return (ArrangementOutcome.NotApplicable, "Marked not applicable, with a reason.");
            case ClaimStatus.NotInPlace:
                return (ArrangementOutcome.Missing, "Marked not in place.");
            case ClaimStatus.Partly:
                return (ArrangementOutcome.PartlyMet, "Marked partly in place.");
        }

        if (claim.Evidence.Count == 0)
        {
            return (ArrangementOutcome.EvidenceMissing, "Marked in place, but no evidence is referenced.");
        }

        var due = DueDate(arrangement, claim.LastReviewed, interval);
        if (due is null)
        {
            return (ArrangementOutcome.ReviewOverdue, "No last-reviewed date is recorded.");
        }

        if (due.Value < asOf)
        {
            return (ArrangementOutcome.ReviewOverdue, $"Last reviewed {Iso(claim.LastReviewed!.Value)}; the next review was due by {Iso(due.Value)}.");
        }

        if (arrangement.Verifiability == Verifiability.Judgement && string.IsNullOrWhiteSpace(claim.JudgementReference))
        {
            return (ArrangementOutcome.JudgementRequired, "Evidenced, but a matter of judgement: record the audit or review that judged it.");
        }

        return (ArrangementOutcome.Met, "In place, evidenced and reviewed within the interval.");
    }

    private static LocalDate? DueDate(Arrangement arrangement, LocalDate? lastReviewed, Period interval)
    {
        if (lastReviewed is not { } reviewed)
        {
            return null;
        }

        var due = reviewed.Plus(interval);
        if (arrangement.RequiredReviewInterval is { } required && reviewed.Plus(required) < due)
        {
            due = reviewed.Plus(required);
        }

        return due;
    }

    private static Rag? Rate(Arrangement arrangement, ArrangementOutcome outcome) =>
        Checklists.RagRules.Rate(arrangement.IsRequired, outcome == ArrangementOutcome.NotApplicable, outcome == ArrangementOutcome.Met, outcome == ArrangementOutcome.Missing);

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
