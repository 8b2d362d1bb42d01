using System;
using System.IO;

namespace Safeguarding.Rules.Tests.Infrastructure;

/// <summary>Finds files in the repository the tests run from.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string PathTo(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Safeguarding.Rules.sln")))
            {
                return directory.FullName;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("Could not find Safeguarding.Rules.sln above " + AppContext.BaseDirectory);
    }
}
