using System.Collections.Generic;
using System.Linq;
using System.Text;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/decisions.md: every decision rule with its facts, conditions, consequences and interpretations.</summary>
internal static class DecisionsPage
{
    public static GeneratedDocument Generate()
    {
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# Decisions and threshold tests");
        b.AppendLine();
        b.AppendLine("Each rule answers one question with **yes**, **no** or **undetermined**. Facts are three-valued: a fact the caller has not stated is unknown, never false. Conditions combine in three-valued logic: \"all of\" fails as soon as one part fails, \"any of\" holds as soon as one part holds, and otherwise an unknown fact leaves the answer undetermined, with the facts that would settle it named. Knowing more facts never turns a yes into a no or a no into a yes (a property test checks this for every rule).");
        b.AppendLine();
        b.AppendLine("Run a rule from the command line with `safeguarding-rules decide RULE-ID FACTS.json [--format text|json]`; the fact file's format is the JSON Schema [`decision-facts.schema.json`](decision-facts.schema.json). Timescale ids (DL-xx) name the deadlines a consequence starts.");
        b.AppendLine();
        b.AppendLine("## The serious incident path");
        b.AppendLine();
        b.AppendLine("```mermaid");
        b.AppendLine("flowchart TD");
        b.AppendLine("  A[\"Safeguarding partners become aware of an incident\"] --> B{\"DC-36: abuse or neglect known or suspected; a child died or was seriously harmed (DC-37); in the area, or normally resident and outside England?\"}");
        b.AppendLine("  B -- undetermined --> U[\"Establish the named facts: never read as no\"]");
        b.AppendLine("  B -- no --> L[\"DC-48: partners may hold a local learning review outside the formal process\"]");
        b.AppendLine("  B -- yes --> C[\"Notify the Panel: death or serious harm, other only with a clear rationale (DC-38); within 5 working days (DL-13)\"]");
        b.AppendLine("  C --> D[\"DC-52: rapid review, promptly (DL-47); submitted to the Panel within 15 working days of notification (DL-14)\"]");
        b.AppendLine("  D --> E{\"LCSPR decision: partners weigh the criteria (DC-53); no LCSPR is automatic\"}");
        b.AppendLine("  D --> N{\"National review? The Panel weighs its criteria (DC-55)\"}");
        b.AppendLine("  E -- LCSPR --> F[\"Inform the Panel, Ofsted and DfE with the reviewer's name (DL-48); complete within 6 months of the decision (DL-15)\"]");
        b.AppendLine("  E -- no LCSPR --> G[\"Record the decision and rationale; tell the family\"]");
        b.AppendLine("  F --> P[\"Publication: copies to the Panel and the Secretary of State at least 7 working days before (DL-16); published reports available for at least a year (DL-17)\"]");
        b.AppendLine("  N -- national review --> R[\"The Panel notifies the Secretary of State; review within 6 months of the decision (DL-18)\"]");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine("Deaths of looked after children (DC-39) and care leavers (DC-40) are notified to the Secretary of State and Ofsted on their own tests; DC-36 is still tested on its own facts.");
        b.AppendLine();
        b.AppendLine("## The child death path");
        b.AppendLine();
        b.AppendLine("```mermaid");
        b.AppendLine("flowchart TD");
        b.AppendLine("  A[\"A child dies\"] --> S{\"DC-42: covered by child death review? (a child born alive and under 18, or an unattended stillbirth)\"}");
        b.AppendLine("  S -- no --> X[\"Not reviewed: a stillbirth with medical attendance, or a planned lawful termination\"]");
        b.AppendLine("  S -- yes --> P[\"Practitioners notify the child death review partners via the CDOP administrator\"]");
        b.AppendLine("  A --> J{\"DC-43: joint agency response? (any of five limbs)\"}");
        b.AppendLine("  J -- yes --> JA[\"Follow the 2016 SUDI/SUDC multi-agency guidelines\"]");
        b.AppendLine("  A --> RG[\"DC-44: registrar supplies particulars within 7 days (DL-21)\"]");
        b.AppendLine("  A --> CO[\"DC-45: coroner investigating or commissioning a post-mortem notifies within 3 working days (DL-22)\"]");
        b.AppendLine("  A --> LA{\"Looked after child (DC-39) or care leaver (DC-40)?\"}");
        b.AppendLine("  LA -- yes --> SO[\"Notify the Secretary of State and Ofsted\"]");
        b.AppendLine("  P --> R{\"DC-41: normally resident in this area?\"}");
        b.AppendLine("  R -- yes --> RV[\"These partners must ensure the death is reviewed, via a CDOP\"]");
        b.AppendLine("  R -- no, died here --> MY[\"These partners may review, as agreed; the designated doctors agree who, with no duplication\"]");
        b.AppendLine("```");
        b.AppendLine();
        b.AppendLine("## Rules");
        b.AppendLine();
        Markdown.Table(b, new[] { "Id", "Title", "Force", "Question" }, DecisionRules.All.Select(r => (IReadOnlyList<string>)new[]
        {
            $"[{r.Id}](#{Anchor(r)})", r.Title, r.Force.Name(), r.Question,
        }));
        foreach (var rule in DecisionRules.All)
        {
            Rule(b, rule);
        }

        b.AppendLine("## Interpretations");
        b.AppendLine();
        b.AppendLine("Where the text admits more than one reading, the rules apply these, named so that a policy team can check them and disagree.");
        b.AppendLine();
        foreach (var interpretation in DecisionInterpretations.All)
        {
            Markdown.Interpretation(b, interpretation, "###");
        }

        return new GeneratedDocument(
            "decisions.md",
            "Decisions and threshold tests",
            "Every decision rule: its facts, its conditions as a decision table with citations, its consequences and timescales, the interpretations, and flow charts of the serious incident and child death paths.",
            b.ToString());
    }

    /// <summary>The anchor of a decision rule on this page.</summary>
    internal static string Anchor(DecisionRule rule) => rule.Id.ToLowerInvariant();

    private static void Rule(StringBuilder b, DecisionRule rule)
    {
        b.Append("<a id=\"").Append(Anchor(rule)).AppendLine("\"></a>");
        b.AppendLine();
        b.Append("### ").Append(rule.Id).Append(": ").AppendLine(rule.Title);
        b.AppendLine();
        b.Append("**Question:** ").Append(rule.Question).Append(" **Force:** ").Append(rule.Force.Name()).AppendLine(".");
        b.AppendLine();
        b.Append("**Yes when:** ").Append(Criterion.OutlineOf(rule.Requirement)).AppendLine(". Otherwise no, or undetermined while a fact it needs is unknown.");
        b.AppendLine();
        foreach (var citation in rule.Source)
        {
            Markdown.Quote(b, citation);
        }

        b.AppendLine("**Facts**");
        b.AppendLine();
        Markdown.Table(b, new[] { "Fact", "Type", "Meaning" }, rule.Facts.Select(f => (IReadOnlyList<string>)new[] { $"`{f.Name}`", f.ExpectedType, f.Description }));
        b.AppendLine("**Conditions**");
        b.AppendLine();
        Markdown.Table(b, new[] { "Condition", "Meaning", "Test", "Text" }, rule.Conditions.Select(c => (IReadOnlyList<string>)new[]
        {
            $"`{c.Id}`", c.Description, c.Test.ToString(), Cited(c.Citations),
        }));
        b.AppendLine("**Consequences**");
        b.AppendLine();
        Markdown.Table(b, new[] { "On", "Only if", "Who", "Force", "What", "By when", "Timescales", "Text" }, rule.Consequences.Select(c => (IReadOnlyList<string>)new[]
        {
            c.On == Outcome.Yes ? "yes" : "no",
            c.OnlyIf is null ? "—" : c.OnlyIf.ToString(),
            c.Actor,
            c.Force.Name(),
            c.Action,
            c.Timing ?? "—",
            c.TimescaleRuleIds.Count == 0 ? "—" : string.Join(", ", c.TimescaleRuleIds),
            Cited(c.Citations),
        }));
        if (rule.Interpretations.Count > 0)
        {
            b.Append("**Interpretations:** ").AppendLine(string.Join(", ", rule.Interpretations.Select(i => $"[`{i.Id}`](#{InterpretationAnchor(i)})")));
            b.AppendLine();
        }
    }

    private static string InterpretationAnchor(Interpretation interpretation) =>
        new string((interpretation.Title + " " + interpretation.Id).ToLowerInvariant().Where(ch => char.IsLetterOrDigit(ch) || ch == ' ' || ch == '-').ToArray()).Replace(' ', '-');

    private static string Cited(IReadOnlyList<Citation> citations) =>
        string.Join(" ", citations.Select(c => $"{GuidanceText.MarkdownLink(c)}: “{c.Quote}”"));
}
