using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Safeguarding.Rules;

/// <summary>
/// Lists the library hands out: a copy wrapped read-only, so that a caller cannot cast one back to an array or a list
/// and change it (netstandard2.0 has no System.Collections.Immutable, and the library takes no dependency for it).
/// </summary>
internal static class ReadOnlyLists
{
    /// <summary>Copies a sequence into a read-only list.</summary>
    public static ReadOnlyCollection<T> ToReadOnly<T>(this IEnumerable<T> items) => Array.AsReadOnly(items.ToArray());

    /// <summary>Wraps items the caller gives up (a fresh array or a list no one else holds) without copying.</summary>
    public static ReadOnlyCollection<T> Of<T>(params T[] items) => Array.AsReadOnly(items);

    /// <summary>An empty read-only list, shared.</summary>
    public static ReadOnlyCollection<T> Empty<T>() => EmptyList<T>.Instance;

    private static class EmptyList<T>
    {
        public static readonly ReadOnlyCollection<T> Instance = Array.AsReadOnly(Array.Empty<T>());
    }
}
