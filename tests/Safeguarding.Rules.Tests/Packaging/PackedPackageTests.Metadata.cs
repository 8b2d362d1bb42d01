using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Packaging;

/// <summary>What a .NET team checks before trusting a package: its README, icon and release notes, and symbols that lead to the source.</summary>
public sealed partial class PackedPackageTests
{
    private const string RepositoryUrl = "https://github.com/safeguarding-rules/Safeguarding.Rules";

    /// <summary>The kind of a portable PDB's SourceLink record (the Portable PDB specification).</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>The kind of a portable PDB's embedded source record.</summary>
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Theory]
    [InlineData("Safeguarding.Rules", "src/Safeguarding.Rules")]
    [InlineData("Safeguarding.Rules.Census", "src/Safeguarding.Rules.Census")]
    [InlineData("Safeguarding.Rules.Cli", "src/Safeguarding.Rules.Cli")]
    [InlineData("Safeguarding.Rules.Json", "src/Safeguarding.Rules.Json")]
    public void Each_package_carries_its_own_consumer_readme_the_icon_and_the_release_notes_from_the_changelog(string id, string project)
    {
        using var zip = ZipFile.OpenRead(feed.Package(id + ".", ".nupkg"));
        var metadata = Metadata(zip, out var ns);

        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        var readme = Text(zip.GetEntry("README.md")!);
        Assert.Equal(File.ReadAllText(Repository.PathTo(project, "PACKAGE.md")).Replace("\r\n", "\n", StringComparison.Ordinal), readme);
        Assert.DoesNotContain("dotnet run --project", readme, StringComparison.Ordinal);

        Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
        var icon = Bytes(zip.GetEntry("icon.png")!);
        Assert.Equal(File.ReadAllBytes(Repository.PathTo("docs", "assets", "icon.png")), icon);
        Assert.Equal((128, 128), PngSize(icon));

        var notes = metadata.Element(ns + "releaseNotes")!.Value;
        Assert.Matches(@"^## \[(Unreleased|\d+\.\d+\.\d+[^\]]*)\]", notes);
        Assert.Contains(RepositoryUrl + "/blob/main/CHANGELOG.md", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Safeguarding.Rules", "netstandard2.0", "Calendars/WorkingDayCalendar.cs")]
    [InlineData("Safeguarding.Rules", "net8.0", "Calendars/WorkingDayCalendar.cs")]
    [InlineData("Safeguarding.Rules.Census", "netstandard2.0", "CensusReader.cs")]
    [InlineData("Safeguarding.Rules.Census", "net8.0", "CensusReader.cs")]
    [InlineData("Safeguarding.Rules.Json", "netstandard2.0", "SafeguardingJson.cs")]
    [InlineData("Safeguarding.Rules.Json", "net8.0", "SafeguardingJson.cs")]
    public void The_symbols_map_every_source_file_to_the_repository_at_the_commit_the_package_names(string id, string targetFramework, string aSourceFile)
    {
        string commit;
        using (var package = ZipFile.OpenRead(feed.Package(id + ".", ".nupkg")))
        {
            var repository = Metadata(package, out var ns).Element(ns + "repository")!;
            Assert.Equal(RepositoryUrl, repository.Attribute("url")!.Value);
            commit = repository.Attribute("commit")?.Value ?? string.Empty;
            Assert.Matches("^[0-9a-f]{40}$", commit);
        }

        using var symbols = ZipFile.OpenRead(feed.Package(id + ".", ".snupkg"));
        var pdbEntry = symbols.GetEntry($"lib/{targetFramework}/{id}.pdb");
        Assert.True(pdbEntry is not null, $"the symbols package has no lib/{targetFramework}/{id}.pdb");
        using var pdb = new MemoryStream(Bytes(pdbEntry));
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();

        var sourceLink = Records(reader, EntityHandle.ModuleDefinition, SourceLinkKind).SingleOrDefault();
        Assert.True(sourceLink is not null, "the PDB has no SourceLink record: SourceLink mapped no source root to a URL");
        var map = JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        var expected = $"https://raw.githubusercontent.com/safeguarding-rules/Safeguarding.Rules/{commit}/*";
        Assert.Equal(new[] { expected }, map.Values.Distinct().ToArray());
        Assert.All(map.Keys, key => Assert.EndsWith("/*", key, StringComparison.Ordinal));

        var unmapped = new List<string>();
        var mapped = new List<string>();
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name);
            if (map.Keys.Any(key => name.StartsWith(key[..^1], StringComparison.Ordinal)))
            {
                mapped.Add(name);
            }
            else if (Records(reader, handle, EmbeddedSourceKind).Count == 0)
            {
                unmapped.Add(name);
            }
        }

        Assert.Empty(unmapped);
        Assert.Contains(mapped, name => name.EndsWith("/" + aSourceFile, StringComparison.Ordinal));
    }

    private static XElement Metadata(ZipArchive zip, out XNamespace ns)
    {
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        ns = nuspec.Root!.Name.Namespace;
        return nuspec.Root.Element(ns + "metadata")!;
    }

    private static List<string> Records(MetadataReader reader, EntityHandle parent, Guid kind)
    {
        var found = new List<string>();
        foreach (var handle in reader.GetCustomDebugInformation(parent))
        {
            var record = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(record.Kind) == kind)
            {
                found.Add(Encoding.UTF8.GetString(reader.GetBlobBytes(record.Value)));
            }
        }

        return found;
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Text(ZipArchiveEntry entry) =>
        Encoding.UTF8.GetString(Bytes(entry)).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>The width and height in a PNG's header chunk.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.Length > 24 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG");
        static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
        return (BigEndian(png, 16), BigEndian(png, 20));
    }
}
