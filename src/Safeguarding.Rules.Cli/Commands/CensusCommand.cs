using System.CommandLine;
using System.IO;
using System.Text;
using Safeguarding.Rules.Census;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary><c>census generate --children N --seed S [--year YYYY] --out FILE|-</c>: a synthetic census return, the same for the same seed.</summary>
internal static class CensusCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("census", "Children in need census returns: generate a synthetic one (for tests, benchmarks and demonstrations).");
        command.Subcommands.Add(Generate(context));
        return command;
    }

    private static Command Generate(CliContext context)
    {
        var children = new Option<int>("--children") { Description = "The number of children.", Required = true, CustomParser = CliParsing.WholeNumber };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed writes the same file.", Required = true, CustomParser = CliParsing.WholeNumber };
        var year = new Option<int>("--year") { Description = "The collection year, named by the year it ends in (2027: 1 April 2026 to 31 March 2027).", DefaultValueFactory = _ => 2027, CustomParser = CliParsing.WholeNumber };
        var output = new Option<string>("--out") { Description = "The file to write, or - for standard output.", Required = true };
        var command = new Command("generate", "Write a synthetic, valid census of N children whose dates follow shapes like DfE's national tables, with made-up UPNs and birth dates.")
        {
            children, seed, year, output,
        };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(children);
            if (n is < 0 or > 10_000_000)
            {
                throw new CliInputException("--children: must be a whole number from 0 to 10,000,000.");
            }

            int y = parse.GetValue(year);
            if (y is < 2003 or > 2098)
            {
                throw new CliInputException("--year: must be a collection year from 2003 to 2098.");
            }

            var target = parse.GetValue(output)!;
            if (target == "-")
            {
                CensusGenerator.Write(context.Output, n, parse.GetValue(seed), y);
                return CliApp.Success;
            }

            try
            {
                using var writer = new StreamWriter(target, append: false, new UTF8Encoding(false), 1 << 16);
                CensusGenerator.Write(writer, n, parse.GetValue(seed), y);
            }
            catch (System.Exception ex) when (ex is IOException or System.UnauthorizedAccessException or System.ArgumentException or System.NotSupportedException)
            {
                throw new CliInputException("--out: cannot write the file.", ex);
            }

            return CliApp.Success;
        });
        return command;
    }
}
