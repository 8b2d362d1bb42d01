using System;
using System.Collections.Generic;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Decisions;

/// <summary>Short builders that keep the rule tables readable.</summary>
internal static class RuleText
{
    public static Citation W(string location, string quote) => Citation.WorkingTogether2026(location, quote);

    public static Condition When(string id, string description, Criterion test, params Citation[] citations) =>
        new(id, description, test, citations);

    public static Consequence Then(string actor, string action, Force force, string? timing, string[] timescales, Citation[] citations, Criterion? onlyIf = null) =>
        new(Outcome.Yes, actor, action, force, timing, timescales, citations, onlyIf);

    public static Consequence Otherwise(string actor, string action, Force force, Citation[] citations, Criterion? onlyIf = null) =>
        new(Outcome.No, actor, action, force, null, Array.Empty<string>(), citations, onlyIf);

    public static string[] None => Array.Empty<string>();

    public static Interpretation[] NoInterpretation => Array.Empty<Interpretation>();

    public static IEnumerable<T> List<T>(params T[] items) => items;
}
