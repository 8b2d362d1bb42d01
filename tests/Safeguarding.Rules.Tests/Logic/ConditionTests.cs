using System;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Xunit;
using static Safeguarding.Rules.Logic.Criterion;

namespace Safeguarding.Rules.Tests.Logic;

/// <summary>Named conditions, their results, and the argument checks every decision type shares.</summary>
public class ConditionTests
{
    private static readonly Citation Text = Citation.WorkingTogether2026("paragraph 6", "This document should be complied with unless exceptional circumstances arise.");
    private static readonly FactDefinition A = FactDefinition.Boolean("fact-a", "A.");
    private static readonly FactDefinition B = FactDefinition.Boolean("fact-b", "B.");
    private static readonly Facts None = Facts.Over(A, B);

    private static Condition Named(string id, Criterion test) => new(id, "The test " + id, test, new[] { Text });

    [Fact]
    public void A_condition_keeps_its_id_description_test_and_citations_and_reads_as_its_test()
    {
        var test = AllOf(IsTrue(A), IsTrue(B));
        var condition = new Condition("both", "A and B both hold", test, new[] { Text });
        Assert.Equal("both", condition.Id);
        Assert.Equal("A and B both hold", condition.Description);
        Assert.Same(test, condition.Test);
        Assert.Equal(new[] { Text }, condition.Citations);
        Assert.Equal("all of (`fact-a`; `fact-b`)", condition.ToString());
    }

    [Fact]
    public void A_condition_needs_an_id_a_description_a_test_and_a_citation()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new Condition(" ", "D", IsTrue(A), new[] { Text })).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new Condition("c", "", IsTrue(A), new[] { Text })).ParamName);
        Assert.Equal("test", Assert.Throws<ArgumentNullException>(() => new Condition("c", "D", null!, new[] { Text })).ParamName);
        Assert.Equal("citations", Assert.Throws<ArgumentNullException>(() => new Condition("c", "D", IsTrue(A), null!)).ParamName);
        var none = Assert.Throws<ArgumentException>(() => new Condition("c", "D", IsTrue(A), Array.Empty<Citation>()));
        Assert.Equal("citations", none.ParamName);
        Assert.StartsWith("must cite the text it comes from", none.Message, StringComparison.Ordinal);
        Assert.StartsWith("must not be blank", Assert.Throws<ArgumentException>(() => new Condition(null!, "D", IsTrue(A), new[] { Text })).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, "True")]
    [InlineData(false, true, "False")]
    [InlineData(null, true, "Unknown")]
    public void A_condition_is_as_true_as_its_test(bool? a, bool b, string expected)
    {
        var facts = (a is { } x ? None.With("fact-a", x) : None).With("fact-b", b);
        Assert.Equal(expected, Named("c", AllOf(IsTrue(A), IsTrue(B))).Evaluate(facts, Readings.Default).ToString());
    }

    [Fact]
    public void A_condition_passes_on_the_facts_it_reads_and_the_unknown_facts_that_would_settle_it()
    {
        var condition = Named("c", AllOf(IsTrue(A), IsTrue(B)));
        Assert.Equal(new[] { A, B }, condition.Leaves());
        Assert.Equal(new[] { B }, condition.Unsettled(None.With("fact-a", true), Readings.Default));
        Assert.Empty(condition.Unsettled(None.With("fact-a", false), Readings.Default));
        Assert.Equal(new[] { A, B }, condition.FactsUsed);
    }

    [Fact]
    public void A_condition_lists_itself_and_then_the_conditions_inside_it()
    {
        var inner1 = Named("inner-1", IsTrue(A));
        var inner2 = Named("inner-2", IsTrue(B));
        var outer = Named("outer", AnyOf(inner1, Negation(inner2)));
        Assert.Equal(new[] { "outer", "inner-1", "inner-2" }, outer.ConditionsWithin().Select(c => c.Id));
        Assert.Equal(new[] { "inner-1" }, inner1.ConditionsWithin().Select(c => c.Id));
    }

    [Fact]
    public void A_condition_passes_on_the_interpretations_its_test_depends_on()
    {
        var interpretation = Safeguarding.Rules.Decisions.DecisionInterpretations.Section47AreaTest;
        var condition = Named("c", ByReading(interpretation, IsTrue(A), "area-test-on-every-limb", IsTrue(B)));
        Assert.Equal(new[] { interpretation }, condition.InterpretationsWithin());
        Assert.Empty(Named("d", IsTrue(A)).InterpretationsWithin());
    }

    [Fact]
    public void Condition_results_are_equal_when_condition_and_status_are_equal()
    {
        var c = Named("c", IsTrue(A));
        var d = Named("d", IsTrue(A));
        var held = new ConditionResult(c, ConditionStatus.Held);
        var same = new ConditionResult(c, ConditionStatus.Held);
        var failed = new ConditionResult(c, ConditionStatus.Failed);
        var other = new ConditionResult(d, ConditionStatus.Held);

        Assert.True(held.Equals(same));
        Assert.True(held.Equals((object)same));
        Assert.True(held == same);
        Assert.False(held != same);
        Assert.Equal(held.GetHashCode(), same.GetHashCode());

        Assert.False(held.Equals(failed));
        Assert.False(held == failed);
        Assert.True(held != failed);
        Assert.NotEqual(held.GetHashCode(), failed.GetHashCode());

        Assert.False(held.Equals(other));
        Assert.False(held == other);
        Assert.False(held.Equals((ConditionResult?)null));
        Assert.False(held.Equals("c: Held"));
    }

    [Fact]
    public void Comparing_condition_results_with_null_is_true_only_for_two_nulls()
    {
        var held = new ConditionResult(Named("c", IsTrue(A)), ConditionStatus.Held);
        ConditionResult? none = null;
        Assert.True(none == null);
        Assert.False(none != null);
        Assert.False(held == none);
        Assert.True(held != none);
        Assert.False(none == held);
        Assert.True(none != held);
    }

    [Fact]
    public void A_condition_result_deconstructs_and_prints_as_id_and_status()
    {
        var c = Named("c", IsTrue(A));
        var result = new ConditionResult(c, ConditionStatus.Unknown);
        var (condition, status) = result;
        Assert.Same(c, condition);
        Assert.Equal(ConditionStatus.Unknown, status);
        Assert.Same(c, result.Condition);
        Assert.Equal(ConditionStatus.Unknown, result.Status);
        Assert.Equal("c: Unknown", result.ToString());
        Assert.Equal("condition", Assert.Throws<ArgumentNullException>(() => new ConditionResult(null!, ConditionStatus.Held)).ParamName);
    }

    [Fact]
    public void The_shared_guards_refuse_blank_text_and_a_missing_or_empty_list_of_citations()
    {
        Assert.Equal("text", Guard.Text("text", "name"));
        var blank = Assert.Throws<ArgumentException>(() => Guard.Text("  ", "name"));
        Assert.Equal(("name", true), (blank.ParamName, blank.Message.StartsWith("must not be blank", StringComparison.Ordinal)));
        Assert.Equal(new[] { Text }, Guard.Cited(new[] { Text }, "name"));
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Guard.Cited(null!, "name")).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => Guard.Cited(Array.Empty<Citation>(), "name"));
        Assert.Equal(("name", true), (empty.ParamName, empty.Message.StartsWith("must cite the text it comes from", StringComparison.Ordinal)));
    }
}
