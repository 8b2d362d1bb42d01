using System;

namespace Safeguarding.Rules.Cli;

/// <summary>The entry point of the <c>safeguarding-rules</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
