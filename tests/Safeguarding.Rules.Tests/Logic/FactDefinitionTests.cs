using System;
using Safeguarding.Rules.Logic;
using Xunit;

namespace Safeguarding.Rules.Tests.Logic;

/// <summary>Fact definitions: names, types, ranges, and what values they accept.</summary>
public class FactDefinitionTests
{
    [Theory]
    [InlineData("Looked-After")]
    [InlineData("looked_after")]
    [InlineData("looked after")]
    [InlineData("")]
    [InlineData("  ")]
    public void A_fact_name_that_is_not_kebab_case_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => FactDefinition.Boolean(name, "A fact."));
    }

    [Fact]
    public void A_boolean_fact_accepts_true_and_false_only()
    {
        var fact = FactDefinition.Boolean("died", "The child died.");
        Assert.True(fact.Accepts(true));
        Assert.True(fact.Accepts(false));
        Assert.False(fact.Accepts("true"));
        Assert.False(fact.Accepts(null));
        Assert.Equal(FactType.Boolean, fact.Type);
    }

    [Fact]
    public void An_enumerated_fact_accepts_its_listed_values_exactly()
    {
        var fact = FactDefinition.Enumeration("kind", "A kind.", new[] { "a", "b" });
        Assert.True(fact.Accepts("a"));
        Assert.False(fact.Accepts("A"));
        Assert.False(fact.Accepts("c"));
        Assert.False(fact.Accepts(1));
        Assert.Equal(new[] { "a", "b" }, fact.AllowedValues);
        Assert.Throws<ArgumentException>(() => FactDefinition.Enumeration("kind", "A kind.", new[] { "a" }));
        Assert.Throws<ArgumentException>(() => FactDefinition.Enumeration("kind", "A kind.", new[] { "a", "a" }));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(130, true)]
    [InlineData(131, false)]
    public void A_whole_number_fact_accepts_its_range_inclusive(int value, bool accepted)
    {
        var fact = FactDefinition.WholeNumber("age", "An age.", 0, 130);
        Assert.Equal(accepted, fact.Accepts(value));
        Assert.False(fact.Accepts("5"));
        Assert.Equal((0, 130), (fact.Minimum, fact.Maximum));
    }

    [Fact]
    public void A_whole_number_range_must_not_be_empty_but_may_be_one_value()
    {
        Assert.Throws<ArgumentException>(() => FactDefinition.WholeNumber("n", "N.", 5, 4));
        Assert.True(FactDefinition.WholeNumber("n", "N.", 5, 5).Accepts(5));
    }

    [Fact]
    public void Facts_are_equal_by_name_and_describe_their_expected_type()
    {
        var one = FactDefinition.Boolean("died", "The child died.");
        var other = FactDefinition.Boolean("died", "Said otherwise.");
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, FactDefinition.Boolean("alive", "Alive."));
        Assert.False(one.Equals(null));
        Assert.Equal("true or false", one.ExpectedType);
        Assert.Equal("one of: a, b", FactDefinition.Enumeration("kind", "K.", new[] { "a", "b" }).ExpectedType);
        Assert.Equal("a whole number from 0 to 130", FactDefinition.WholeNumber("age", "A.", 0, 130).ExpectedType);
        Assert.Equal("died (true or false)", one.ToString());
        Assert.Throws<ArgumentException>(() => FactDefinition.Boolean("died", " "));
    }

    [Fact]
    public void A_fact_set_knows_its_names_in_order_and_prints_itself()
    {
        var facts = Facts.None.With("b-fact", 3).With("a-fact", "x").With("c-fact", false);
        Assert.Equal(new[] { "a-fact", "b-fact", "c-fact" }, facts.KnownNames);
        Assert.Equal("{ a-fact: \"x\", b-fact: 3, c-fact: false }", facts.ToString());
        Assert.Equal("{}", Facts.None.ToString());
        Assert.Equal(new[] { "a-fact", "c-fact" }, facts.Without("b-fact").KnownNames);
        Assert.True(facts.IsKnown("b-fact"));
        Assert.Null(facts.ValueOf("d-fact"));
        Assert.Throws<ArgumentException>(() => Facts.None.With(" ", true));
        Assert.Throws<ArgumentNullException>(() => Facts.None.With("a", (string)null!));
    }
}
