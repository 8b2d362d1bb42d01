using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Census;

/// <summary>
/// How a census return becomes case timelines, and how DfE's measures are counted: every mapping that is a choice is a
/// named reading. Most rest on the census specification (what DfE says a field means) rather than on the guidance:
/// each says so, and cites the passage of Working Together 2026 that the rule it feeds encodes.
/// </summary>
public static class CensusInterpretations
{
    private const string OutcomeBox = "box 'Outcome of section 47 enquiries' (after paragraph 256)";
    private const string BoxCpPlan = "box 'The child protection plan' (after paragraph 256)";
    private const string BoxConference = "box 'Initial child protection conferences' (after paragraph 256)";
    private const string BoxDiscontinuing = "box 'Discontinuing the child protection plan' (after paragraph 256)";

    private static readonly Citation Paragraph169 = W("paragraph 169", "The maximum timeframe for the assessment to conclude, such that it is possible to reach a decision on next steps, should be no longer than 45 working days from the point of referral.");
    private static readonly Citation IcpcWithin15 = W(OutcomeBox, "The initial child protection conference should take place within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held.");
    private static readonly Citation Substantiated = W(OutcomeBox, "Where concerns of significant harm are substantiated, and the child is judged to be suffering or likely to suffer significant harm:");
    private static readonly Citation Reviews = W(BoxCpPlan, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months for as long as the child remains subject of a child protection plan");

    /// <summary>Each <c>CINdetails</c> is one timeline.</summary>
    public static Interpretation Episode { get; } = new(
        "census-episode",
        "Census: what one timeline is",
        "Each CINdetails block (an episode of need, starting with its referral) is one case timeline, evaluated on its own; a child with two episodes has two timelines. This rests on the census specification (one CINdetails per episode of need, each starting with a referral), not on the guidance, which counts the assessment from 'the point of referral'.",
        new[] { new InterpretationAlternative("one-timeline-per-child", "Every episode of a child in one timeline. Not offered: a second referral would start a second assessment clock inside the first episode's conference and review clocks.") },
        new[] { Paragraph169 },
        "one-timeline-per-episode");

    /// <summary>The referral and the assessment concluded.</summary>
    public static Interpretation Assessment { get; } = new(
        "census-assessment-concluded",
        "Census: when the assessment concluded (DL-03)",
        "CINreferralDate is the point of referral; the assessment concludes on its AssessmentAuthorisationDate (the census records the date an assessment was completed and authorised); the first authorisation on or after the referral ends DL-03's clock. A referral with ReferralNFA = 1 led to no further action and needs no assessment: it starts no DL-03 clock. This rests on the census specification's definitions, not on the guidance.",
        new[] { new InterpretationAlternative("internal-review-date", "AssessmentInternalReviewDate as the conclusion. Not offered: the field is optional and no timescale names it.") },
        new[] { Paragraph169 },
        "authorisation-date");

    /// <summary>The section 47 start is the strategy discussion that initiated the enquiries.</summary>
    public static Interpretation Section47Start { get; } = new(
        "census-s47-start",
        "Census: the strategy discussion that starts DL-04",
        "S47ActualStartDate is the date of the strategy discussion at which section 47 enquiries were initiated (DfE's and Ofsted's data definitions say so): each Section47 block becomes a strategy discussion marked as initiating section 47 enquiries. An enquiry with ICPCnotRequired = 1 and no conference ended without the need for one: its strategy discussion is left out, so that it starts no conference clock. This rests on the census specification.",
        new[] { new InterpretationAlternative("earlier-strategy-discussion", "An earlier strategy discussion, not in the census, started the clock. Not offered: the census does not record one.") },
        new[] { IcpcWithin15 },
        "strategy-discussion-that-initiated");

    /// <summary>A conference held shows that concerns were substantiated; a plan start is the conference that made it.</summary>
    public static Interpretation Conference { get; } = new(
        "census-conference",
        "Census: initial conferences and the plans they made",
        "Every DateOfInitialCPC (in the episode or in a Section47 block, each date once) is an initial child protection conference, and a conference held means concerns were substantiated. A conference made a child protection plan when a plan's CPPstartDate is the conference's date (the census defines the plan's start as the date of the conference that made it); a plan whose start matches no recorded conference supplies that conference. Each plan's CPPreviewDate is a review conference and its CPPendDate ends the plan. This rests on the census specification.",
        new[] { new InterpretationAlternative("plan-in-episode", "A conference made a plan when any plan in the episode started on or after it. Not offered: the census dates the plan by its conference.") },
        new[] { Substantiated, W(BoxConference, "agreeing an outline child protection plan, with clear actions and timescales, including a clear sense of how much improvement is needed, by when, so that success can be judged clearly"), Reviews, W(BoxDiscontinuing, "A child should no longer be the subject of a child protection plan if:") },
        "held-means-substantiated");

    /// <summary>DL-05 needs core group meetings, which the census does not record.</summary>
    public static Interpretation CoreGroup { get; } = new(
        "census-core-group",
        "Census: the first core group meeting (DL-05)",
        "The census records no core group meeting, so DL-05 is left out of the caseload report (the report says so) rather than shown as overdue for every plan.",
        new[] { new InterpretationAlternative("evaluate", "Evaluate DL-05 anyway: every plan's first core group meeting shows as due or overdue, since none is recorded.", offered: true) },
        new[] { W(BoxCpPlan, "meet within 10 working days from the initial child protection conference if the child is the subject of a child protection plan") },
        "not-in-census");

    /// <summary>The percentile method for DfE's measures.</summary>
    public static Interpretation Percentile { get; } = new(
        "census-percentile",
        "DfE's measures: how the 25th percentile, median and 75th percentile are taken",
        "Nearest rank: the p-th percentile of n durations is the ⌈p × n⌉-th smallest, always a duration that occurred (a whole number of working days). DfE does not state its method; the guidance does not speak to statistics, and the passages cited are the timescales the measures sit beside.",
        new[] { new InterpretationAlternative("linear", "Linear interpolation between closest ranks (as a spreadsheet's PERCENTILE.INC): rank (n - 1) × p from 0, which may fall between two durations.", offered: true) },
        new[] { Paragraph169, IcpcWithin15 },
        "nearest-rank");

    /// <summary>Every census reading.</summary>
    public static IReadOnlyList<Interpretation> All { get; } = Array.AsReadOnly(new[] { Episode, Assessment, Section47Start, Conference, CoreGroup, Percentile });

    /// <summary>Finds a census reading by id.</summary>
    /// <param name="id">The interpretation's id.</param>
    /// <returns>The interpretation, or null.</returns>
    public static Interpretation? Find(string id) => All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Parses choices written <c>interpretation-id=reading-id</c>, as the command line takes them, for the census readings
    /// and every reading of the core library alike.
    /// </summary>
    /// <param name="choices">The choices.</param>
    /// <returns>The readings.</returns>
    /// <exception cref="ArgumentException">A choice is malformed or names an unknown interpretation or reading.</exception>
    public static Readings Parse(IEnumerable<string> choices) => Readings.Parse(choices, All);

    private static Citation W(string location, string quote) => Citation.WorkingTogether2026(location, quote);
}
