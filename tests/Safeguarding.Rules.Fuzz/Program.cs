using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Safeguarding.Rules.Cli;

namespace Safeguarding.Rules.Fuzz;

/// <summary>
/// The bounded fuzz: <c>--seed N --mutations M [--timeout-seconds S] [--sample NAME] [--samples DIR]</c>. Applies M
/// seeded mutations to each sample under samples/, runs the CLI in-process on each (text and --format json), and exits
/// 1 listing seed, sample, mutation index and a description of each failure (never the content): an internal failure,
/// an exit code outside 0, 1 and 2, a stack trace, an error line over 300 characters or with a control character, the
/// marker value echoed on standard error, or a run that does not finish within the timeout.
/// </summary>
internal static partial class Program
{
    private static int Main(string[] args)
    {
        int seed = 1, mutations = 100, timeoutSeconds = 20;
        string? only = null, samplesFolder = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--seed": seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--mutations": mutations = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--timeout-seconds": timeoutSeconds = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--sample": only = Next(); break;
                case "--samples": samplesFolder = Next(); break;
                default:
                    Console.Error.WriteLine("usage: Safeguarding.Rules.Fuzz --seed N --mutations M [--timeout-seconds S] [--sample deadlines/NAME.json] [--samples DIR]");
                    return 2;
            }
        }

        var samples = Sample.Load(samplesFolder ?? FindSamples()).Where(s => only is null || s.Name == only).ToList();
        if (samples.Count == 0)
        {
            Console.Error.WriteLine("no samples found");
            return 2;
        }

        var scratch = Directory.CreateTempSubdirectory("safeguarding-rules-fuzz-").FullName;
        try
        {
            return Fuzz(samples, seed, mutations, timeoutSeconds, scratch);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static int Fuzz(List<Sample> samples, int seed, int mutations, int timeoutSeconds, string scratch)
    {
        var failures = new List<string>();
        int runs = 0;
        foreach (var (sample, sampleIndex) in samples.Select((s, i) => (s, i)))
        {
            for (int m = 0; m < mutations; m++)
            {
                var random = new Random(HashCode(seed, sampleIndex, m));
                var (bytes, description) = Mutator.Mutate(sample.Content, sample.IsXml, random);

                // Even mutations go through standard input ('-'), odd ones through a file, so both ways in are fuzzed.
                string? file = m % 2 == 1 ? Path.Combine(scratch, "input" + Path.GetExtension(sample.Name)) : null;
                if (file is not null)
                {
                    File.WriteAllBytes(file, bytes);
                }

                foreach (var format in new[] { "text", "json" })
                {
                    var arguments = sample.Arguments.Select(a => a == "-" && file is not null ? file : a)
                        .Concat(format == "json" ? new[] { "--format", "json" } : Array.Empty<string>()).ToArray();
                    runs++;
                    var problem = RunOnce(arguments, bytes, TimeSpan.FromSeconds(timeoutSeconds), out bool hung);
                    if (problem is not null)
                    {
                        failures.Add($"seed {seed} sample {sample.Name} mutation {m} ({description}) format {format}: {problem}");
                    }

                    if (hung)
                    {
                        // The hung run's thread cannot be stopped: report what was found and end.
                        return Report(failures, runs);
                    }
                }
            }
        }

        return Report(failures, runs);
    }

    private static int Report(List<string> failures, int runs)
    {
        foreach (var failure in failures)
        {
            Console.WriteLine("FAIL " + failure);
        }

        Console.WriteLine($"fuzz: {runs} runs, {failures.Count} failures");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>Runs the CLI once and returns what was wrong, or null.</summary>
    private static string? RunOnce(string[] arguments, byte[] input, TimeSpan timeout, out bool hung)
    {
        hung = false;
        using var stdin = new MemoryStream(input, writable: false);
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var run = Task.Run(() => CliApp.Run(arguments, stdin, stdout, stderr));
        try
        {
            if (!run.Wait(timeout))
            {
                hung = true;
                return $"no result within {timeout.TotalSeconds:0} seconds (a hang)";
            }
        }
        catch (AggregateException ex)
        {
            return $"CliApp.Run threw {ex.InnerException?.GetType().Name}";
        }

        int code = run.Result;
        string error = stderr.ToString();
        string output = stdout.ToString();
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (code == CliApp.InternalFailure)
        {
            var type = InternalFailureType().Match(error);
            return $"internal failure, exit {code}{(type.Success ? " (" + type.Groups[1].Value + ")" : string.Empty)}";
        }

        if (code is not (0 or 1 or 2))
        {
            return $"exit code {code}";
        }

        if (StackTrace().IsMatch(error) || StackTrace().IsMatch(output))
        {
            return "a stack trace was printed";
        }

        if (lines.FirstOrDefault(l => l.TrimEnd('\r').Length > CliApp.MaxErrorLineLength) is { } longLine)
        {
            return $"an error line of {longLine.Length} characters";
        }

        if (error.Any(c => char.IsControl(c) && c != '\n' && c != '\r'))
        {
            return "a control character on standard error";
        }

        if (error.Where((c, i) => char.IsHighSurrogate(c) ? i + 1 >= error.Length || !char.IsLowSurrogate(error[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(error[i - 1]))).Any())
        {
            return "an unpaired surrogate on standard error";
        }

        if (error.Contains("zqx", StringComparison.OrdinalIgnoreCase))
        {
            return "the marker value was echoed on standard error";
        }

        if (code == CliApp.BadInput && lines.Length != 1)
        {
            return $"bad input with {lines.Length} error lines instead of one";
        }

        return null;
    }

    private static int HashCode(int seed, int sample, int mutation) => unchecked((((seed * 486187739) + sample) * 486187739) + mutation);

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Safeguarding.Rules.sln")))
            {
                return Path.Combine(directory.FullName, "samples");
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above the program; pass --samples DIR");
    }

    [GeneratedRegex(@"^\s{2,}at \S|Exception:", RegexOptions.Multiline)]
    private static partial Regex StackTrace();

    [GeneratedRegex(@"internal failure \((\w+)\)")]
    private static partial Regex InternalFailureType();
}
