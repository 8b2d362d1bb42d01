using System;
using System.Collections.Generic;
using NodaTime;

namespace Safeguarding.Rules.Census;

/// <summary>
/// What a census return's header says: the collection year and its reference date. Either may be absent (the header
/// is optional in real files).
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class CensusHeader
{
    internal CensusHeader(int? collectionYear, LocalDate? referenceDate)
    {
        CollectionYear = collectionYear;
        ReferenceDate = referenceDate;
    }

    /// <summary>The collection year, named by the year it ends in (2027 for 1 April 2026 to 31 March 2027); null when not given or not readable.</summary>
    public int? CollectionYear { get; }

    /// <summary>The reference date (31 March of the collection year); null when not given or not a date.</summary>
    public LocalDate? ReferenceDate { get; }
}

/// <summary>
/// One <c>Child</c> record: its <c>LAchildID</c>, its episodes of need and the data-quality findings on it. The reader
/// never keeps a name, a UPN, a birth date or any other personal value: they are not in this type.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class CensusChild
{
    internal CensusChild(string childId, int position, IReadOnlyList<CensusEpisode> episodes, IReadOnlyList<CensusFinding> findings)
    {
        ChildId = childId;
        Position = position;
        Episodes = episodes;
        Findings = findings;
    }

    /// <summary>The council's own id for the child (<c>LAchildID</c>), the only identifier a report shows; "(child N in the file)" when the record has none.</summary>
    public string ChildId { get; }

    /// <summary>The record's position among the file's <c>Child</c> records, counted from 1.</summary>
    public int Position { get; }

    /// <summary>The episodes of need (<c>CINdetails</c>), in file order.</summary>
    public IReadOnlyList<CensusEpisode> Episodes { get; }

    /// <summary>Data-quality findings on this record: element path and problem, never a value.</summary>
    public IReadOnlyList<CensusFinding> Findings { get; }
}

/// <summary>One episode of need (<c>CINdetails</c>), each starting with a referral. A date the reader could not read is null (and a finding).</summary>
/// <remarks>Immutable.</remarks>
public sealed class CensusEpisode
{
    internal CensusEpisode(int number, LocalDate? referralDate, bool? referralNfa, LocalDate? closureDate, LocalDate? initialConferenceDate, IReadOnlyList<CensusAssessment> assessments, IReadOnlyList<CensusSection47> section47s, IReadOnlyList<CensusPlan> plans)
    {
        Number = number;
        ReferralDate = referralDate;
        ReferralNfa = referralNfa;
        ClosureDate = closureDate;
        InitialConferenceDate = initialConferenceDate;
        Assessments = assessments;
        Section47s = section47s;
        Plans = plans;
    }

    /// <summary>The episode's position within its child, counted from 1.</summary>
    public int Number { get; }

    /// <summary><c>CINreferralDate</c>.</summary>
    public LocalDate? ReferralDate { get; }

    /// <summary><c>ReferralNFA</c>: the referral led to no further action; null when not given.</summary>
    public bool? ReferralNfa { get; }

    /// <summary><c>CINclosureDate</c>.</summary>
    public LocalDate? ClosureDate { get; }

    /// <summary>The episode-level <c>DateOfInitialCPC</c>.</summary>
    public LocalDate? InitialConferenceDate { get; }

    /// <summary>The <c>Assessments</c> blocks.</summary>
    public IReadOnlyList<CensusAssessment> Assessments { get; }

    /// <summary>The <c>Section47</c> blocks.</summary>
    public IReadOnlyList<CensusSection47> Section47s { get; }

    /// <summary>The <c>ChildProtectionPlans</c> blocks.</summary>
    public IReadOnlyList<CensusPlan> Plans { get; }
}

/// <summary>One <c>Assessments</c> block.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CensusAssessment
{
    internal CensusAssessment(LocalDate? startDate, LocalDate? authorisationDate)
    {
        StartDate = startDate;
        AuthorisationDate = authorisationDate;
    }

    /// <summary><c>AssessmentActualStartDate</c>.</summary>
    public LocalDate? StartDate { get; }

    /// <summary><c>AssessmentAuthorisationDate</c>: completed and authorised; null while open.</summary>
    public LocalDate? AuthorisationDate { get; }
}

/// <summary>One <c>Section47</c> block: a section 47 enquiry.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CensusSection47
{
    internal CensusSection47(LocalDate? startDate, LocalDate? initialConferenceTarget, LocalDate? initialConferenceDate, bool? conferenceNotRequired)
    {
        StartDate = startDate;
        InitialConferenceTarget = initialConferenceTarget;
        InitialConferenceDate = initialConferenceDate;
        ConferenceNotRequired = conferenceNotRequired;
    }

    /// <summary><c>S47ActualStartDate</c>: the date of the strategy discussion that initiated the enquiry (DfE's definition).</summary>
    public LocalDate? StartDate { get; }

    /// <summary><c>InitialCPCtarget</c>: the due date the council's system computed.</summary>
    public LocalDate? InitialConferenceTarget { get; }

    /// <summary><c>DateOfInitialCPC</c>: the conference that followed the enquiry.</summary>
    public LocalDate? InitialConferenceDate { get; }

    /// <summary><c>ICPCnotRequired</c>: the enquiry ended without the need for a conference; null when not given.</summary>
    public bool? ConferenceNotRequired { get; }
}

/// <summary>One <c>ChildProtectionPlans</c> block.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CensusPlan
{
    internal CensusPlan(LocalDate? startDate, LocalDate? endDate, IReadOnlyList<LocalDate> reviewDates)
    {
        StartDate = startDate;
        EndDate = endDate;
        ReviewDates = reviewDates;
    }

    /// <summary><c>CPPstartDate</c>: the date of the conference that made the plan.</summary>
    public LocalDate? StartDate { get; }

    /// <summary><c>CPPendDate</c>.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>The <c>Reviews/CPPreviewDate</c> dates, in file order.</summary>
    public IReadOnlyList<LocalDate> ReviewDates { get; }
}

/// <summary>
/// A data-quality finding on one child: its <c>LAchildID</c>, the element path and the problem. A finding never
/// carries a value from the file other than the child's id and, where the problem is a date's, dates.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class CensusFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="childId">The child's <c>LAchildID</c> (or its position in the file when it has none).</param>
    /// <param name="path">The element path, such as <c>Child/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate</c>.</param>
    /// <param name="problem">The problem, in words.</param>
    public CensusFinding(string childId, string path, string problem)
    {
        ChildId = childId ?? throw new ArgumentNullException(nameof(childId));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Problem = problem ?? throw new ArgumentNullException(nameof(problem));
    }

    /// <summary>The child's <c>LAchildID</c>.</summary>
    public string ChildId { get; }

    /// <summary>The element path.</summary>
    public string Path { get; }

    /// <summary>The problem.</summary>
    public string Problem { get; }

    /// <inheritdoc />
    public override string ToString() => $"{ChildId} {Path}: {Problem}";
}

/// <summary>
/// The file cannot be read as a census at all: it is not well-formed XML, or its root is not a census <c>Message</c>.
/// The message names the line and column and never quotes the file.
/// </summary>
public sealed class CensusFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CensusFormatException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public CensusFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CensusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception at a place in the file.</summary>
    /// <param name="message">The problem (never the file's content).</param>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column, from 1.</param>
    public CensusFormatException(string message, int line, int column)
        : base($"{message} at line {line}, column {column}.")
    {
        Line = line;
        Column = column;
    }

    /// <summary>The line, from 1; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>The column, from 1; 0 when unknown.</summary>
    public int Column { get; }
}
