using System;
using System.Linq;
using Safeguarding.Rules.Logic;
using Xunit;

namespace Safeguarding.Rules.Tests.Logic;

/// <summary>A set of known facts: immutable, by name, and never reading a missing fact as false.</summary>
public class FactsTests
{
    [Fact]
    public void No_fact_is_known_until_stated()
    {
        Assert.Empty(Facts.None.KnownNames);
        Assert.False(Facts.None.IsKnown("looked-after"));
        Assert.Null(Facts.None.ValueOf("looked-after"));
    }

    [Fact]
    public void Each_kind_of_value_is_kept_as_it_was_stated()
    {
        var kind = FactDefinition.Enumeration("kind", "A kind.", new[] { "red", "green" });
        var age = FactDefinition.WholeNumber("age-now", "An age.", 0, 130);
        var facts = Facts.Over(kind, age, FactDefinition.Boolean("looked-after", "L.")).With("looked-after", true).With("kind", "red").With("age-now", 17);
        Assert.True(facts.ValueOf("looked-after") is true);
        Assert.Equal("red", facts.ValueOf("kind"));
        Assert.Equal(17, facts.ValueOf("age-now"));
        Assert.True(facts.IsKnown("age-now"));
    }

    [Fact]
    public void Stating_or_removing_a_fact_returns_a_new_set_and_leaves_the_old_one_as_it_was()
    {
        var one = Facts.None.With("looked-after", true);
        var two = one.With("looked-after", false).With("died", true);
        var fewer = two.Without("died");
        Assert.True(one.ValueOf("looked-after") is true);
        Assert.Equal(new[] { "looked-after" }, one.KnownNames);
        Assert.True(two.ValueOf("looked-after") is false);
        Assert.Equal(new[] { "died", "looked-after" }, two.KnownNames);
        Assert.Equal(new[] { "looked-after" }, fewer.KnownNames);
        Assert.True(two.IsKnown("died"));
        Assert.False(fewer.IsKnown("died"));
        Assert.Empty(Facts.None.KnownNames);
        Assert.Equal(new[] { "looked-after" }, one.Without("died").KnownNames);
        Assert.Throws<ArgumentException>(() => one.Without("no-such-fact"));
    }

    [Fact]
    public void Fact_names_are_compared_exactly()
    {
        var facts = Facts.None.With("died", true);
        Assert.False(facts.IsKnown("Died"));
        var own = Facts.Over(FactDefinition.WholeNumber("a-fact", "A.", 0, 9), FactDefinition.WholeNumber("b-fact", "B.", 0, 9));
        Assert.Equal(new[] { "a-fact", "b-fact" }, own.With("b-fact", 2).With("a-fact", 1).KnownNames);
        Assert.Throws<ArgumentException>(() => own.With("B-fact", 2));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_fact_needs_a_name(string? name)
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Facts.None.With(name!, true)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Facts.None.With(name!, 1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Facts.None.With(name!, "x")).ParamName);
    }

    [Fact]
    public void A_set_prints_true_false_text_and_numbers_as_a_reader_writes_them()
    {
        var own = Facts.Over(new[] { "a", "b", "c", "d", "only", "gone" }.Select(n => FactDefinition.Boolean(n, n + ".")));
        var facts = own.With("a", true).With("b", false).With("c", "red").With("d", -3);
        Assert.Equal("{ a: true, b: false, c: \"red\", d: -3 }", facts.ToString());
        Assert.Equal("{ only: 1000000 }", own.With("only", 1000000).ToString());
        Assert.Equal("{}", own.With("gone", 1).Without("gone").ToString());
    }

    [Fact]
    public void A_misspelled_fact_name_is_rejected_where_the_set_is_made_naming_it_and_the_nearest_valid_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Facts.None.With("looked-afterr", true));
        Assert.StartsWith("unknown fact 'looked-afterr'; did you mean 'looked-after'?", error.Message, StringComparison.Ordinal);
        Assert.Equal("name", error.ParamName);
        var capitalised = Assert.Throws<ArgumentException>(() => Facts.None.With("Died", true));
        Assert.StartsWith("unknown fact 'Died'; did you mean 'died'?", capitalised.Message, StringComparison.Ordinal);
        Assert.StartsWith("unknown fact 'age-at-death-or-harn'; did you mean 'age-at-death-or-harm'?", Assert.Throws<ArgumentException>(() => Facts.None.Without("age-at-death-or-harn")).Message, StringComparison.Ordinal);
        Assert.StartsWith("unknown fact 'zzzz'.", Assert.Throws<ArgumentException>(() => Facts.None.With("zzzz", 1)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u001b[2Jdied")]
    [InlineData("a name with spaces")]
    [InlineData("a-name-much-longer-than-forty-characters-is-not-echoed")]
    [InlineData("née")]
    public void An_unknown_fact_name_that_does_not_look_like_a_name_is_not_echoed(string escaped)
    {
        string name = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var error = Assert.Throws<ArgumentException>(() => Facts.None.With(name, true));
        Assert.StartsWith("an unknown fact name.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_over_a_vocabulary_of_the_callers_own_accepts_those_names_and_suggests_among_them()
    {
        var colour = FactDefinition.Enumeration("colour", "A colour.", new[] { "red", "green" });
        var facts = Facts.Over(colour).With("colour", "red");
        Assert.Equal("red", facts.ValueOf("colour"));
        Assert.StartsWith("unknown fact 'color'; did you mean 'colour'?", Assert.Throws<ArgumentException>(() => facts.With("color", "red")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => facts.With("died", true));
        Assert.Throws<ArgumentNullException>(() => Facts.Over((FactDefinition[])null!));
        Assert.Throws<ArgumentNullException>(() => Facts.Over(colour, null!));
        Assert.Throws<ArgumentNullException>(() => Facts.None.Without(null!));
    }

    [Fact]
    public void Every_fact_a_decision_rule_reads_is_accepted_by_the_librarys_set()
    {
        foreach (var fact in Safeguarding.Rules.Decisions.DecisionRules.Facts)
        {
            Assert.True(Facts.None.With(fact.Name, true).IsKnown(fact.Name), fact.Name);
        }
    }
}
