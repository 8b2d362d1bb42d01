using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Safeguarding.Rules.Tests.Infrastructure;
using Xunit;

namespace Safeguarding.Rules.Tests.Packaging;

/// <summary>
/// The packages as a user gets them. Uses the packages in SAFEGUARDING_RULES_PACKAGE_DIR when set (.ci/run packs
/// them first); otherwise packs them into a scratch folder.
/// </summary>
public sealed partial class PackedPackageTests : IClassFixture<PackedPackageTests.Feed>
{
    private readonly Feed feed;

    public PackedPackageTests(Feed feed) => this.feed = feed;

    [Fact]
    public void The_library_package_carries_the_readme_licence_repository_docs_and_both_targets()
    {
        var package = feed.Package("Safeguarding.Rules.", ".nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/netstandard2.0/Safeguarding.Rules.dll", entries);
        Assert.Contains("lib/netstandard2.0/Safeguarding.Rules.xml", entries);
        Assert.Contains("lib/net8.0/Safeguarding.Rules.dll", entries);
        Assert.Contains("lib/net8.0/Safeguarding.Rules.xml", entries);

        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.False(string.IsNullOrEmpty(repository.Attribute("url")?.Value));

        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Distinct().Order().ToArray();
        Assert.Equal(new[] { "Microsoft.Extensions.DependencyInjection.Abstractions", "NodaTime" }, dependencies);
    }

    [Fact]
    public void The_census_package_carries_both_targets_and_depends_on_the_library()
    {
        var package = feed.Package("Safeguarding.Rules.Census.", ".nupkg");
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/netstandard2.0/Safeguarding.Rules.Census.dll", entries);
        Assert.Contains("lib/net8.0/Safeguarding.Rules.Census.xml", entries);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var dependencies = nuspec.Root.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Distinct().Order().ToArray();
        Assert.Equal(new[] { "Safeguarding.Rules" }, dependencies);
    }

    [Fact]
    public void The_symbols_package_is_packed_beside_it()
    {
        Assert.NotNull(feed.Package("Safeguarding.Rules.", ".snupkg"));
    }

    [Fact]
    public void A_consumer_project_restores_the_package_from_a_local_feed_builds_and_runs()
    {
        var project = Path.Combine(feed.Scratch, "consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), ConsumerProject("net10.0"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using NodaTime;
            using Safeguarding.Rules.Calendars;

            var calendar = WorkingDayCalendar.EnglandAndWales;
            System.Console.WriteLine(calendar.AddWorkingDays(new LocalDate(2026, 12, 24), 1).ToString("yyyy-MM-dd", null));
            System.Console.WriteLine(calendar.GetHoliday(new LocalDate(2026, 12, 28))!.Name);
            """);
        WriteNuGetConfig(project);

        var run = ProcessRunner.Run("dotnet", new[] { "run", "--configuration", "Release" }, project, feed.Isolated);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2026-12-29\nBoxing Day\n", run.Output.Replace("\r\n", "\n"));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("src/Safeguarding.Rules/PACKAGE.md")]
    public void The_quick_start_of_the_repository_and_of_the_library_package_compiles_and_runs_against_the_packed_package(string readme)
    {
        var project = Path.Combine(feed.Scratch, "quick-start-" + readme.Replace('/', '-').Replace('.', '-'));
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "QuickStart.csproj"), ConsumerProject("net10.0"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), QuickStart(readme, minimumBlocks: 2));
        WriteNuGetConfig(project);

        var run = ProcessRunner.Run("dotnet", new[] { "run", "--configuration", "Release" }, project, feed.Isolated);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("2027-12-28 Boxing Day (Substitute)", run.Output, StringComparison.Ordinal);
        Assert.Contains("DL-05 First core group meeting within 10 working days of the initial conference: Due 2026-12-10", run.Output, StringComparison.Ordinal);
        if (readme == "README.md")
        {
            Assert.Contains("schema 1.0: ", run.Output, StringComparison.Ordinal);   // the repository README's JSON section
        }
    }

    [Fact]
    public void The_census_package_quick_start_compiles_and_runs_against_the_packed_package()
    {
        var project = Path.Combine(feed.Scratch, "census-quick-start");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "CensusQuickStart.csproj"), ConsumerProject("net10.0", "Safeguarding.Rules.Census"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), QuickStart("src/Safeguarding.Rules.Census/PACKAGE.md", minimumBlocks: 1));
        WriteNuGetConfig(project);

        var run = ProcessRunner.Run("dotnet", new[] { "run", "--configuration", "Release" }, project, feed.Isolated);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("200 children", run.Output, StringComparison.Ordinal);
        Assert.Contains("DL-03 ", run.Output, StringComparison.Ordinal);
        Assert.Contains("DL-04 ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_package_quick_start_compiles_and_runs_against_the_packed_package()
    {
        var project = Path.Combine(feed.Scratch, "json-quick-start");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "JsonQuickStart.csproj"), ConsumerProject("net10.0"));
        File.WriteAllText(Path.Combine(project, "Program.cs"), QuickStart("src/Safeguarding.Rules.Json/PACKAGE.md", minimumBlocks: 1));
        WriteNuGetConfig(project);

        var run = ProcessRunner.Run("dotnet", new[] { "run", "--configuration", "Release" }, project, feed.Isolated);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("schema 1.0: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("$.events[0].date", run.Output, StringComparison.Ordinal);
        Assert.Contains("DC-36: ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("2 Nov", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NET_Framework_4_7_2_project_builds_against_the_netstandard2_0_asset()
    {
        // Council case systems still run .NET Framework 4.7.2+. Nothing here can run it, but it must compile and
        // resolve the package's netstandard2.0 assembly.
        var project = Path.Combine(feed.Scratch, "net472");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Framework.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <TargetFramework>net472</TargetFramework>
                <LangVersion>latest</LangVersion>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Safeguarding.Rules" Version="{feed.Version}" />
                <PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="1.0.3" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Schedule.cs"), """
            using NodaTime;
            using Safeguarding.Rules.Calendars;
            using Safeguarding.Rules.Timescales;

            public static class Schedule
            {
                public static LocalDate ReferralDecisionDue(LocalDate received) =>
                    WorkingDayCalendar.EnglandAndWales.AddWorkingDays(received, 1);

                public static int Deadlines(LocalDate asOf) =>
                    DeadlineEvaluator.Default.Evaluate(CaseTimeline.Create(new CaseEvent(CaseEventType.ReferralReceived, asOf)), asOf).Entries.Count;
            }
            """);
        WriteNuGetConfig(project);

        var build = ProcessRunner.Run("dotnet", new[] { "build", "--configuration", "Release", "-v", "quiet", "-nologo" }, project, feed.Isolated);
        Assert.True(build.ExitCode == 0, build.ToString());
        var assets = File.ReadAllText(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains("lib/netstandard2.0/Safeguarding.Rules.dll", assets, StringComparison.Ordinal);
    }

    /// <summary>A README's C# blocks (all but the dependency-injection one), as one program: using directives first.</summary>
    private static string QuickStart(string readme, int minimumBlocks)
    {
        var text = File.ReadAllText(Repository.PathTo(readme)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var blocks = text.Split("```csharp\n").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)]).Where(b => !b.Contains("services.", StringComparison.Ordinal)).ToArray();
        Assert.True(blocks.Length >= minimumBlocks, $"{readme} should have at least {minimumBlocks} C# quick start blocks");
        var lines = blocks.SelectMany(b => b.Split('\n')).ToArray();
        var usings = lines.Where(IsUsingDirective).Append("using System;").Distinct();
        return string.Join("\n", usings.Concat(lines.Where(l => !IsUsingDirective(l))));
    }

    /// <summary>A using directive (<c>using X.Y;</c>, <c>using static X.Y;</c>), not a using statement or declaration.</summary>
    private static bool IsUsingDirective(string line) => UsingDirective().IsMatch(line);

    [GeneratedRegex(@"^using (static )?[A-Za-z_][A-Za-z0-9_.]*;$")]
    private static partial Regex UsingDirective();

    private string ConsumerProject(string targetFramework, string package = "Safeguarding.Rules") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{targetFramework}</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{package}" Version="{feed.Version}" />
            <PackageReference Include="Safeguarding.Rules.Json" Version="{feed.Version}" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void The_cli_installs_as_a_dotnet_tool_from_the_packed_package_and_runs()
    {
        var toolPath = Path.Combine(feed.Scratch, "tools");
        WriteNuGetConfig(feed.Scratch);
        var install = ProcessRunner.Run(
            "dotnet",
            new[] { "tool", "install", "Safeguarding.Rules.Cli", "--version", feed.Version, "--tool-path", toolPath, "--add-source", feed.Directory },
            feed.Scratch,
            feed.Isolated);
        Assert.True(install.ExitCode == 0, install.ToString());

        var run = ProcessRunner.Run(Path.Combine(toolPath, "safeguarding-rules"), new[] { "working-days", "add", "2026-12-24", "1" }, feed.Scratch);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("2026-12-29", run.Output.Trim());
    }

    private void WriteNuGetConfig(string folder) => File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="local-feed" value="{feed.Directory}" />
          </packageSources>
        </configuration>
        """);

    /// <summary>The folder feed holding the packed packages, shared by the tests of this class.</summary>
    public sealed class Feed : IDisposable
    {
        public Feed()
        {
            Scratch = System.IO.Directory.CreateTempSubdirectory("safeguarding-rules-package-").FullName;
            var fromCi = Environment.GetEnvironmentVariable("SAFEGUARDING_RULES_PACKAGE_DIR");
            if (!string.IsNullOrEmpty(fromCi))
            {
                Directory = fromCi;
            }
            else
            {
                Directory = Path.Combine(Scratch, "feed");
                foreach (var project in new[] { "src/Safeguarding.Rules", "src/Safeguarding.Rules.Census", "src/Safeguarding.Rules.Json", "src/Safeguarding.Rules.Cli" })
                {
                    var pack = ProcessRunner.Run(
                        "dotnet",
                        new[] { "pack", project, "--configuration", "Release", "--output", Directory },
                        Repository.Root);
                    if (pack.ExitCode != 0)
                    {
                        throw new InvalidOperationException("dotnet pack failed: " + pack);
                    }
                }
            }

            var library = System.IO.Directory.GetFiles(Directory, "Safeguarding.Rules.*.nupkg")
                .Select(Path.GetFileName)
                .Single(n => char.IsDigit(n!["Safeguarding.Rules.".Length]))!;
            Version = library["Safeguarding.Rules.".Length..^".nupkg".Length];
        }

        public string Scratch { get; }

        /// <summary>A package cache of the test's own, so that a package cached by an earlier run is never used.</summary>
        public System.Collections.Generic.Dictionary<string, string> Isolated => new() { ["NUGET_PACKAGES"] = Path.Combine(Scratch, "packages") };

        public string Directory { get; }

        public string Version { get; }

        public string Package(string prefix, string extension) =>
            System.IO.Directory.GetFiles(Directory, prefix + "*" + extension)
                .Single(p => char.IsDigit(Path.GetFileName(p)[prefix.Length]));

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Scratch, recursive: true);
            }
            catch (IOException)
            {
                // A scratch folder left behind in the temp directory is harmless.
            }
        }
    }
}
