using System.Collections.Generic;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Documentation;

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
        b.AppendLine("Every quantified time limit in Working Together 2026 that a case, review or child death process runs against (DL-01 to DL-26, with DL-70 whose timing the text leaves to local arrangements), then the urgency rules that carry no number (DL-40 to DL-63). Ids are the inventory's. Working days follow [the calendar](calendar.md) and its counting conventions. `DeadlineEvaluator` (library) and `safeguarding-rules deadlines` (CLI) evaluate a case timeline against them; the case file format is [case-file.schema.json](case-file.schema.json).");
        b.AppendLine();
        b.AppendLine("## Summary");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Id", "Requirement", "Amount", "From", "Force", "Source" },
            TimescaleCatalog.Timescales.Select(r => (IReadOnlyList<string>)new[]
            {
                $"[{r.Id}](#{Anchor(r)})", r.Title, Amount(r), r.StartDescription, ForceText(r), GuidanceText.MarkdownLink(r.Citations[0]),
            }));
        Timelines(b);
        b.AppendLine("## Readings where the text is ambiguous");
        b.AppendLine();
        b.AppendLine("The default reading applies unless the caller chooses another by its id: `--reading ID=READING` on the CLI, `Readings.Default.With(ID, READING)` in the library, `UseReading(ID, READING)` through dependency injection. Every reading of every family is listed in [readings.md](readings.md); every report lists the readings it applied.");
        b.AppendLine();
        foreach (var interpretation in TimescaleInterpretations.All.Concat(Safeguarding.Rules.Provenance.EditionInterpretations.All))
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
        b.AppendLine("- **edition not in force**: the clock started before Working Together 2026 came into force (reading `wt2026-commencement`, 1 March 2026 by default). The edition then in force is not encoded, so no verdict is given; the reading `clocks-before-commencement=apply-current-edition` applies the 2026 rules anyway, and the report says so.");
        b.AppendLine("- **outside calendar**: the due date falls outside the working-day calendar (2000 to 2099); no verdict is given and the rest of the report is evaluated.");
        b.AppendLine("- **no local timescale**: the text leaves this timing to local arrangements (amount *set locally*) and the caller gave none: no due date and no verdict. Give local timings with `--local-timescales FILE` on the CLI (`{\"localTimescales\": {\"DL-70\": {\"amount\": 5, \"unit\": \"working-days\"}}}`; units `working-days`, `calendar-days`, `months`), `new DeadlineEvaluator(calendar, readings, LocalTimescales.None.With(\"DL-70\", 5, TimeUnit.WorkingDays))` in the library, or `UseLocalTimescale(\"DL-70\", 5, TimeUnit.WorkingDays)` through dependency injection. Entries counted with a local timing say so (`locallySet` and `localTimescale` in JSON). The library invents no default number.");
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
            b.Append("- Urgency: **").Append(rule.UrgencyWording).Append("**; force: **").Append(rule.Force.Name()).AppendLine("**");
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

        return new GeneratedDocument("timescales.md", "Statutory timescales", "Every Working Together 2026 deadline (DL-01 to DL-26, and DL-70 set locally) and urgency rule (DL-40 to DL-63), with its text, force and reading.", b.ToString());
    }

    /// <summary>The anchor of a timescale or urgency rule's heading on this page.</summary>
    internal static string Anchor(IRule rule) => rule.Id.ToLowerInvariant();

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

        b.Append("- Clock: ").AppendLine(ClockText(rule.Clock));
        if (rule.IsEvaluated)
        {
            b.Append("- In a case file: starts at `").Append(string.Join("` or `", rule.StartEvents.Select(t => t.Name()))).Append("`; ended by ");
            b.AppendLine(string.Join("; ", rule.Obligations.Select(o => (o.Label.Length > 0 ? o.Label + ": " : string.Empty) + EndText(o))));
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

    private static string EndText(TimescaleObligation o) => o.Reading is null
        ? "`" + string.Join("` or `", o.EndEvents.Select(t => t.Name())) + "`"
        : string.Join(", ", o.EndEventsByReading().Select(p => "`" + string.Join("` or `", p.Value.Select(t => t.Name())) + $"` (reading `{o.Reading.Id}={p.Key}`)"));

    private static string ClockText(Clock clock)
    {
        string start = clock.Start switch
        {
            ClockStart.EachOccurrence => "each occurrence of its start",
            ClockStart.EarliestOfSeveral => "the earliest of several starts",
            ClockStart.MarkedAsInitiatingSection47 => "the strategy discussion marked as initiating section 47 enquiries",
            ClockStart.PreviousConference => "the previous review conference (or its due date, by reading)",
            ClockStart.CountedBackFromPublication => "counted back from publication, or from the planned date before publication",
            _ => "none: a period, not evaluated",
        };
        string scope = clock.Scope switch
        {
            ClockScope.WholeTimeline => "one for the whole timeline",
            ClockScope.EachStart => "one for each start",
            ClockScope.EachChildProtectionPlan => "one for each child protection plan",
            _ => "one for each review (events belong to the latest decision to initiate one)",
        };
        string facts = clock.Facts.Count == 0 ? string.Empty : "; may need " + string.Join(", ", clock.Facts.Select(f => $"`{f.Name}`"));
        string process = clock.Process is null ? "; never reported as not started" : $"; part of {clock.Process.Title.ToLowerInvariant()}";
        return $"{clock.Count}; starts at {start}; {scope}{process}{facts}.";
    }

    // One flowchart for each connected set of event types, drawn from the clocks (and the urgency rules a report evaluates).
    private static void Timelines(StringBuilder b)
    {
        var edges = new List<(CaseEventType From, CaseEventType To, string Label, bool Backward)>();
        foreach (var rule in TimescaleCatalog.Timescales.Where(r => r.IsEvaluated))
        {
            foreach (var obligation in rule.Obligations)
            {
                string label = $"{rule.Id}: {rule.Clock.Count}" + (obligation.Label.Length > 0 && rule.Obligations.Count > 1 ? $", {obligation.Label}" : string.Empty) + $", {obligation.Force.Name()}";
                var starts = rule.Direction == ClockDirection.Backward ? rule.StartEvents.Take(1) : rule.StartEvents;
                foreach (var from in starts)
                {
                    foreach (var to in obligation.EndEvents)
                    {
                        edges.Add((from, to, label, rule.Direction == ClockDirection.Backward));
                    }
                }
            }
        }

        foreach (var rule in TimescaleCatalog.Urgencies.Where(r => r.IsEvaluated))
        {
            foreach (var from in rule.StartEvents)
            {
                foreach (var to in rule.EndEvents)
                {
                    edges.Add((from, to, $"{rule.Id}: {rule.UrgencyWording}", false));
                }
            }
        }

        // Connected components over event types, in the order their first rule appears.
        var component = new Dictionary<CaseEventType, int>();
        int Find(CaseEventType t) => component.TryGetValue(t, out var c) ? c : -1;
        int next = 0;
        foreach (var (from, to, _, _) in edges)
        {
            int a = Find(from), c = Find(to);
            if (a < 0 && c < 0)
            {
                component[from] = component[to] = next++;
            }
            else if (a < 0)
            {
                component[from] = c;
            }
            else if (c < 0)
            {
                component[to] = a;
            }
            else if (a != c)
            {
                foreach (var key in component.Where(p => p.Value == c).Select(p => p.Key).ToList())
                {
                    component[key] = a;
                }
            }
        }

        b.AppendLine("## Timelines");
        b.AppendLine();
        b.AppendLine("Drawn from the rules' clocks: each arrow is a clock from the event that starts it to the event that meets it (a dotted arrow counts back from the later event).");
        b.AppendLine();
        foreach (var group in edges.GroupBy(e => component[e.From]))
        {
            var ids = group.Select(e => e.Label.Substring(0, e.Label.IndexOf(':'))).Distinct().ToList();
            b.Append("### ").AppendLine(string.Join(", ", ids));
            b.AppendLine();
            b.AppendLine("```mermaid");
            b.AppendLine("flowchart LR");
            foreach (var (from, to, label, backward) in group)
            {
                string arrow = backward ? "-.->" : "-->";
                b.Append("    ").Append(Node(from)).Append(' ').Append(arrow).Append("|\"").Append(label).Append("\"| ").AppendLine(Node(to));
            }

            b.AppendLine("```");
            b.AppendLine();
        }
    }

    private static string Node(CaseEventType type) => $"{type.Name().Replace("-", "_", System.StringComparison.Ordinal)}[{type.Name().Replace('-', ' ')}]";

    private static string Amount(TimescaleRule rule) => rule.Clock.Count.IsLocallySet ? "set locally" : rule.Unit switch
    {
        TimeUnit.SchoolDays => "before the next school day",
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
            ? rule.Force.Name()
            : string.Join("; ", rule.Obligations.Select(o => $"{o.Label}: {o.Force.Name()}"));
    }
}
