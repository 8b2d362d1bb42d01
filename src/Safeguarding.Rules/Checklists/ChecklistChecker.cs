using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Checklists;

/// <summary>
/// Checks an assessment against its checklist and produces the report, rated by the section 11 rules. Pure: the
/// as-of date is always the caller's.
/// </summary>
public static class ChecklistChecker
{
    /// <summary>Finds every problem that makes an assessment unusable.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="asOf">The as-of date (an item dated after it is a problem).</param>
    /// <returns>The problems, in input order, each named by its path in the assessment format (<c>$.items[2].status</c>); empty when the assessment can be checked.</returns>
    /// <exception cref="ArgumentNullException">The assessment is null.</exception>
    public static IReadOnlyList<SelfAssessmentProblem> Validate(ChecklistAssessment assessment, LocalDate asOf)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        var problems = new List<SelfAssessmentProblem>();
        if (string.IsNullOrWhiteSpace(assessment.Subject))
        {
            problems.Add(new("$.subject", "must not be blank."));
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < assessment.Items.Count; i++)
        {
            var entry = assessment.Items[i];
            string at = $"$.items[{i}]";
            var item = assessment.Checklist.Find(entry.ItemId);
            if (item is null)
            {
                problems.Add(new($"{at}.id", $"not an item of checklist {assessment.Checklist.Id}; 'checklist template {assessment.Checklist.Id}' lists the ids."));
            }
            else if (seen.TryGetValue(entry.ItemId, out int first))
            {
                problems.Add(new($"{at}.id", $"the item is already assessed at $.items[{first}]."));
            }
            else
            {
                seen.Add(entry.ItemId, i);
            }

            if (entry.Status == ItemStatus.NotApplicable)
            {
                if (item is not null && item.AppliesWhen is null)
                {
                    problems.Add(new($"{at}.status", "the item always applies (the text sets no condition for it): use met, partly-met or not-met."));
                }
                else if (string.IsNullOrWhiteSpace(entry.NotApplicableReason))
                {
                    problems.Add(new($"{at}.notApplicableReason", "a reason is required when the status is not-applicable."));
                }
            }

            if (entry.Date is { } date && date > asOf)
            {
                problems.Add(new($"{at}.date", $"is after the as-of date {Iso(asOf)}."));
            }
        }

        return problems.AsReadOnly();
    }

    /// <summary>Checks an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="asOf">The date the report is as of.</param>
    /// <returns>The report: one finding per item of the checklist, in its order.</returns>
    /// <exception cref="ArgumentException">The assessment has a problem (<see cref="Validate"/>).</exception>
    public static ChecklistReport Check(ChecklistAssessment assessment, LocalDate asOf)
    {
        var problems = Validate(assessment, asOf);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].ToString(), nameof(assessment));
        }

        var entries = assessment.Items.ToDictionary(e => e.ItemId, StringComparer.Ordinal);
        var findings = assessment.Checklist.Items.Select(item => Assess(item, entries.TryGetValue(item.Id, out var e) ? e : null));
        return new ChecklistReport(assessment.Checklist, assessment.Subject, asOf, findings);
    }

    private static ItemFinding Assess(ChecklistItem item, ItemAssessment? entry)
    {
        var (outcome, why) = Outcome(item, entry);
        var rating = RagRules.Rate(item.IsRequired, outcome == ItemOutcome.NotApplicable, outcome == ItemOutcome.Met, outcome == ItemOutcome.NotMet);
        return new ItemFinding(item, outcome, rating, entry, why);
    }

    private static (ItemOutcome Outcome, string Why) Outcome(ChecklistItem item, ItemAssessment? entry)
    {
        if (entry is null)
        {
            return (ItemOutcome.NotMet, "Not in the assessment: an item left out is reported as not met.");
        }

        switch (entry.Status)
        {
            case ItemStatus.NotApplicable:
                return (ItemOutcome.NotApplicable, $"Marked not applicable, with a reason: the item applies {item.AppliesWhen}.");
            case ItemStatus.NotMet:
                return (ItemOutcome.NotMet, "Marked not met.");
            case ItemStatus.PartlyMet:
                return (ItemOutcome.PartlyMet, "Marked partly met.");
        }

        if (entry.Evidence.Count == 0)
        {
            return (ItemOutcome.EvidenceMissing, "Marked met, but no evidence is referenced.");
        }

        if (entry.Date is null)
        {
            return (ItemOutcome.DateMissing, "Marked met and evidenced, but no date is recorded.");
        }

        if (item.Verifiability == Verifiability.Judgement && string.IsNullOrWhiteSpace(entry.JudgementReference))
        {
            return (ItemOutcome.JudgementRequired, "Evidenced, but a matter of judgement: record where the judgement was made.");
        }

        return (ItemOutcome.Met, $"Met, evidenced and dated {Iso(entry.Date.Value)}.");
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
