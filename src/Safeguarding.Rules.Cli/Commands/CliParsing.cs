using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Cli.Commands;

/// <summary>Shared parsing for command arguments and options.</summary>
internal static class CliParsing
{
    public static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        return OneOf(option, formats);
    }

    /// <summary>
    /// Accepts only the listed values (and offers them for completion). A value outside them is bad input naming the
    /// option and the choices, without echoing what was typed.
    /// </summary>
    public static Option<string> OneOf(Option<string> option, params string[] values)
    {
        option.CompletionSources.Add(values);
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (System.Array.IndexOf(values, token.Value) < 0)
                {
                    result.AddError($"{option.Name}: expected one of {string.Join(", ", values)}.");
                    return;
                }
            }
        });
        return option;
    }

    /// <summary>
    /// Today's date in England, for an omitted --as-of. The CLI is the composition root: it, never the library, reads
    /// the system clock, and only here.
    /// </summary>
    public static LocalDate Today() =>
        SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;

    /// <summary>Parses an ISO date (YYYY-MM-DD) and checks it lies in the calendar's range.</summary>
    public static LocalDate ParseDate(string? text, string field)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        if (!result.Success)
        {
            throw new CliInputException($"{field}: expected a date as yyyy-mm-dd.");
        }

        var date = result.Value;
        if (!WorkingDayCalendar.IsSupported(date))
        {
            throw new CliInputException(
                $"{field}: {date:yyyy-MM-dd} is outside the supported range {WorkingDayCalendar.MinSupportedDate:yyyy-MM-dd} to {WorkingDayCalendar.MaxSupportedDate:yyyy-MM-dd}.");
        }

        return date;
    }

    /// <summary>
    /// The parser of every whole-number option and argument: a plain "--years: expected a whole number" instead of
    /// System.CommandLine's "expected type 'System.Int32'", and the value is not echoed.
    /// </summary>
    public static int WholeNumber(ArgumentResult result)
    {
        string name = result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
        if (result.Tokens.Count == 1
            && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        result.AddError(result.Tokens.Count > 1 ? $"{name}: expected one whole number." : $"{name}: expected a whole number.");
        return 0;
    }

    /// <summary>The files a command reads: one or more, <c>-</c> for standard input.</summary>
    public static Argument<string[]> FilesArgument(string name, string description) => new(name)
    {
        Description = description + " Give several to get one result each; - reads standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The one flag that chooses any reading by id: <c>--reading interpretation-id=reading-id</c>, repeatable.</summary>
    public static Option<string[]> ReadingOption() => new("--reading")
    {
        Description = "Read an ambiguous text another way: interpretation-id=reading-id (repeatable; 'rules readings' lists them), such as at-04-incident-awareness=local-authority or wt2026-commencement=2026-04-01.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The readings a parse result chose; a bad choice is bad input naming the flag.</summary>
    public static Safeguarding.Rules.Provenance.Readings Readings(string[]? choices, params Safeguarding.Rules.Provenance.Interpretation[] others)
    {
        try
        {
            return Safeguarding.Rules.Provenance.Readings.Parse(choices ?? System.Array.Empty<string>(), others);
        }
        catch (System.ArgumentException e)
        {
            var message = e.Message;
            int paren = message.LastIndexOf(" (Parameter", System.StringComparison.Ordinal);
            throw new CliInputException("--reading: " + (paren > 0 ? message.Substring(0, paren) : message));
        }
    }
}
