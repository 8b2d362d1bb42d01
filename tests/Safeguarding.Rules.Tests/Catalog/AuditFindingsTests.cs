using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Tests.Infrastructure;
using Safeguarding.Rules.Timescales;
using Xunit;

namespace Safeguarding.Rules.Tests.Catalog;

/// <summary>The defects an audit of 25 rules found (issue 11), each with a check that would have caught it.</summary>
public partial class AuditFindingsTests
{
    [Fact]
    public void No_rule_asks_or_describes_its_duty_with_a_stronger_word_than_its_force()
    {
        // DC-20a asked "Must the core group meet..." while the text and the rule said "should". A modal in brackets
        // names another duty's force, as "(must)" does in DL-55, and is not counted.
        var wrong = new List<string>();
        foreach (var rule in RuleCatalog.Rules)
        {
            // A decision rule's title names the family of duties it gathers ("who must be told"); its question states its own.
            var texts = new List<string>();
            if (rule is DecisionRule decision)
            {
                texts.Add(decision.Question);
            }
            else
            {
                texts.Add(rule.Title);
            }

            if (rule is UrgencyRule urgency)
            {
                texts.Add(urgency.Action);
            }

            foreach (var text in texts)
            {
                var strongest = Strongest(text);
                if (strongest is { } word && Strength(word) > Strength(rule.Force))
                {
                    wrong.Add($"{rule.Id} ({rule.Force.Name()}) says '{word.Name()}': {text}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void The_core_group_question_says_should_as_the_text_does()
    {
        var rule = DecisionRules.Find("DC-20a")!;
        Assert.Equal(Force.Should, rule.Force);
        Assert.StartsWith("Should ", rule.Question, StringComparison.Ordinal);
    }

    [Fact]
    public void The_probation_same_day_request_belongs_to_enquiries_for_sentencing_advice_and_not_to_contact_concerns()
    {
        // Paragraph 316: "They may request a response on the same day" follows the sentencing-advice sentences; the
        // quick response on contact concerns is the next sentence's separate "should".
        var rule = TimescaleCatalog.Urgencies.Single(r => r.Id == "DL-57");
        Assert.Equal(Force.May, rule.Force);
        var mainText = Bracketed().Replace(rule.Title + " " + rule.Action, string.Empty);
        Assert.Contains("sentencing advice", mainText, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", mainText, StringComparison.Ordinal);
        Assert.Contains(rule.Citations, c => c.Quote.Contains("sentencing advice", StringComparison.Ordinal));
    }

    [Fact]
    public void No_rule_cites_a_statutory_responsibility_or_duty_yet_is_labelled_weaker_than_must()
    {
        // DL-62 was labelled "should" though paragraph 232 speaks of "a statutory responsibility to notify".
        var wrong = RuleCatalog.Rules
            .Where(r => r.Kind is RuleKind.Timescale or RuleKind.Urgency && r.Force != Force.Must)
            .Where(r => r.Citations.Any(c => StatutoryDuty().IsMatch(c.Quote)))
            .Select(r => $"{r.Id} ({r.Force.Name()})")
            .ToArray();
        Assert.True(wrong.Length == 0, "Cites a statutory duty but is weaker than must: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Notifying_the_receiving_authority_of_an_out_of_area_placement_is_a_must_and_cites_paragraph_232()
    {
        var rule = TimescaleCatalog.Urgencies.Single(r => r.Id == "DL-62");
        Assert.Equal(Force.Must, rule.Force);
        Assert.Contains(rule.Citations, c => c.Location == "paragraph 232" && c.Quote.Contains("statutory responsibility to notify", StringComparison.Ordinal));
    }

    [Fact]
    public void A_definition_is_descriptive_not_should()
    {
        var rule = DecisionRules.Find("DC-37")!;
        Assert.Equal(Force.Descriptive, rule.Force);
        Assert.Equal("descriptive", rule.Force.Name());
        Assert.Null(Strongest(rule.Question));
    }

    [Fact]
    public void Every_force_has_its_own_name_and_the_generated_schemas_carry_descriptive()
    {
        var names = Enum.GetValues<Force>().Select(f => f.Name()).ToArray();
        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.Contains("\"descriptive\"", File.ReadAllText(Repository.PathTo("docs", "rules", "determination.schema.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DL-03", "at-08-one-assessment-clock")]
    [InlineData("DL-09", "at-15-lado-clock-start")]
    [InlineData("DC-41", "non-resident-death-review-may")]
    [InlineData("DC-04", "section-47-lead-social-worker")]
    public void The_readings_the_audit_found_unnamed_are_named_on_the_rules_that_apply_them(string ruleId, string interpretationId)
    {
        var rule = RuleCatalog.Find(ruleId)!;
        var interpretation = RuleCatalog.FindInterpretation(interpretationId);
        Assert.NotNull(interpretation);
        Assert.Contains(interpretation, rule.Interpretations);
        Assert.NotEmpty(interpretation!.Alternatives);
    }

    [Theory]
    [InlineData("at-08-one-assessment-clock")]
    [InlineData("at-15-lado-clock-start")]
    [InlineData("non-resident-death-review-may")]
    [InlineData("section-47-lead-social-worker")]
    public void An_alternative_the_engine_does_not_offer_says_why(string interpretationId)
    {
        var interpretation = RuleCatalog.FindInterpretation(interpretationId)!;
        Assert.All(interpretation.Alternatives.Where(a => !a.Offered), a => Assert.Contains("Not offered", a.Description, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Convene_means_called_is_offered_for_the_transfer_in_conference()
    {
        var interpretation = TimescaleInterpretations.ConveneMeansHeld;
        Assert.True(interpretation.Offers("convene-means-called"));
        Assert.Contains(interpretation, RuleCatalog.Find("DL-08")!.Interpretations);
    }

    [Fact]
    public void The_modal_check_sees_a_stronger_word_and_ignores_one_in_brackets()
    {
        Assert.Equal(Force.Must, Strongest("Must the core group meet?"));
        Assert.Null(Strongest("Make a new one when circumstances change (must)."));
        Assert.Null(Strongest("Has the child been seriously harmed?"));
    }

    private static Force? Strongest(string text)
    {
        var words = Modal().Matches(Bracketed().Replace(text, string.Empty)).Select(m => m.Value.ToLowerInvariant()).ToArray();
        return words.Contains("must") ? Force.Must : words.Contains("should") ? Force.Should : words.Contains("may") ? Force.May : null;
    }

    private static int Strength(Force force) => force switch
    {
        Force.Must => 4,
        Force.Should => 3,
        Force.NonStatutory => 2,
        Force.May => 1,
        _ => 0,
    };

    [GeneratedRegex("\\b(must|should|may)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    [GeneratedRegex("\\b(statutory|legal) (responsibility|duty)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatutoryDuty();

    [GeneratedRegex("\\([^)]*\\)")]
    private static partial Regex Bracketed();
}
