using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Timescales.CaseEventType;
using static Safeguarding.Rules.Timescales.TimescaleText;

namespace Safeguarding.Rules.Timescales;

/// <summary>
/// Every quantified time limit in Working Together 2026 that a case, review or child death process runs against
/// (DL-01 to DL-22), the periods quantified inside definitions and descriptions (DL-23, DL-24, DL-26, not evaluated), the
/// timings the text leaves to local arrangements (DL-70, given by the caller: <see cref="LocalTimescales"/>), and the urgency rules that carry no number (DL-40 to DL-63). Ids are the inventory's.
/// </summary>
public static class TimescaleCatalog
{
    /// <summary>DL-01..DL-26 and DL-70, in id order: the declarations of each process (Timescales/Rules) together.</summary>
    public static IReadOnlyList<TimescaleRule> Timescales { get; } = Array.AsReadOnly(
        ReferralAndAssessmentTimescales.All
            .Concat(ChildProtectionTimescales.All)
            .Concat(AllegationTimescales.All)
            .Concat(ReportingTimescales.All)
            .Concat(SeriousIncidentAndReviewTimescales.All)
            .Concat(ChildDeathTimescales.All)
            .Concat(DescribedPeriodTimescales.All)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray());

    /// <summary>DL-40..DL-63, in id order.</summary>
    public static IReadOnlyList<UrgencyRule> Urgencies { get; } = Array.AsReadOnly(BuildUrgencies());

    /// <summary>Finds a timescale rule by id (DL-04), case-insensitive.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No timescale rule has that id.</exception>
    public static TimescaleRule Get(string id) =>
        Timescales.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No timescale rule '{id}'.", nameof(id));

    private static UrgencyRule U(string id, string slug, string title, Force force, Urgency urgency, string wording, string dutyHolder, string action, params Citation[] citations) =>
        new(id, slug, title, force, urgency) { UrgencyWording = wording, DutyHolder = dutyHolder, Action = action, Citations = citations };

    private static UrgencyRule Evaluated(this UrgencyRule rule, CaseEventType[] start, CaseEventType[] end) =>
        new(rule.Id, rule.Slug, rule.Title, rule.Force, rule.Urgency)
        {
            UrgencyWording = rule.UrgencyWording,
            DutyHolder = rule.DutyHolder,
            Action = rule.Action,
            Citations = rule.Citations,
            StartEvents = start,
            EndEvents = end,
        };

    private static UrgencyRule[] BuildUrgencies() => new[]
    {
        U("DL-40", "significant-harm-referral-immediate", "Refer immediately when a child is suffering, or likely to suffer, significant harm", Force.Should, Urgency.Immediately, "immediately", "Anyone who has concerns about a child's welfare",
            "Make a referral to local authority children's social care when there is a concern that the child is suffering, has suffered or is likely to suffer significant harm.",
            W("paragraph 164", "Anyone who has concerns about a child's welfare should consider whether a referral needs to be made to local authority children's social care and should do so immediately if there is a concern that the child is suffering significant harm or is likely to do so."),
            W("paragraph 146", "If there are concerns that the child has suffered significant harm or is likely to do so, a referral should be made immediately to local authority children’s social care.")),
        U("DL-41", "allegation-report-senior-manager-immediate", "Report an allegation against a person who works with children to a senior manager immediately", Force.Should, Urgency.Immediately, "immediately", "The organisation or agency",
            "Report the allegation to a senior manager within the organisation or agency.",
            W("paragraph 264", "Any allegation against people who work with children should be reported immediately to a senior manager within the organisation or agency.")).Evaluated(E(AllegationReportedToEmployer), E(AllegationReportedToSeniorManager)),
        U("DL-42", "lado-alerted-without-delay", "Alert the designated officer to allegations without delay", Force.Should, Urgency.WithoutDelay, "without delay", "Employers and the organisations that work with children",
            "Have arrangements so that the designated officer, or team of officers, is alerted without delay to all allegations.",
            W("paragraph 262", "Arrangements should be in place to ensure that the designated officer, or team of officers, is alerted without delay to all allegations concerning individuals who work with children."),
            W("paragraph 261", "Any action necessary to address corresponding welfare concerns in relation to the child or children involved should be taken without delay and in a co-ordinated manner.")),
        U("DL-43", "immediate-protection-action", "Act immediately to secure the safety of a child at risk of serious immediate harm", Force.Should, Urgency.Immediately, "act immediately", "The local authority, the police (including British Transport Police) or the NSPCC",
            "Use statutory child protection powers to secure the child's safety; where removal is required, take action (a must in paragraph 168) as soon as possible after the referral.",
            W(ImmediateBox, "Where there is a risk to the life of a child or a likelihood of serious immediate harm, whether from inside or outside the home, the local authority, the police (including British Transport Police) or NSPCC should use their statutory child protection powers to **act immediately to secure the safety of the child**, as set out in Section 46 of Children Act 1989."),
            W("paragraph 168", "This should happen as soon as possible after the referral has been made to local authority children's social care")),
        U("DL-44", "post-emergency-strategy-discussion", "Hold a strategy discussion as soon as possible after emergency action", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "The agencies involved",
            "Where a single agency has had to act immediately, hold a strategy discussion after the action.",
            W(ImmediateBox, "Where a single agency has to act immediately, a strategy discussion should take place as soon as possible after action has been taken")).Evaluated(E(EmergencyActionTaken), E(StrategyDiscussion)),
        U("DL-45", "unknown-identity-notify-without-delay", "Notify a serious incident without delay even before the child is identified", Force.Should, Urgency.WithoutDelay, "without delay", "The local authority, on behalf of the safeguarding partners",
            "Notify incidents whose children are not yet identified, with the limited information known.",
            W("paragraph 374", "Incidents where the identity of the child or children involved are not yet known should still be notified without delay using the limited information known at the time.")),
        U("DL-46", "see-child-asap", "See the child as soon as possible when the referral needs further assessment", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "Local authority children's social care",
            "See the child, if the decision is that the referral requires further assessment.",
            W("paragraph 167", "to see the child as soon as possible if the decision is taken that the referral requires further assessment")),
        U("DL-47", "rapid-review-promptly", "Undertake the rapid review promptly after the notification", Force.Should, Urgency.Promptly, "promptly", "The safeguarding partners",
            "Undertake a rapid review of the case once the notification has been made.",
            W("paragraph 392", "Once the notification has been made, the safeguarding partners should promptly undertake a rapid review of the case, in line with any guidance published by the panel.")),
        U("DL-48", "lcspr-decision-inform-panel", "Inform the Panel, Ofsted and DfE as soon as an LCSPR is decided", Force.Should, Urgency.AsSoonAsPossible, "as soon as", "The safeguarding partners",
            "Inform the Panel, Ofsted and DfE, naming the reviewer commissioned.",
            W("paragraph 393", "As soon as they have determined that a local child safeguarding practice review will be carried out, they should inform the panel, Ofsted and DfE, providing the name of the reviewer they have commissioned.")).Evaluated(E(LcsprDecision), E(LcsprDecisionNotified)),
        U("DL-49", "panel-response-promptly", "The Panel responds promptly after receiving a rapid review", Force.Should, Urgency.Promptly, "promptly", "The Child Safeguarding Practice Review Panel",
            "Inform the safeguarding partners if it considers a local or national review appropriate.",
            W("paragraph 415", "The panel should inform the relevant safeguarding partners promptly following receipt of the rapid review, if it considers that:")),
        U("DL-50", "death-abuse-neglect-inform-immediately", "Inform the safeguarding partners and the Panel immediately of evidence of abuse or neglect in a child's death", Force.Should, Urgency.Immediately, "immediately", "All practitioners",
            "Inform the relevant safeguarding partners and the Panel when investigations suggest abuse or neglect as a possible cause of death.",
            W("paragraph 452", "If the results of any investigations suggest evidence of abuse or neglect as a possible cause of death whether at home or in the community, all practitioners should inform relevant safeguarding partners and the panel immediately.")),
        U("DL-51", "bereaved-family-guide", "Offer bereaved families the guide in the immediate aftermath of a child's death", Force.Should, Urgency.Immediately, "in the immediate aftermath", "The child death review process",
            "Offer 'When a child dies – a guide for parents and carers' to all bereaved families or carers.",
            W("paragraph 432", "In the immediate aftermath of a child's death, a copy of 'When a child dies – a guide for parents and carers'²¹⁹ should be offered to all bereaved families or carers through the child death review process.")),
        U("DL-52", "health-expert-advice-after-strategy-discussion", "Secure expert health advice immediately after preliminary strategy discussions in complex cases", Force.Should, Urgency.Immediately, "immediately following", "Health practitioners",
            "Secure additional advice from named and designated professionals.",
            W(StrategyBox, "secure additional expert advice and support from named and/or designated professionals for more complex cases immediately following preliminary strategy discussions")),
        U("DL-53", "cin-move-information-transfer", "Share a child in need's information with the receiving authority as soon as possible after a permanent move", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "The original local authority",
            "Share all relevant information, including the child in need plan, with the receiving local authority.",
            W(AssessmentBox, "Where a child in need has moved permanently to another local authority area, the original local authority should ensure that all relevant information (including the child in need plan) is shared with the receiving local authority as soon as possible.")),
        U("DL-54", "nrm-referral-asap", "Refer a potential victim of modern slavery to the National Referral Mechanism as soon as possible", Force.Should, Urgency.AsSoonAsPossible, "as soon as possible", "Specified public authorities and practitioners",
            "Make the NRM referral, in parallel with the ICTG referral.",
            W("paragraph 224", "should be made to the NRM, as soon as possible."),
            W("paragraph 225", "The NRM referral and ICTG referral should be made in parallel.")),
        U("DL-55", "prison-safeguarding-enquiry-earliest-opportunity", "Prison staff start a child safeguarding enquiry at the earliest opportunity for newly sentenced prisoners", Force.Should, Urgency.AtTheEarliestOpportunity, "at the earliest opportunity", "Prison staff",
            "Initiate or follow up a child safeguarding enquiry with children's services; make a new one when circumstances change (must).",
            W("paragraph 304", "Prison staff have a responsibility to initiate or follow up a child safeguarding enquiry¹⁶² with children's services at the earliest opportunity for all newly sentenced prisoners."),
            W("paragraph 304", "If circumstances for the prisoner have changed, prison staff must make a new child safeguarding enquiry.")),
        U("DL-56", "mbu-referral-earliest-opportunity", "Send a mother and baby unit referral for assessment at the earliest opportunity", Force.Must, Urgency.AtTheEarliestOpportunity, "at the earliest opportunity", "The prison",
            "Send the referral for assessment to children's social care in the mother's home area.",
            W("paragraph 312", "When a woman applies for a place on a MBU, the referral for assessment must be sent to children's social care in the mother's home area at the earliest opportunity and must include information on MBU provision and policy¹⁷¹.")),
        U("DL-57", "probation-same-day-response", "Probation may request a same-day response to a child safeguarding enquiry made for sentencing advice", Force.May, Urgency.SameDay, "on the same day", "Probation staff",
            "When the court asks for sentencing advice on the day an offender is sentenced, request a response to the child safeguarding enquiry on the same day. (The quick response where there are concerns about an offender having contact with a child is the next sentence's separate 'should', with no same-day limit.)",
            W("paragraph 316", "courts may ask the Probation Service to provide sentencing advice and an assessment of the offender's risk."),
            W("paragraph 316", "They may request a response on the same day.")),
        U("DL-58", "speak-to-child-earliest-opportunity", "Speak to and observe the child at the earliest opportunity in section 47 enquiries", Force.Should, Urgency.AtTheEarliestOpportunity, "at the earliest opportunity", "The lead practitioner",
            "Speak to and observe the child.",
            W("paragraph 250", "speak to and observe the child at the earliest opportunity to understand what is happening in their daily life, recognising that the child may express this non-verbally through their actions and behaviour.")),
        U("DL-59", "police-station-short-period", "A child under police protection is brought to a police station only for a short period", Force.Should, Urgency.ShortPeriod, "only for a short period", "The police",
            "Avoid police stations except in exceptional circumstances.",
            W("footnote 152 (to paragraph 287)", "A child under police protection should not be brought to a police station except in exceptional circumstances, such as a lack of immediately available local authority accommodation, and then only for a short period.")),
        U("DL-60", "transition-planning-in-advance", "Plan known transition points in advance", Force.Should, Urgency.InAdvance, "in advance", "Practitioners",
            "Plan for known transition points, including a child in need approaching 18.",
            W("paragraph 204", "Known transition points for the child should be planned for in advance."),
            W(AssessmentBox, "Where a child in need is approaching 18 years of age, this transition point should be planned for in advance.")),
        U("DL-61", "remand-visit-before-decision", "Visit and assess a remanded child before deciding on support", Force.Should, Urgency.Before, "before taking a decision", "The local authority",
            "Visit the child and assess their needs before deciding how to support them.",
            W("paragraph 228", "Where a child becomes looked after, as a result of being remanded to youth detention accommodation (YDA), the local authority should visit the child and assess the child's needs before taking a decision on how they should be supported¹¹⁶.")),
        U("DL-62", "out-of-area-placement-timely-notification", "Notify the receiving local authority of a placement outside the local authority, in good time", Force.Must, Urgency.Timely, "timely", "The placing local authority",
            "Notify the receiving local authority: a statutory responsibility (paragraph 232), so must. 'Timely' is paragraph 233's word: it says timely notification is important but sets no time limit and no modal of its own.",
            W("paragraph 232", "the placing local authority has a statutory responsibility to notify the receiving local authority."),
            W("paragraph 233", "Timely notification that a child is being placed outside their local authority is important so that the right support can be put in place¹²¹.")),
        U("DL-63", "share-information-early", "Share information as early as possible", Force.Should, Urgency.Timely, "as early as possible", "Practitioners",
            "Share information proactively to identify, assess and respond to risks.",
            W("paragraph 30", "Practitioners should be proactive in sharing information as early as possible to help identify, assess, and respond to risks or concerns about the safety and welfare of children.")),
    };
}
