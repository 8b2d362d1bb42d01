using System.IO;
using System.Text;
using System.Xml;
using BenchmarkDotNet.Attributes;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Census;

namespace Safeguarding.Rules.Benchmarks;

/// <summary>
/// A generated census of a million children (collection year 2027, seed 2027), read, mapped, evaluated and aggregated
/// end to end, beside a bare <see cref="XmlReader"/> pass over the same file: the floor. Targets: under 10 s, within
/// 1.5 times the bare pass, and a peak working set under 300 MB (measured outside BenchmarkDotNet, with /usr/bin/time
/// on the CLI over the same file; see benchmarks/README.md). The file is written once, to a temporary folder, in
/// [GlobalSetup] and deleted in [GlobalCleanup]. Run it with a short job so that it finishes in minutes:
/// <c>--filter '*Census*' --launchCount 1 --warmupCount 1 --iterationCount 3</c> (a job attribute here would run beside
/// CI's <c>--job Dry</c> rather than instead of it).
/// </summary>
[MemoryDiagnoser]
public class CensusBenchmarks
{
    private string directory = string.Empty;
    private string file = string.Empty;

    /// <summary>The number of children in the generated census.</summary>
    [Params(1_000_000)]
    public int Children { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        directory = Directory.CreateTempSubdirectory("census-benchmark-").FullName;
        file = Path.Combine(directory, "census.xml");
        using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 16);
        CensusGenerator.Write(writer, Children, seed: 2027, collectionYear: 2027);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(directory, recursive: true);

    [Benchmark(Baseline = true, Description = "Bare XmlReader pass over the census")]
    public long BareXmlReader()
    {
        long elements = 0;
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = true, IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit });
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                elements++;
            }
        }

        return elements;
    }

    [Benchmark(Description = "Caseload end to end: read, map, evaluate, aggregate")]
    public CaseloadReport Caseload()
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var census = CensusReader.Create(stream);
        return new CaseloadEvaluator(WorkingDayCalendar.EnglandAndWales).Evaluate(census);
    }
}
