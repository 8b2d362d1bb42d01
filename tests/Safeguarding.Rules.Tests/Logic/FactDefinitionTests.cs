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
        var vocabulary = Facts.Over(FactDefinition.WholeNumber("b-fact", "B.", 0, 9), FactDefinition.Enumeration("a-fact", "A.", new[] { "x", "y" }), FactDefinition.Boolean("c-fact", "C."), FactDefinition.Boolean("a", "A."));
        var facts = vocabulary.With("b-fact", 3).With("a-fact", "x").With("c-fact", false);
        Assert.Equal(new[] { "a-fact", "b-fact", "c-fact" }, facts.KnownNames);
        Assert.Equal("{ a-fact: \"x\", b-fact: 3, c-fact: false }", facts.ToString());
        Assert.Equal("{}", Facts.None.ToString());
        Assert.Equal(new[] { "a-fact", "c-fact" }, facts.Without("b-fact").KnownNames);
        Assert.True(facts.IsKnown("b-fact"));
        Assert.Null(facts.ValueOf("d-fact"));
        Assert.Throws<ArgumentException>(() => vocabulary.With(" ", true));
        Assert.Throws<ArgumentNullException>(() => vocabulary.With("a", (string)null!));
    }
    [Theory]
    [InlineData("a")]
    [InlineData("z")]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("-")]
    [InlineData("age-18-or-over")]
    [InlineData("zz-top")]
    public void A_fact_name_of_lower_case_letters_digits_and_hyphens_is_accepted(string name)
    {
        Assert.Equal(name, FactDefinition.Boolean(name, "A fact.").Name);
    }

    [Theory]
    [InlineData("`")]
    [InlineData("{")]
    [InlineData("a{")]
    [InlineData("`a")]
    [InlineData("age/18")]
    [InlineData("age:18")]
    [InlineData(null)]
    public void A_fact_name_with_any_other_character_is_refused_naming_the_rule(string? name)
    {
        var error = Assert.Throws<ArgumentException>(() => FactDefinition.Boolean(name!, "A fact."));
        Assert.Equal("name", error.ParamName);
        Assert.StartsWith("a fact name is kebab-case: lower-case letters, digits and hyphens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_keeps_its_description_type_and_citations()
    {
        var text = Safeguarding.Rules.Provenance.Citation.WorkingTogether2026("paragraph 6", "This document should be complied with unless exceptional circumstances arise.");
        var boolean = FactDefinition.Boolean("died", "The child died.", text);
        Assert.Equal(("The child died.", FactType.Boolean, 0, 0), (boolean.Description, boolean.Type, boolean.Minimum, boolean.Maximum));
        Assert.Equal(new[] { text }, boolean.Citations);
        Assert.Empty(boolean.AllowedValues);
        var kind = FactDefinition.Enumeration("kind", "A kind.", new[] { "a", "b" }, text);
        Assert.Equal((FactType.Enumeration, 0, 0), (kind.Type, kind.Minimum, kind.Maximum));
        Assert.Equal(new[] { text }, kind.Citations);
        var age = FactDefinition.WholeNumber("age", "An age.", 3, 7, text);
        Assert.Equal((FactType.WholeNumber, 3, 7), (age.Type, age.Minimum, age.Maximum));
        Assert.Empty(age.AllowedValues);
        Assert.Equal(new[] { text }, age.Citations);
        Assert.Empty(FactDefinition.Boolean("alive", "Alive.").Citations);
    }

    [Fact]
    public void A_definition_refuses_missing_citations_values_and_descriptions()
    {
        Assert.Equal("citations", Assert.Throws<ArgumentNullException>(() => FactDefinition.Boolean("died", "D.", null!)).ParamName);
        Assert.Equal("allowedValues", Assert.Throws<ArgumentNullException>(() => FactDefinition.Enumeration("kind", "K.", null!)).ParamName);
        var few = Assert.Throws<ArgumentException>(() => FactDefinition.Enumeration("kind", "K.", new[] { "a" }));
        Assert.Equal("allowedValues", few.ParamName);
        Assert.StartsWith("an enumeration needs at least two distinct values", few.Message, StringComparison.Ordinal);
        Assert.Equal("allowedValues", Assert.Throws<ArgumentException>(() => FactDefinition.Enumeration("kind", "K.", new[] { "a", "b", "a" })).ParamName);
        Assert.Equal("allowedValues", Assert.Throws<ArgumentException>(() => FactDefinition.Enumeration("kind", "K.", System.Array.Empty<string>())).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => FactDefinition.WholeNumber("n", "N.", 5, 4));
        Assert.Equal("maximum", empty.ParamName);
        Assert.StartsWith("the range is empty", empty.Message, StringComparison.Ordinal);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => FactDefinition.WholeNumber("n", "", 0, 1)).ParamName);
        Assert.Equal(3, FactDefinition.Enumeration("kind", "K.", new[] { "a", "b", "c" }).AllowedValues.Count);
    }

    [Fact]
    public void Each_type_accepts_only_values_of_its_own_kind()
    {
        var boolean = FactDefinition.Boolean("died", "D.");
        var kind = FactDefinition.Enumeration("kind", "K.", new[] { "a", "b" });
        var number = FactDefinition.WholeNumber("n", "N.", 0, 10);
        Assert.False(boolean.Accepts(1));
        Assert.False(kind.Accepts(true));
        Assert.False(kind.Accepts(null));
        Assert.True(kind.Accepts("b"));
        Assert.False(number.Accepts(true));
        Assert.False(number.Accepts(null));
        Assert.False(number.Accepts(5L));
        Assert.True(number.Accepts(10));
    }

    [Fact]
    public void A_definition_equals_another_object_only_when_it_is_a_definition_of_the_same_name()
    {
        var one = FactDefinition.Boolean("died", "The child died.");
        Assert.True(one.Equals((object)FactDefinition.WholeNumber("died", "Another type.", 0, 1)));
        Assert.False(one.Equals((object)"died"));
        Assert.False(one.Equals((object?)null));
        Assert.False(one.Equals(FactDefinition.Boolean("died-", "D.")));
        Assert.Equal(StringComparer.Ordinal.GetHashCode("died"), one.GetHashCode());
        Assert.Equal("kind (one of: a, b, c)", FactDefinition.Enumeration("kind", "K.", new[] { "a", "b", "c" }).ToString());
        Assert.Equal("n (a whole number from -2 to 5)", FactDefinition.WholeNumber("n", "N.", -2, 5).ToString());
    }
}
