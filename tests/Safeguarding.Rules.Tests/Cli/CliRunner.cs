using System.IO;
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
        return new CliResult(code, output.ToString().Replace("\r\n", "\n"), error.ToString().Replace("\r\n", "\n"));
    }
}
