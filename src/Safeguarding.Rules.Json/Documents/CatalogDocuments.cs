using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Json.Documents;

/// <summary>The rule catalogue (what <c>rules list --format json</c> prints; schema <c>docs/rules/rule-catalog.schema.json</c>).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="Rules">Every rule, whatever its kind.</param>
public sealed record RuleCatalogDocument(string SchemaVersion, IReadOnlyList<RuleDocument> Rules)
{
    /// <summary>Maps rules.</summary>
    /// <param name="rules">The rules (usually <see cref="RuleCatalog.Rules"/>).</param>
    /// <returns>The document.</returns>
    public static RuleCatalogDocument From(IEnumerable<IRule> rules) =>
        new(SafeguardingJson.SchemaVersion, (rules ?? throw new ArgumentNullException(nameof(rules))).Select(RuleDocument.From).ToArray());
}

/// <summary>A rule in the catalogue.</summary>
/// <param name="RuleId">The rule's id.</param>
/// <param name="Title">The rule's title.</param>
/// <param name="Force">Its force.</param>
/// <param name="Kind">timescale, urgency, decision or section11-arrangement.</param>
/// <param name="Interpretations">The ids of the interpretations it depends on.</param>
/// <param name="Citations">The text it encodes.</param>
public sealed record RuleDocument(string RuleId, string Title, Force Force, RuleKind Kind, IReadOnlyList<string> Interpretations, IReadOnlyList<CitationDocument> Citations)
{
    /// <summary>Maps a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The document.</returns>
    public static RuleDocument From(IRule rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        return new(rule.Id, rule.Title, rule.Force, rule.Kind, rule.Interpretations.Select(i => i.Id).ToArray(), CitationDocument.All(rule.Citations, rule.Force));
    }
}

/// <summary>Every interpretation a caller can read another way (what <c>rules readings --format json</c> prints).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="Interpretations">The interpretations.</param>
public sealed record ReadingCatalogDocument(string SchemaVersion, IReadOnlyList<InterpretationDocument> Interpretations);

/// <summary>An interpretation a caller can choose.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Default">The library's default reading.</param>
/// <param name="Alternatives">The readings <c>--reading</c> accepts besides the default (<c>YYYY-MM-DD</c> for a date).</param>
/// <param name="Rules">The ids of the rules it affects (or <c>caseload</c>).</param>
public sealed record InterpretationDocument(string Id, string Title, string Default, IReadOnlyList<string> Alternatives, IReadOnlyList<string> Rules);

/// <summary>Bank holidays (what <c>holidays --format json</c> prints).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="Holidays">The holidays, in date order.</param>
public sealed record HolidayListDocument(string SchemaVersion, IReadOnlyList<HolidayDocument> Holidays)
{
    /// <summary>Maps holidays.</summary>
    /// <param name="holidays">The holidays.</param>
    /// <returns>The document.</returns>
    public static HolidayListDocument From(IEnumerable<BankHoliday> holidays) => new(
        SafeguardingJson.SchemaVersion,
        (holidays ?? throw new ArgumentNullException(nameof(holidays))).Select(h => new HolidayDocument(h.Date, h.Name, h.Kind, h.IsProvisional)).ToArray());
}

/// <summary>A bank holiday.</summary>
/// <param name="Date">The date.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">regular, substitute, moved or one-off.</param>
/// <param name="Provisional">True for a generated future date not yet confirmed by proclamation.</param>
public sealed record HolidayDocument(LocalDate Date, string Name, BankHolidayKind Kind, bool Provisional);

/// <summary>What a working-day calculation did.</summary>
public enum WorkingDaysOperation
{
    /// <summary>Added working days to a date.</summary>
    Add = 0,

    /// <summary>Counted the working days between two dates.</summary>
    Between = 1,

    /// <summary>Said whether a date is a working day.</summary>
    Is = 2,
}

/// <summary>A working-day result (what <c>working-days add|between|is --format json</c> prints).</summary>
/// <param name="SchemaVersion">The format's version, <see cref="SafeguardingJson.SchemaVersion"/>.</param>
/// <param name="Operation">add, between or is.</param>
/// <param name="From">The start date (add, between), or the date asked about (is).</param>
/// <param name="To">The result (add), the second date (between), or null (is).</param>
/// <param name="WorkingDays">The working days added (add) or counted (between), or null (is).</param>
/// <param name="IsWorkingDay">Whether the date is a working day (is), or null.</param>
/// <param name="Reason">Why it is not a working day: the holiday's name or the day of the week (is), or null.</param>
public sealed record WorkingDaysDocument(string SchemaVersion, WorkingDaysOperation Operation, LocalDate From, LocalDate? To, int? WorkingDays, bool? IsWorkingDay, string? Reason);
