namespace Safeguarding.Rules.Provenance;

/// <summary>The words a reader sees for a <see cref="Force"/>.</summary>
public static class Forces
{
    /// <summary>The force as the guidance words it: <c>must</c>, <c>should</c>, <c>non-statutory</c>, <c>may</c> or <c>descriptive</c>.</summary>
    /// <param name="force">The force.</param>
    /// <returns>The word.</returns>
    public static string Name(this Force force) => force switch
    {
        Force.Must => "must",
        Force.Should => "should",
        Force.NonStatutory => "non-statutory",
        Force.Descriptive => "descriptive",
        _ => "may",
    };
}
