namespace Safeguarding.Rules.Json;

/// <summary>How a writer lays out a document.</summary>
public enum JsonLayout
{
    /// <summary>Indented, for people to read; ends with a newline.</summary>
    Indented = 0,

    /// <summary>One line per document (JSON lines): compact, ending with a newline, so that several results can follow one another.</summary>
    Compact = 1,
}
