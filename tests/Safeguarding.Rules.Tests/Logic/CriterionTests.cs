using System;
using System.Linq;
using Safeguarding.Rules.Decisions;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Xunit;
using static Safeguarding.Rules.Logic.Criterion;

namespace Safeguarding.Rules.Tests.Logic;

/// <summary>The logic core every family reasons with: three-valued tests over facts, stated as truth tables.</summary>
public class CriterionTests
{
    private static readonly Citation Text = Citation.WorkingTogether2026("paragraph 6", "This document should be complied with unless exceptional circumstances arise.");
    private static readonly FactDefinition A = FactDefinition.Boolean("fact-a", "A.");
    private static readonly FactDefinition B = FactDefinition.Boolean("fact-b", "B.");
    private static readonly FactDefinition Kind = FactDefinition.Enumeration("kind", "A kind.", new[] { "red", "green", "blue" });
    private static readonly FactDefinition Age = FactDefinition.WholeNumber("age-now", "An age.", 0, 130);

    // Facts of this test's own: a set over them accepts their names (the library's set accepts only its vocabulary).
    private static readonly Facts None = Facts.Over(A, B, Kind, Age);

    private static string Truth(Criterion criterion, Facts facts)
    {
        var rule = new DecisionRule("DC-T", "Test", "Does it hold?", Force.Should, new Condition("c", "The test", criterion, new[] { Text }), Array.Empty<Consequence>(), new[] { Text }, Array.Empty<Interpretation>());
        return rule.Evaluate(facts).Outcome switch
        {
            Outcome.Yes => "true",
            Outcome.No => "false",
            _ => "unknown",
        };
    }

    private static Facts With(bool? a, bool? b)
    {
        var facts = None;
        facts = a is { } x ? facts.With("fact-a", x) : facts;
        return b is { } y ? facts.With("fact-b", y) : facts;
    }

    [Theory]
    [InlineData(true, true, "true", "true")]
    [InlineData(true, false, "false", "true")]
    [InlineData(false, true, "false", "true")]
    [InlineData(false, false, "false", "false")]
    [InlineData(true, null, "unknown", "true")]
    [InlineData(null, true, "unknown", "true")]
    [InlineData(false, null, "false", "unknown")]
    [InlineData(null, false, "false", "unknown")]
    [InlineData(null, null, "unknown", "unknown")]
    public void All_of_and_any_of_follow_Kleenes_three_valued_truth_tables(bool? a, bool? b, string all, string any)
    {
        Assert.Equal(all, Truth(AllOf(IsTrue(A), IsTrue(B)), With(a, b)));
        Assert.Equal(any, Truth(AnyOf(IsTrue(A), IsTrue(B)), With(a, b)));
    }

    [Theory]
    [InlineData(true, "false")]
    [InlineData(false, "true")]
    [InlineData(null, "unknown")]
    public void Negation_and_is_false_swap_true_and_false_and_keep_unknown(bool? a, string expected)
    {
        Assert.Equal(expected, Truth(Negation(IsTrue(A)), With(a, null)));
        Assert.Equal(expected, Truth(IsFalse(A), With(a, null)));
    }

    [Theory]
    [InlineData(17, "true", "false", "true")]
    [InlineData(18, "false", "true", "true")]
    [InlineData(19, "false", "true", "false")]
    public void Number_tests_compare_at_their_bound_as_the_text_words_it(int age, string lessThan18, string atLeast18, string atMost18)
    {
        var facts = None.With("age-now", age);
        Assert.Equal(lessThan18, Truth(LessThan(Age, 18), facts));
        Assert.Equal(atLeast18, Truth(AtLeast(Age, 18), facts));
        Assert.Equal(atMost18, Truth(AtMost(Age, 18), facts));
    }

    [Fact]
    public void Is_one_of_holds_for_a_listed_value_only_and_refuses_values_the_fact_does_not_allow()
    {
        Assert.Equal("true", Truth(IsOneOf(Kind, "red", "blue"), None.With("kind", "blue")));
        Assert.Equal("false", Truth(IsOneOf(Kind, "red", "blue"), None.With("kind", "green")));
        Assert.Equal("unknown", Truth(IsOneOf(Kind, "red"), None));
        Assert.Throws<ArgumentException>(() => IsOneOf(Kind, "purple"));
        Assert.Throws<ArgumentException>(() => IsOneOf(Kind));
        Assert.Throws<ArgumentException>(() => IsOneOf(A, "red"));
        Assert.Throws<ArgumentException>(() => IsTrue(Kind));
        Assert.Throws<ArgumentException>(() => LessThan(A, 1));
        Assert.Throws<ArgumentNullException>(() => IsTrue(null!));
    }

    [Fact]
    public void A_combination_needs_at_least_one_part_and_no_null_part()
    {
        Assert.Throws<ArgumentException>(() => AllOf());
        Assert.Throws<ArgumentException>(() => AnyOf(IsTrue(A), null!));
        Assert.Throws<ArgumentNullException>(() => Negation(null!));
    }

    [Fact]
    public void An_undetermined_test_names_only_the_unknown_facts_that_could_settle_it()
    {
        var rule = new DecisionRule("DC-T", "Test", "?", Force.Should, new Condition("c", "The test", AllOf(IsTrue(A), AnyOf(IsTrue(B), IsOneOf(Kind, "red"))), new[] { Text }), Array.Empty<Consequence>(), new[] { Text }, Array.Empty<Interpretation>());
        Assert.Equal(new[] { "fact-b", "kind" }, rule.Evaluate(None.With("fact-a", true)).FactsToSettle.Select(f => f.Name));
        Assert.Equal(new[] { "fact-a", "fact-b", "kind" }, rule.Evaluate(None).FactsToSettle.Select(f => f.Name));
        Assert.Empty(rule.Evaluate(None.With("fact-a", false)).FactsToSettle);
        Assert.Equal(new[] { "fact-a", "fact-b", "kind" }, rule.Facts.Select(f => f.Name));
    }

    [Fact]
    public void Tests_describe_themselves_in_words_and_outlines()
    {
        Assert.Equal("`fact-a`", IsTrue(A).ToString());
        Assert.Equal("not `fact-a`", IsFalse(A).ToString());
        Assert.Equal("`kind` is \"red\" or \"blue\"", IsOneOf(Kind, "red", "blue").ToString());
        Assert.Equal("`age-now` < 18", LessThan(Age, 18).ToString());
        Assert.Equal("`age-now` ≥ 18", AtLeast(Age, 18).ToString());
        Assert.Equal("`age-now` ≤ 24", AtMost(Age, 24).ToString());
        Assert.Equal("all of (`fact-a`; any of (`fact-b`; not `fact-a`))", AllOf(IsTrue(A), AnyOf(IsTrue(B), IsFalse(A))).ToString());
        Assert.Equal("`fact-a`", AllOf(IsTrue(A)).ToString());
        Assert.Equal("not `fact-a`", Negation(IsTrue(A)).ToString());
        var c1 = new Condition("c1", "One", IsTrue(A), new[] { Text });
        var c2 = new Condition("c2", "Two", IsTrue(B), new[] { Text });
        Assert.Equal("all of (`c1`, any of (`c1`, `c2`))", OutlineOf(AllOf(c1, AnyOf(c1, c2))));
        Assert.Equal("`c1`", OutlineOf(AllOf(c1)));
        Assert.Equal("`fact-a`", c1.ToString());
    }

    [Fact]
    public void A_test_by_reading_follows_the_callers_choice_and_reads_the_facts_of_both()
    {
        var interpretation = DecisionInterpretations.Section47AreaTest;
        var test = ByReading(interpretation, IsTrue(A), "area-test-on-every-limb", AllOf(IsTrue(A), IsTrue(B)));
        var facts = None.With("fact-a", true);
        Assert.Equal("true", Truth(test, facts));
        Assert.Equal("true", Truth(test, facts.With("fact-b", false)));
        var rule = new DecisionRule("DC-T", "Test", "?", Force.Should, new Condition("c", "The test", test, new[] { Text }), Array.Empty<Consequence>(), new[] { Text }, Array.Empty<Interpretation>());
        var chosen = Readings.Default.With(interpretation, "area-test-on-every-limb");
        Assert.Equal(Outcome.Undetermined, rule.Evaluate(facts, chosen).Outcome);
        Assert.Equal(new[] { "fact-b" }, rule.Evaluate(facts, chosen).FactsToSettle.Select(f => f.Name));
        Assert.Equal(Outcome.No, rule.Evaluate(facts.With("fact-b", false), chosen).Outcome);
        Assert.Equal(new[] { "fact-a", "fact-b" }, rule.Facts.Select(f => f.Name));
        Assert.Equal(new[] { interpretation }, rule.Interpretations);
        Assert.Throws<ArgumentException>(() => ByReading(interpretation, IsTrue(A), "no-such-reading", IsTrue(B)));
        Assert.Throws<ArgumentException>(() => ByReading(DecisionInterpretations.SeriousHarmIsAJudgement, IsTrue(A), "listed-impairments-only", IsTrue(B)));
        Assert.Throws<ArgumentNullException>(() => ByReading(interpretation, null!, "area-test-on-every-limb", IsTrue(B)));
    }

    [Fact]
    public void Always_holds_and_reads_no_fact()
    {
        Assert.Equal("true", Truth(Always("any age"), None));
        Assert.Equal("any age", Always("any age").ToString());
        Assert.Empty(Always("x").FactsUsed);
        Assert.Throws<ArgumentException>(() => Always(" "));
    }
    [Fact]
    public void The_facts_a_test_reads_are_listed_once_each_in_order_of_first_use()
    {
        Assert.Equal(new[] { B, A, Kind }, AllOf(IsTrue(B), AnyOf(IsFalse(A), IsTrue(B), Negation(IsOneOf(Kind, "red"))), IsTrue(A)).FactsUsed);
        Assert.Equal(new[] { Age }, AtLeast(Age, 1).FactsUsed);
    }

    [Fact]
    public void Building_a_test_refuses_facts_of_another_type_naming_the_fact_and_the_type()
    {
        var wrong = Assert.Throws<ArgumentException>(() => AtLeast(Kind, 1));
        Assert.Equal("fact", wrong.ParamName);
        Assert.StartsWith("fact kind is not of type WholeNumber", wrong.Message, StringComparison.Ordinal);
        Assert.Equal("fact", Assert.Throws<ArgumentException>(() => AtMost(A, 1)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentException>(() => IsFalse(Age)).ParamName);
        Assert.Equal("fact", Assert.Throws<ArgumentNullException>(() => IsOneOf(null!, "red")).ParamName);
        var values = Assert.Throws<ArgumentException>(() => IsOneOf(Kind, "red", "purple"));
        Assert.Equal("values", values.ParamName);
        Assert.StartsWith("values must be among red, green, blue", values.Message, StringComparison.Ordinal);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => IsOneOf(Kind, null!)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => IsOneOf(Kind)).ParamName);
    }

    [Fact]
    public void Is_one_of_keeps_the_values_it_was_given_even_if_the_callers_array_changes()
    {
        var values = new[] { "red" };
        var test = IsOneOf(Kind, values);
        values[0] = "green";
        Assert.Equal("true", Truth(test, None.With("kind", "red")));
        Assert.Equal("false", Truth(test, None.With("kind", "green")));
        Assert.Equal("`kind` is \"red\"", test.ToString());
    }

    [Fact]
    public void A_combination_refuses_a_missing_list_of_parts_naming_it()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => AllOf(null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => AnyOf());
        Assert.Equal("parts", empty.ParamName);
        Assert.StartsWith("a combination needs at least one part and no null part", empty.Message, StringComparison.Ordinal);
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => AllOf(null!, IsTrue(A))).ParamName);
        Assert.Equal("inner", Assert.Throws<ArgumentNullException>(() => Negation(null!)).ParamName);
    }

    [Theory]
    [InlineData(true, true, true, "True", "True")]
    [InlineData(true, true, false, "False", "True")]
    [InlineData(false, null, null, "False", "Unknown")]
    [InlineData(null, true, true, "Unknown", "True")]
    [InlineData(false, false, false, "False", "False")]
    [InlineData(null, null, false, "False", "Unknown")]
    public void A_combination_of_three_parts_is_decided_by_any_decisive_part(bool? a, bool? b, bool? c, string all, string any)
    {
        var facts = None;
        facts = a is { } x ? facts.With("fact-a", x) : facts;
        facts = b is { } y ? facts.With("fact-b", y) : facts;
        facts = c is { } z ? facts.With("age-now", z ? 30 : 10) : facts;
        Assert.Equal(all, AllOf(IsTrue(A), IsTrue(B), AtLeast(Age, 18)).Evaluate(facts, Readings.Default).ToString());
        Assert.Equal(any, AnyOf(IsTrue(A), IsTrue(B), AtLeast(Age, 18)).Evaluate(facts, Readings.Default).ToString());
    }

    [Fact]
    public void A_negation_is_settled_by_the_same_facts_as_the_test_it_negates()
    {
        var test = Negation(AllOf(IsTrue(A), IsTrue(B)));
        Assert.Equal(new[] { B }, test.Unsettled(None.With("fact-a", true), Readings.Default));
        Assert.Equal(new[] { A, B }, test.Unsettled(None, Readings.Default));
        Assert.Empty(test.Unsettled(None.With("fact-a", false), Readings.Default));
        Assert.Equal(new[] { A, B }, test.FactsUsed);
    }

    [Fact]
    public void A_combination_that_is_already_settled_names_no_fact_to_settle_it()
    {
        var any = AnyOf(IsTrue(A), IsTrue(B));
        Assert.Empty(any.Unsettled(None.With("fact-b", true), Readings.Default));
        Assert.Equal(new[] { A }, any.Unsettled(None.With("fact-b", false), Readings.Default));
        Assert.Empty(IsTrue(A).Unsettled(None.With("fact-a", false), Readings.Default));
        Assert.Equal(new[] { A }, IsTrue(A).Unsettled(None, Readings.Default));
        Assert.Empty(Always("always").Unsettled(None, Readings.Default));
    }

    [Fact]
    public void A_test_by_reading_describes_both_readings_and_under_the_default_is_settled_by_the_default_facts()
    {
        var interpretation = DecisionInterpretations.Section47AreaTest;
        var test = ByReading(interpretation, IsTrue(A), "area-test-on-every-limb", AllOf(IsTrue(A), IsTrue(B)));
        Assert.Equal("`fact-a` (reading s47-area-test=as-footnote-47; area-test-on-every-limb: all of (`fact-a`; `fact-b`))", test.ToString());
        Assert.Equal(new[] { A }, test.Unsettled(None, Readings.Default));
        Assert.Equal(new[] { A, B }, test.Unsettled(None, Readings.Default.With(interpretation, "area-test-on-every-limb")));
        Assert.Equal("False", test.Evaluate(None.With("fact-a", true).With("fact-b", false), Readings.Default.With(interpretation, "area-test-on-every-limb")).ToString());
        Assert.Equal("True", test.Evaluate(None.With("fact-a", true).With("fact-b", false), Readings.Default).ToString());
        Assert.Equal("interpretation", Assert.Throws<ArgumentNullException>(() => ByReading(null!, IsTrue(A), "area-test-on-every-limb", IsTrue(B))).ParamName);
        Assert.Equal("alternative", Assert.Throws<ArgumentNullException>(() => ByReading(interpretation, IsTrue(A), "area-test-on-every-limb", null!)).ParamName);
        Assert.Equal("byDefault", Assert.Throws<ArgumentNullException>(() => ByReading(interpretation, null!, "area-test-on-every-limb", IsTrue(B))).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => ByReading(interpretation, IsTrue(A), "no-such-reading", IsTrue(B)));
        Assert.Equal("alternativeId", unknown.ParamName);
        Assert.StartsWith("interpretation s47-area-test offers no alternative 'no-such-reading'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_test_by_reading_lists_the_conditions_and_interpretations_of_both_readings()
    {
        var outer = DecisionInterpretations.Section47AreaTest;
        var inner = new Interpretation("inner-reading", "Inner", "Read it plainly.", new[] { new InterpretationAlternative("other", "Read it otherwise.", offered: true) }, new[] { Text });
        var third = new Interpretation("third-reading", "Third", "Read it plainly.", new[] { new InterpretationAlternative("other", "Read it otherwise.", offered: true) }, new[] { Text });
        var c1 = new Condition("c1", "One", ByReading(inner, IsTrue(A), "other", IsTrue(B)), new[] { Text });
        var c2 = new Condition("c2", "Two", ByReading(third, IsTrue(B), "other", IsTrue(A)), new[] { Text });
        var test = ByReading(outer, c1, "area-test-on-every-limb", c2);
        Assert.Equal(new[] { "c1", "c2" }, test.ConditionsWithin().Select(c => c.Id));
        Assert.Equal(new[] { outer, inner, third }, test.InterpretationsWithin());
        Assert.Equal(new[] { inner, third }, AllOf(c1, c2).InterpretationsWithin());
        Assert.Equal(new[] { inner }, Negation(c1).InterpretationsWithin());
        Assert.Equal(new[] { "c2" }, Negation(c2).ConditionsWithin().Select(c => c.Id));
        Assert.Empty(IsTrue(A).InterpretationsWithin());
        Assert.Empty(IsTrue(A).ConditionsWithin());
        Assert.Empty(Always("x").ConditionsWithin());
        Assert.Empty(Always("x").InterpretationsWithin());
        Assert.Equal(new[] { A, B, B, A }, test.Leaves());
    }

    [Fact]
    public void Only_conditions_combined_by_all_of_and_any_of_make_a_condition_tree()
    {
        var c1 = new Condition("c1", "One", IsTrue(A), new[] { Text });
        var c2 = new Condition("c2", "Two", IsTrue(B), new[] { Text });
        Assert.True(IsConditionTree(c1));
        Assert.True(IsConditionTree(AllOf(c1, AnyOf(c1, c2))));
        Assert.False(IsConditionTree(AllOf(c1, IsTrue(B))));
        Assert.False(IsConditionTree(AnyOf(IsTrue(B), c1)));
        Assert.False(IsConditionTree(IsTrue(A)));
        Assert.False(IsConditionTree(Negation(c1)));
    }

    [Fact]
    public void An_outline_shows_tests_that_are_not_conditions_in_words_and_refuses_null()
    {
        var c1 = new Condition("c1", "One", IsTrue(A), new[] { Text });
        var c2 = new Condition("c2", "Two", IsTrue(B), new[] { Text });
        Assert.Equal("any of (`c1`, `c2`)", OutlineOf(AnyOf(c1, c2)));
        Assert.Equal("`c2`", OutlineOf(AnyOf(c2)));
        Assert.Equal("`fact-a`", OutlineOf(IsTrue(A)));
        Assert.Equal("not `fact-a`", OutlineOf(Negation(c1)));
        Assert.Equal("any of (`fact-a`; `fact-b`)", AnyOf(IsTrue(A), IsTrue(B)).ToString());
        Assert.Equal("`fact-b`", AnyOf(IsTrue(B)).ToString());
        Assert.Equal("criterion", Assert.Throws<ArgumentNullException>(() => OutlineOf(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => Always(null!)).ParamName);
    }
}
