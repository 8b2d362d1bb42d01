namespace Safeguarding.Rules.Documentation;

/// <summary>A generated documentation file.</summary>
/// <param name="FileName">The file name under docs/rules.</param>
/// <param name="Title">The title the index lists.</param>
/// <param name="Summary">One line for the index.</param>
/// <param name="Content">The file's content.</param>
public sealed record GeneratedDocument(string FileName, string Title, string Summary, string Content);
