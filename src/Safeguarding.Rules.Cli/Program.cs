using System;
using System.IO;

namespace Safeguarding.Rules.Cli;

/// <summary>The entry point of the <c>safeguarding-rules</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            using var input = Console.OpenStandardInput();
            return CliApp.Run(args, input, Console.Out, Console.Error);
        }
        catch (IOException)
        {
            // CliApp.Run already turns a failed write into the internal-failure code; this is the last guard, so an
            // unwritable standard output or error never ends in an abort and a runtime stack trace.
            return CliApp.InternalFailure;
        }
    }
}
