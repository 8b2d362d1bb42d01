using System.IO;
using System.Text;
using Safeguarding.Rules.Cli;

namespace Safeguarding.Rules.Tests.Cli;

internal sealed record CliResult(int ExitCode, string Output, string Error);

internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return new CliResult(code, Normalise(output), Normalise(error));
    }

    /// <summary>Runs with <paramref name="standardInput"/> as standard input, as a pipe would give it.</summary>
    public static CliResult RunWithInput(string standardInput, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(standardInput));
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, input, output, error);
        return new CliResult(code, Normalise(output), Normalise(error));
    }

    private static string Normalise(StringWriter writer) => writer.ToString().Replace("\r\n", "\n");
}
