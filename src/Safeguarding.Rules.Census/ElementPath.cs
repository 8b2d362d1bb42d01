using System.Globalization;

namespace Safeguarding.Rules.Census;

/// <summary>Where in a child's record a finding is, kept as parts so that no path string is built unless a finding needs one.</summary>
internal readonly struct ElementPath
{
    private readonly int episode;
    private readonly string? block;
    private readonly int blockIndex;
    private readonly string element;
    private readonly int index;

    public ElementPath(int episode, string element)
        : this(episode, null, 0, element)
    {
    }

    public ElementPath(int episode, string? block, int blockIndex, string element, int index = 0)
    {
        this.episode = episode;
        this.block = block;
        this.blockIndex = blockIndex;
        this.element = element;
        this.index = index;
    }

    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "Child/CINdetails[{0}]/", episode)
        + (block is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, "{0}[{1}]/", block, blockIndex))
        + element
        + (index > 0 ? string.Format(CultureInfo.InvariantCulture, "[{0}]", index) : string.Empty);
}
