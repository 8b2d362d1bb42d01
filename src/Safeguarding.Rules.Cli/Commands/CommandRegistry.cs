using System.Collections.Generic;
using System.CommandLine;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>Every top-level command, in the order help lists them. A feature adds its command here.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return HolidaysCommand.Create(context);
        yield return WorkingDaysCommand.Create(context);
        yield return DeadlinesCommand.Create(context);
        yield return CaseloadCommand.Create(context);
        yield return CensusCommand.Create(context);
        yield return RulesCommand.Create(context);
        yield return DecideCommand.Create(context);
        yield return Section11Command.Create(context);
        yield return DocsCommand.Create(context);
    }
}
