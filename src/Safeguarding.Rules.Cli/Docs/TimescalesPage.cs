using System.Collections.Generic;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Cli.Docs;

/// <summary>docs/rules/timescales.md: every timescale and urgency rule, with its text and reading.</summary>
internal static class TimescalesPage
{
    public static GeneratedDocument Generate()
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Statutory timescales");
        b.AppendLine();
        b.AppendLine("Every quantified time limit in Working Together 2026 that a case, review or child death process runs against (DL-01 to DL-22), then the urgency rules that carry no number (DL-40 to DL-63). Ids are the inventory's. Working days follow [the calendar](calendar.md) and its counting conventions. `DeadlineEvaluator` (library) and `safeguarding-rules deadlines` (CLI) evaluate a case timeline against them; the case file format is [case-file.schema.json](case-file.schema.json).");
        b.AppendLine();
        b.AppendLine("## Summary");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Id", "Requirement", "Amount", "From", "Force", "Source" },
            TimescaleCatalog.Timescales.Select(r => (IReadOnlyList<string>)new[]
            {
                $"[{r.Id}](#{r.Id.ToLowerInvariant()})", r.Title, Amount(r), r.StartDescription, ForceText(r), r.Citations[0].Location,
            }));
        b.AppendLine("## The child protection timeline");
        b.AppendLine();
        b.AppendLine("```mermaid");
        b.AppendLine("flowchart LR");
        b.AppendLine("    R[Referral received] -->|DL-01, DL-02: 1 working day| D[Acknowledged; next steps decided]");
        b.AppendLine("    R -->|DL-03: 45 working days| A[Assessment concluded]");
        b.AppendLine("    D --> S[Strategy discussion: section 47 enquiries initiated]");
        b.AppendLine("    S -->|DL-04: 15 working days, if concerns substantiated| C[Initial child protection conference]");
        b.AppendLine("    C -->|DL-05: 10 working days, if a plan is made| G[First core group meeting]");
        b.AppendLine("    C -->|DL-06: 3 months| V1[First review conference]");
        b.AppendLine("    V1 -->|DL-07: no more than 6 months, while the plan lasts| V2[Later review conferences]");
        b.AppendLine("    M[Permanent move notified to the receiving authority] -->|DL-08: 15 working days| T[Transfer-in conference]");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine("## The serious incident timeline");
        b.AppendLine();
        b.AppendLine("```mermaid");
        b.AppendLine("flowchart LR");
        b.AppendLine("    W[A safeguarding partner becomes aware] -->|DL-13: 5 working days| N[Notification to the Panel]");
        b.AppendLine("    N -->|DL-14: 15 working days, non-statutory| RR[Rapid review submitted]");
        b.AppendLine("    RR --> L[Decision to initiate an LCSPR]");
        b.AppendLine("    L -->|DL-48: as soon as| I[Panel, Ofsted and DfE informed]");
        b.AppendLine("    L -->|DL-15: 6 months| P[LCSPR completed and published]");
        b.AppendLine("    P -.->|DL-16: at least 7 working days before, counted back| K[Copies to the Panel, the Secretary of State and Ofsted]");
        b.AppendLine("    P -->|DL-17: at least 1 year| Z[May be withdrawn]");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine("## Readings where the text is ambiguous");
        b.AppendLine();
        b.AppendLine("The default reading applies unless the caller chooses another (`TimescaleOptions` in the library; `--incident-awareness`, `--lcspr-end`, `--review-anchor`, `--non-working-day-start` on the CLI).");
        b.AppendLine();
        foreach (var interpretation in TimescaleInterpretations.All)
        {
            Markdown.Interpretation(b, interpretation, "###");
        }

        b.AppendLine("## Report statuses");
        b.AppendLine();
        b.AppendLine("- **met**: the end event happened on or before the due date; **met late**: after it, with how late (working days after the due date up to and including the end date, or days).");
        b.AppendLine("- **due**: not yet happened and the due date has not passed; **overdue**: it has. Overdue deadlines do not change the CLI's exit code unless `--fail-on overdue` is given.");
        b.AppendLine("- **not started**: the case has reached this process, but not the event that starts the clock.");
        b.AppendLine("- **undetermined**: the timeline lacks a fact the rule needs; the report names it and guesses nothing.");
        b.AppendLine("- **done** / **pending**: an urgency rule's action is or is not recorded. No number is given, so there is no verdict on timeliness.");
        b.AppendLine("- **running**: a minimum period (a report publicly available for at least a year) is still running.");
        b.AppendLine("- **breached**: missed and can no longer be met: a review due while a plan lasted, when the plan has since ended (or a new plan begun) without it; or a minimum period ended early. `--fail-on late` exits 1 on any overdue, met late or breached deadline.");
        b.AppendLine();
        b.AppendLine("Events dated after the as-of date are left out, so a report never depends on later events. A planned publication date is a plan known now: if publication happens on another date, the pre-publication deadline moves with it; with two different planned dates the earliest is used and a warning says so.");
        b.AppendLine();
        b.AppendLine("One timeline is one child's case (or one incident). A child can be the subject of more than one plan: each initial conference starts its own conference, core group and review deadlines, and a new initial conference ends the previous plan's reviews. Several local or national reviews in one timeline are told apart by their decisions to initiate them: events belong to the latest decision on or before them.");
        b.AppendLine();
        b.AppendLine("Where the start of a clock is not recorded exactly (two strategy discussions, neither marked as initiating section 47 enquiries; under the local-authority reading, an earlier awareness by an unnamed partner), the report works out the due date under each possible start. When they all agree (met under the earliest, or late under the latest) the status is settled and a note gives the range; otherwise it is undetermined, naming the missing fact.");
        b.AppendLine();
        b.AppendLine("## The rules");
        b.AppendLine();
        foreach (var rule in TimescaleCatalog.Timescales)
        {
            Rule(b, rule);
        }

        b.AppendLine("## Urgency rules (no number)");
        b.AppendLine();
        b.AppendLine("These carry the urgency word and the citation, and never a due date: the library invents no number. Those marked *in reports* appear in deadline reports as done or pending when the timeline shows both events.");
        b.AppendLine();
        foreach (var rule in TimescaleCatalog.Urgencies)
        {
            b.Append("### ").AppendLine(rule.Id);
            b.AppendLine();
            b.Append("**").Append(rule.Title).Append("** — `").Append(rule.Slug).AppendLine("`");
            b.AppendLine();
            b.Append("- Urgency: **").Append(rule.UrgencyWording).Append("**; force: **").Append(Markdown.ForceName(rule.Force)).AppendLine("**");
            b.Append("- Who: ").AppendLine(rule.DutyHolder);
            b.Append("- What: ").AppendLine(rule.Action);
            if (rule.IsEvaluated)
            {
                b.Append("- In reports: from `").Append(string.Join("` or `", rule.StartEvents.Select(t => t.Name()))).Append("` to `").Append(string.Join("` or `", rule.EndEvents.Select(t => t.Name()))).AppendLine("`");
            }

            b.AppendLine();
            foreach (var citation in rule.Citations)
            {
                Markdown.Quote(b, citation);
            }
        }

        return new GeneratedDocument("timescales.md", "Statutory timescales", "Every Working Together 2026 deadline (DL-01 to DL-22) and urgency rule (DL-40 to DL-63), with its text, force and reading.", b.ToString());
    }

    private static void Rule(StringBuilder b, TimescaleRule rule)
    {
        b.Append("### ").AppendLine(rule.Id);
        b.AppendLine();
        b.Append("**").Append(rule.Title).Append("** — `").Append(rule.Slug).AppendLine("`");
        b.AppendLine();
        b.Append("- Amount: **").Append(Amount(rule)).Append("** (").Append(Direction(rule.Direction)).AppendLine(")");
        b.Append("- Force: **").Append(ForceText(rule)).AppendLine("**");
        b.Append("- Starts: ").AppendLine(rule.StartDescription);
        b.Append("- Ends: ").AppendLine(rule.EndDescription);
        b.Append("- Who: ").AppendLine(rule.DutyHolder);
        if (rule.Condition is not null)
        {
            b.Append("- Applies when: ").AppendLine(rule.Condition);
        }

        if (rule.IsEvaluated)
        {
            b.Append("- In a case file: starts at `").Append(string.Join("` or `", rule.StartEvents.Select(t => t.Name()))).Append("`; ended by ");
            b.AppendLine(string.Join("; ", rule.Obligations.Select(o => (o.Label.Length > 0 ? o.Label + ": " : string.Empty) + "`" + string.Join("` or `", o.EndEvents.Select(t => t.Name())) + "`")));
        }
        else
        {
            b.AppendLine("- Not evaluated in deadline reports.");
        }

        b.Append("- When it is missed: ").AppendLine(rule.BreachHandling ?? "the text says nothing more.");
        if (rule.Interpretations.Count > 0)
        {
            b.Append("- Readings: ").AppendLine(string.Join(", ", rule.Interpretations.Select(i => $"`{i.Id}`")));
        }

        if (rule.Note is not null)
        {
            b.Append("- Note: ").AppendLine(rule.Note);
        }

        b.AppendLine();
        foreach (var citation in rule.Citations)
        {
            Markdown.Quote(b, citation);
        }
    }

    private static string Amount(TimescaleRule rule) => rule.Unit switch
    {
        TimeUnit.WorkingDays => $"{rule.Amount} working {(rule.Amount == 1 ? "day" : "days")}",
        TimeUnit.CalendarDays => $"{rule.Amount} days",
        TimeUnit.Months => $"{rule.Amount} months",
        TimeUnit.Years => $"{rule.Amount} {(rule.Amount == 1 ? "year" : "years")}",
        _ => "by 30 September",
    } + (rule.Direction == ClockDirection.Backward ? " before" : rule.Direction == ClockDirection.Minimum ? " at least" : string.Empty);

    private static string Direction(ClockDirection direction) => direction switch
    {
        ClockDirection.Backward => "counted back from the later event",
        ClockDirection.Minimum => "a minimum period",
        _ => "no later than, counted forward",
    };

    private static string ForceText(TimescaleRule rule)
    {
        var forces = rule.Obligations.Select(o => o.Force).Append(rule.Force).Distinct().ToArray();
        return forces.Length == 1
            ? Markdown.ForceName(rule.Force)
            : string.Join("; ", rule.Obligations.Select(o => $"{o.Label}: {Markdown.ForceName(o.Force)}"));
    }
}
