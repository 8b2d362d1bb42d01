using System;
using System.Collections.Generic;
using NodaTime;

namespace Safeguarding.Rules.Provenance;

/// <summary>
/// An edition of guidance: the document, when it was published, when it was in force, and what it replaces. A rule
/// belongs to one edition and applies to a clock that starts while that edition is in force.
/// </summary>
/// <remarks>
/// Working Together 2026 states its publication month (March 2026) and that it replaces the 2023 edition
/// (paragraph 2), but no commencement day: its commencement is the reading <see cref="EditionInterpretations.Commencement2026"/>,
/// which a caller can set. Editions the library does not encode (Working Together 2023) are named so that a report
/// can say which edition governed an earlier date; none of their rules is applied. Immutable.
/// </remarks>
public sealed class Edition : IEquatable<Edition>
{
    private Edition(string id, string name, SourceDocument? document, string published, LocalDate? inForceFrom, Interpretation? commencementReading, string? replaces, bool everInForce)
    {
        Id = id;
        Name = name;
        Document = document;
        Published = published;
        FixedInForceFrom = inForceFrom;
        CommencementReading = commencementReading;
        Replaces = replaces;
        EverInForce = everInForce;
    }

    /// <summary>Working Together to Safeguard Children 2026: the edition every timescale and decision rule encodes.</summary>
    public static Edition WorkingTogether2026 { get; } = new(
        "working-together-2026",
        "Working Together to Safeguard Children 2026",
        SourceDocument.WorkingTogether2026,
        "March 2026",
        null,
        EditionInterpretations.Commencement2026,
        "working-together-2023",
        everInForce: true);

    /// <summary>Working Together to Safeguard Children 2023: replaced by the 2026 edition (paragraph 2). Not encoded.</summary>
    public static Edition WorkingTogether2023 { get; } = new(
        "working-together-2023",
        "Working Together to Safeguard Children 2023",
        null,
        "2023",
        null,
        null,
        null,
        everInForce: true);

    /// <summary>The 2007 statutory guidance on section 11 of the Children Act 2004, partly superseded; its items the 2026 edition no longer lists are kept, marked with this edition.</summary>
    public static Edition Section11Guidance2007 { get; } = new(
        "section-11-statutory-guidance-2007",
        "Statutory guidance on making arrangements under section 11 of the Children Act 2004 (2007)",
        SourceDocument.Section11Guidance2007,
        "2007",
        null,
        null,
        null,
        everInForce: true);

    /// <summary>The 2012 consultation draft of Working Together: never in force, so never applied.</summary>
    public static Edition WorkingTogether2012Draft { get; } = new(
        "working-together-2012-draft",
        "Working Together to Safeguard Children (2012 consultation draft)",
        SourceDocument.WorkingTogether2012Draft,
        "June 2012 (consultation)",
        null,
        null,
        null,
        everInForce: false);

    /// <summary>Every edition the library names, encoded or not.</summary>
    public static IReadOnlyList<Edition> All { get; } = Array.AsReadOnly(new[] { WorkingTogether2026, WorkingTogether2023, Section11Guidance2007, WorkingTogether2012Draft });

    /// <summary>A stable kebab-case identifier, such as <c>working-together-2026</c>.</summary>
    public string Id { get; }

    /// <summary>The edition's name.</summary>
    public string Name { get; }

    /// <summary>The source text the library carries and cites; null for an edition the library names but does not encode.</summary>
    public SourceDocument? Document { get; }

    /// <summary>True when the library encodes rules of this edition.</summary>
    public bool IsEncoded => Document is not null && EverInForce;

    /// <summary>When it was published, as the text (or the record) states it.</summary>
    public string Published { get; }

    /// <summary>The reading that sets the day the edition came into force, where the text gives none; null otherwise.</summary>
    public Interpretation? CommencementReading { get; }

    /// <summary>The id of the edition this one replaces; null when not stated.</summary>
    public string? Replaces { get; }

    /// <summary>False for a draft that never came into force: no rule of it is ever applied.</summary>
    public bool EverInForce { get; }

    private LocalDate? FixedInForceFrom { get; }

    /// <summary>The day the edition came into force under the given readings; null when unknown to the library.</summary>
    /// <param name="readings">The readings (for Working Together 2026, <c>wt2026-commencement</c>).</param>
    /// <returns>The date, or null.</returns>
    public LocalDate? InForceFrom(Readings readings)
    {
        if (readings is null)
        {
            throw new ArgumentNullException(nameof(readings));
        }

        return CommencementReading is null ? FixedInForceFrom : readings.DateOf(CommencementReading);
    }

    /// <summary>Whether a rule of this edition applies to a clock that starts on a date, under the given readings.</summary>
    /// <param name="date">The date the clock starts.</param>
    /// <param name="readings">The readings: <c>wt2026-commencement</c> and <c>clocks-before-commencement</c>.</param>
    /// <returns>True when the edition was in force on that date, or the caller chose to apply it to earlier dates.</returns>
    public bool AppliesOn(LocalDate date, Readings readings)
    {
        if (!EverInForce)
        {
            return false;
        }

        var from = InForceFrom(readings);
        return from is null || date >= from.Value || readings.Uses(EditionInterpretations.ClocksBeforeCommencement, EditionInterpretations.ApplyCurrentEdition);
    }

    /// <summary>The sentence a report gives for a clock that started before this edition came into force.</summary>
    /// <param name="date">The date the clock started.</param>
    /// <param name="readings">The readings.</param>
    /// <returns>The sentence.</returns>
    public string NotInForceNote(LocalDate date, Readings readings)
    {
        var from = InForceFrom(readings);
        string then = Replaces is null ? "an earlier edition" : $"{Find(Replaces)?.Name ?? Replaces}, which this edition replaces, or an earlier one";
        return $"The clock started on {date:yyyy-MM-dd}, before {Name} came into force ({from:yyyy-MM-dd}, reading {CommencementReading?.Id ?? "none"}). " +
               $"The edition in force then ({then}) is not encoded, so no verdict is given; choose reading {EditionInterpretations.ClocksBeforeCommencement.Id}={EditionInterpretations.ApplyCurrentEdition} to apply this edition anyway.";
    }

    /// <summary>Finds an edition by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The edition, or null.</returns>
    public static Edition? Find(string id)
    {
        foreach (var edition in All)
        {
            if (string.Equals(edition.Id, id, StringComparison.Ordinal))
            {
                return edition;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(Edition? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Edition);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The readings that decide which edition applies to a date.</summary>
public static class EditionInterpretations
{
    /// <summary>The id of the reading that applies the current edition to clocks that started before it was in force.</summary>
    public const string ApplyCurrentEdition = "apply-current-edition";

    /// <summary>wt2026-commencement: the day Working Together 2026 came into force, which the text does not state.</summary>
    public static Interpretation Commencement2026 { get; } = Interpretation.DateReading(
        "wt2026-commencement",
        "The day Working Together 2026 came into force",
        "The text gives its publication month (March 2026) and says it replaces the 2023 edition, but states no commencement day. By default the library takes 1 March 2026, the first day of the month the text names: the earliest date the text allows, so that no clock from March 2026 on escapes the 2026 rules. Set the day your organisation applies (for example the day the guidance was published on GOV.UK) as a date: wt2026-commencement=YYYY-MM-DD.",
        new[]
        {
            new InterpretationAlternative("a-date", "Any other date, given as YYYY-MM-DD (the day of publication, or a later day a local procedure adopted)."),
        },
        new[]
        {
            Citation.WorkingTogether2026("Title page", "March 2026"),
            Citation.WorkingTogether2026("paragraph 2", "This document replaces *Working together to safeguard children (2023)*."),
        },
        "2026-03-01");

    /// <summary>clocks-before-commencement: what a report does with a clock that started before the edition was in force.</summary>
    public static Interpretation ClocksBeforeCommencement { get; } = new(
        "clocks-before-commencement",
        "A clock that started before Working Together 2026 was in force",
        "A rule applies to a clock that starts while its edition is in force. A clock that started earlier was governed by the edition then in force (Working Together 2023, which the 2026 edition replaces, or an earlier one), which the library does not encode: the entry is reported as edition-not-in-force, with no verdict.",
        new[]
        {
            new InterpretationAlternative(ApplyCurrentEdition, "Apply the 2026 rules to earlier clocks too (a caller reviewing old cases against today's standard); the report says it did so.", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 2", "This document replaces *Working together to safeguard children (2023)*."),
        },
        "edition-not-in-force");

    /// <summary>Every edition reading.</summary>
    public static IReadOnlyList<Interpretation> All { get; } = Array.AsReadOnly(new[] { Commencement2026, ClocksBeforeCommencement });
}
