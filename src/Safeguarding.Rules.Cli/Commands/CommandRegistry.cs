using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>Every top-level command, in the order help lists them, and one example for each command's help. A feature adds its command here.</summary>
internal static class CommandRegistry
{
    /// <summary>One example per command, by its path (the root is ""), shown at the end of its help.</summary>
    public static IReadOnlyDictionary<string, string> Examples { get; } = new Dictionary<string, string>(System.StringComparer.Ordinal)
    {
        [""] = "safeguarding-rules deadlines samples/deadlines/child-protection-case.json --as-of 2027-09-01",
        ["holidays"] = "safeguarding-rules holidays --from 2026 --to 2027",
        ["working-days"] = "safeguarding-rules working-days add 2026-12-24 1",
        ["working-days add"] = "safeguarding-rules working-days add 2026-12-24 1    (prints 2026-12-29)",
        ["working-days between"] = "safeguarding-rules working-days between 2026-12-24 2026-12-29    (prints 1)",
        ["working-days is"] = "safeguarding-rules working-days is 2026-12-28    (prints no, Boxing Day)",
        ["deadlines"] = "safeguarding-rules deadlines samples/deadlines/child-protection-case.json --as-of 2027-09-01 --fail-on overdue",
        ["caseload"] = "safeguarding-rules caseload samples/census/cin-census-sample.xml --format json",
        ["census"] = "safeguarding-rules census generate --children 1000 --seed 42 --out census.xml",
        ["census generate"] = "safeguarding-rules census generate --children 1000 --seed 42 --year 2027 --out census.xml",
        ["rules"] = "safeguarding-rules rules list --format json",
        ["rules list"] = "safeguarding-rules rules list --format json",
        ["rules readings"] = "safeguarding-rules rules readings",
        ["decide"] = "safeguarding-rules decide DC-36 samples/decisions/serious-incident.json --fail-on undetermined",
        ["section11"] = "safeguarding-rules section11 check samples/section11/school.json --as-of 2026-09-01",
        ["section11 check"] = "safeguarding-rules section11 check samples/section11/school.json --format junit --as-of 2026-09-01",
        ["section11 template"] = "safeguarding-rules section11 template --agency school > assessment.json",
        ["checklist"] = "safeguarding-rules checklist check core-group samples/checklists/core-group.json --as-of 2026-09-01",
        ["checklist list"] = "safeguarding-rules checklist list",
        ["checklist template"] = "safeguarding-rules checklist template strategy-discussion > assessment.json",
        ["checklist check"] = "safeguarding-rules checklist check CL-44 samples/checklists/core-group.json --format junit --as-of 2026-09-01",
        ["docs"] = "safeguarding-rules docs --out docs/rules",
    };

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
        yield return ChecklistCommand.Create(context);
        yield return DocsCommand.Create(context);
    }

    /// <summary>Makes --help end with the command's example.</summary>
    public static void AddExamples(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new ExampleHelpAction(standard);
        }
    }

    /// <summary>The path of a command below the root, such as "working-days add".</summary>
    public static string PathOf(ParseResult parseResult)
    {
        var parts = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            parts.Insert(0, result.Command.Name);
        }

        return string.Join(' ', parts);
    }

    private sealed class ExampleHelpAction(HelpAction standard) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            int code = standard.Invoke(parseResult);
            if (Examples.TryGetValue(PathOf(parseResult), out var example))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Example:");
                output.WriteLine("  " + example);
                output.WriteLine();
            }

            return code;
        }
    }
}
