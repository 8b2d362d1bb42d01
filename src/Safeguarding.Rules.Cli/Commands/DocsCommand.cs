using System;
using System.CommandLine;
using System.IO;
using Safeguarding.Rules.Documentation;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary><c>docs --out DIR</c>: writes the generated rule documentation.</summary>
internal static class DocsCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The folder to write to (docs/rules in the repository).", Required = true };
        var command = new Command("docs", "Generate the rule documentation (README.md index, calendar.md, ...) from the catalogue.") { output };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(output)!;
            var written = Write(folder);
            context.Output.WriteLine($"wrote {written} files to {folder}");
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Writes every page through the documentation generator; a folder that cannot be written is bad input.</summary>
    public static int Write(string folder)
    {
        try
        {
            return DocsGenerator.WriteTo(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--out: cannot write to '{folder}' ({ex.GetType().Name}).", ex);
        }
    }
}
