using System;
using System.Collections.Generic;
using System.IO;

namespace Safeguarding.Rules.Fuzz;

/// <summary>A sample file and the command that reads it, with the file given as <c>-</c> (standard input).</summary>
/// <param name="Name">The sample's path under samples/, for reports.</param>
/// <param name="Content">The sample's bytes.</param>
/// <param name="Arguments">The command's arguments.</param>
/// <param name="IsXml">Whether the sample is XML (the census) rather than JSON.</param>
internal sealed record Sample(string Name, byte[] Content, string[] Arguments, bool IsXml)
{
    /// <summary>The samples under <paramref name="samplesFolder"/>, each with its command.</summary>
    public static IReadOnlyList<Sample> Load(string samplesFolder)
    {
        var samples = new List<Sample>();
        foreach (var path in Directory.GetFiles(samplesFolder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(samplesFolder, path).Replace('\\', '/');
            string[]? arguments = name.Split('/')[0] switch
            {
                "deadlines" => new[] { "deadlines", "-", "--as-of", "2027-09-01" },
                "decisions" => new[] { "decide", DecisionRule(Path.GetFileName(path)), "-" },
                "section11" => new[] { "section11", "check", "-", "--as-of", "2026-09-01" },
                "census" => new[] { "caseload", "-" },
                "checklists" => new[] { "checklist", "check", Path.GetFileNameWithoutExtension(path), "-", "--as-of", "2026-09-01" },
                _ => null,
            };
            if (arguments is not null)
            {
                samples.Add(new Sample(name, File.ReadAllBytes(path), arguments, path.EndsWith(".xml", StringComparison.Ordinal)));
            }
        }

        samples.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return samples;
    }

    private static string DecisionRule(string fileName) => fileName switch
    {
        "care-leaver-death.json" => "DC-40",
        "joint-agency-response.json" => "DC-43",
        _ => "DC-36",
    };
}
