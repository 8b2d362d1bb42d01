using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Logic;

/// <summary>Argument checks shared by the decision types.</summary>
internal static class Guard
{
    public static string Text(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("must not be blank", name) : value;

    public static IReadOnlyList<Citation> Cited(IEnumerable<Citation> citations, string name)
    {
        var list = (citations ?? throw new ArgumentNullException(name)).ToReadOnly();
        return list.Count == 0 ? throw new ArgumentException("must cite the text it comes from", name) : list;
    }
}
