using System;
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
        var facts = Facts.None.With("looked-after", true).With("kind", "red").With("age-now", 17);
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
        Assert.Equal(new[] { "looked-after" }, one.Without("no-such-fact").KnownNames);
    }

    [Fact]
    public void Fact_names_are_compared_exactly()
    {
        var facts = Facts.None.With("died", true);
        Assert.False(facts.IsKnown("Died"));
        Assert.Equal(new[] { "B-fact", "a-fact" }, Facts.None.With("a-fact", 1).With("B-fact", 2).KnownNames);
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
        var facts = Facts.None.With("a", true).With("b", false).With("c", "red").With("d", -3);
        Assert.Equal("{ a: true, b: false, c: \"red\", d: -3 }", facts.ToString());
        Assert.Equal("{ only: 1000000 }", Facts.None.With("only", 1000000).ToString());
        Assert.Equal("{}", Facts.None.With("gone", 1).Without("gone").ToString());
    }
}
