using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;
using static Safeguarding.Rules.Checklists.ChecklistText;

namespace Safeguarding.Rules.Checklists;

/// <summary>
/// The review checklists of chapters 5 and 6: what a rapid review is for (paragraph 392), what a local child
/// safeguarding practice review's report must contain and how it is published (paragraphs 402 to 410), and the child
/// death review partners' statutory requirements (box 'Statutory requirements'). Each item is declared beside its text;
/// the timings are the timescale rules' (DL-15 to DL-17).
/// </summary>
internal static class ReviewChecklists
{
    private const string Partners = "Safeguarding partners";
    private const string CdrPartners = "Child death review partners";
    private const string CdrBox = "box 'Statutory requirements' (after paragraph 432)";
    private const Force Must = Force.Must;
    private const Force Should = Force.Should;
    private const Force May = Force.May;
    private const Verifiability E = Verifiability.Evidence;
    private const Verifiability J = Verifiability.Judgement;

    private static readonly Citation Lead392 = P(392, "The aim of this review is to enable them to:");
    private static readonly Citation Lead402 = P(402, "The safeguarding partners must ensure the final report includes:");
    private static readonly Citation LeadCdrReports = W(CdrBox, "must, at such times as they consider appropriate, prepare, and publish reports on:");

    /// <summary>CL-65: the rapid review.</summary>
    public static Checklist RapidReview { get; } = new(
        "rapid-review",
        new[] { "CL-65" },
        "Rapid review",
        "a rapid review",
        "What the safeguarding partners' rapid review of a notified serious incident should enable them to do (paragraph 392); whether to hold a local review is decision DC-52 and the timings are the timescale rules'.",
        new[]
        {
            I("gather-the-facts", "Gather the facts about the case, as far as they can readily be established", Partners, Should, E, null, Lead392, P(392, "gather the facts about the case, as far as they can be readily established")),
            I("immediate-action-and-learning", "Discuss whether immediate action is needed for children's safety, and share learning", Partners, Should, E, null, Lead392, P(392, "discuss whether any immediate action is needed to ensure children's safety and share any learning appropriately")),
            I("potential-improvements", "Consider the potential for identifying improvements", Partners, Should, E, null, Lead392, P(392, "consider the potential for identifying improvements to safeguard and promote the welfare of children")),
            I("decide-next-steps", "Decide the next steps, including whether to undertake a local child safeguarding practice review", Partners, Should, E, null, Lead392, P(392, "decide what steps they should take next, including whether to undertake a local child safeguarding practice review")),
        });

    /// <summary>CL-68: the local child safeguarding practice review's report and its publication.</summary>
    public static Checklist LcsprReport { get; } = new(
        "lcspr-report",
        new[] { "CL-68" },
        "Local child safeguarding practice review: the report and its publication",
        "a local child safeguarding practice review",
        "What the final report of a local child safeguarding practice review must include, and how it must and should be published and followed up (paragraphs 402 to 410); whether the full report is published is decision DC-54, and the deadlines are DL-15 to DL-17.",
        new[]
        {
            I("summary-of-improvements", "A summary of any recommended improvements", Partners, Must, E, null, Lead402, P(402, "a summary of any recommended improvements to be made by individuals or organisations in the area to safeguard and promote the welfare of children")),
            I("systemic-analysis", "An analysis of any systemic or underlying reasons actions were or were not taken", Partners, Must, E, null, Lead402, P(402, "an analysis of any systemic or underlying reasons actions were taken or not taken in respect of matters covered by the report")),
            I("clear-recommendations", "Recommendations say what is required of whom, by when, focused on outcomes for children", Partners, Should, E, null, P(403, "Any recommendations should make clear what is required of relevant agencies and others both collectively and individually, and by when, and focused on improving outcomes for children.")),
            I("publish-report-or-improvements", "Publish the report, or, where publishing it is considered inappropriate, the information about improvements", Partners, Must, E, null, P(404, "the safeguarding partners must publish the report, unless they consider it inappropriate to do so²⁰⁸."), P(404, "In such a circumstance, they must publish any information about the improvements that should be made following the review they consider appropriate to publish.")),
            I("reviewers-named", "The reviewers' names are included", Partners, Should, E, null, P(404, "The name of the reviewers should be included.")),
            I("publicly-available-for-a-year", "What is published stays publicly available for at least one year", Partners, Must, E, null, P(405, "Published reports or information must be publicly available for at least one year.")),
            I("avoids-harming-welfare", "What is published avoids harming the welfare of any children or vulnerable adults involved", Partners, Should, J, null, P(406, "The safeguarding partners should ensure that reports are written in such a way so that what is published avoids harming the welfare of any children or vulnerable adults involved in the case.")),
            I("copy-to-panel-and-secretary-of-state", "A copy goes to the panel and the Secretary of State at least seven working days before publication", Partners, Must, E, null, P(407, "Safeguarding partners must send a copy of the full report to the panel and to the Secretary of State no later than seven working days²⁰⁹ before the date of publication.")),
            I("copy-to-ofsted", "The report, or the information about improvements, goes to Ofsted within the same timescale", Partners, Should, E, null, P(407, "They should also provide the report, or information about improvements, to Ofsted within the same timescale.")),
            I("published-within-six-months", "The report is completed and published as soon as possible, within six months of the decision to initiate the review", Partners, Should, E, null, P(408, "the report should be completed and published as soon as possible and no later than six months from the date of the decision to initiate a LCSPR.")),
            I("reasons-for-delay", "The panel and the Secretary of State are told the reasons for a delay", Partners, Should, E, "where other proceedings may have an impact on or delay publication", P(408, "the safeguarding partners should inform the panel and the Secretary of State of the reasons for the delay.")),
            I("justify-not-publishing", "The panel and the Secretary of State are given the justification for not publishing", Partners, Should, E, "where the partners decide not to publish the full report or the information about improvements", P(408, "Safeguarding partners should also set out for the panel and the Secretary of State the justification for any decision not to publish either the full report or information relating to improvements.")),
            I("regard-to-comments", "Regard is had to any comments of the panel or the Secretary of State on publication", Partners, Should, J, "where the panel or the Secretary of State comments on publication", P(408, "Safeguarding partners should have regard to any comments that the panel or the Secretary of State may make in respect of publication.")),
            I("highlight-findings-and-audit", "Findings are highlighted locally, and progress on recommended improvements is audited regularly", Partners, Should, E, null, P(410, "The safeguarding partners should highlight findings from reviews with relevant parties locally and should regularly audit progress on the implementation of recommended improvements²¹⁰.")),
        });

    /// <summary>CL-72: the child death review partners' statutory requirements.</summary>
    public static Checklist ChildDeathReview { get; } = new(
        "child-death-review",
        new[] { "CL-72" },
        "Child death review: statutory requirements",
        "a child death review area",
        "What the child death review partners (the local authority and the ICBs in its area) must, should and may do (box 'Statutory requirements', after paragraph 432); whether a non-resident child's death is reviewed is decision DC-42 and reading AT-24.",
        new[]
        {
            I("review-arrangements", "Arrangements to review the deaths of all children normally resident in the area and, as indicated, of non-resident children who die there", CdrPartners, Must, E, null, W(CdrBox, "Child death review partners must make arrangements to review all deaths of children normally resident in the local area²²¹ and, as indicated, of any non-resident children who have died in their area.")),
            I("via-cdop", "Reviews are done via a Child Death Overview Panel", CdrPartners, Should, E, null, W(CdrBox, "This should be done via a Child Death Overview Panel (CDOP).")),
            I("ncmd-analysis", "Arrangements for the analysis of information from all deaths reviewed by the National Child Mortality Database", CdrPartners, Must, E, null, W(CdrBox, "Child death review partners must make arrangements for the analysis of information from all deaths reviewed by the National Child Mortality Database (NCMD).")),
            I("inform-of-action", "A person or organisation that should take action is informed", CdrPartners, Must, E, "where the partners find action should be taken by a person or organisation", W(CdrBox, "If child death review partners find action should be taken by a person or organisation, they must inform them.")),
            I("report-what-was-done", "Reports on what was done as a result of the arrangements are prepared and published", CdrPartners, Must, E, null, LeadCdrReports, W(CdrBox, "what they have done as a result of the child death review arrangements in their area")),
            I("report-effectiveness", "Reports on how effective the arrangements have been are prepared and published", CdrPartners, Must, E, null, LeadCdrReports, W(CdrBox, "how effective the arrangements have been in practice")),
            I("request-information", "Information is requested from a person or organisation to assist the review or analysis (a power)", CdrPartners, May, E, null, W(CdrBox, "may request information from a person or organisation to enable or assist the review and/or analysis process.")),
            I("make-payments", "Payments or resources are provided for the review or analysis (a power)", CdrPartners, May, E, null, W(CdrBox, "may make payments directly towards expenditure incurred in connection with arrangements made for child death reviews or analysis of information about deaths reviewed, or by contributing to a fund out of which payments may be made.")),
        });
}
