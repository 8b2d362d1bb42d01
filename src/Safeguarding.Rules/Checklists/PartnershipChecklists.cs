using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;
using static Safeguarding.Rules.Checklists.ChecklistText;

namespace Safeguarding.Rules.Checklists;

/// <summary>
/// The multi-agency safeguarding arrangements' documents (chapter 2): what the published arrangements must and should
/// include (paragraphs 109 and 110), and what the yearly report must and should include (paragraphs 112 and 113).
/// Each item is declared beside its text.
/// </summary>
internal static class PartnershipChecklists
{
    private const string Partners = "Safeguarding partners";
    private const Force Must = Force.Must;
    private const Force Should = Force.Should;
    private const Verifiability E = Verifiability.Evidence;

    private static readonly Citation Lead109 = P(109, "Once agreed, local multi-agency safeguarding arrangements must⁴² be published and must include:");
    private static readonly Citation Lead110 = P(110, "They should also include:");
    private static readonly Citation Lead112 = P(112, "Reports must include:");
    private static readonly Citation Lead113 = P(113, "In addition, the report should also include:");

    /// <summary>CL-15 and CL-16: the published arrangements.</summary>
    public static Checklist PublishedArrangements { get; } = new(
        "published-arrangements",
        new[] { "CL-15", "CL-16" },
        "Published local multi-agency safeguarding arrangements",
        "the published arrangements",
        "What the safeguarding partners' published arrangements must include (section 16G of the Children Act 2004, paragraph 109) and should also include (paragraph 110); check the document as published.",
        new[]
        {
            I("work-together-on-needs", "Arrangements for the partners to work together to identify and respond to children's needs, including groups disproportionately over- or under-represented in services", Partners, Must, E, null, Lead109, P(109, "arrangements for safeguarding partners to work together to identify and respond to the needs of children in their area, including the identification of groups of children who are disproportionately over- or under-represented in services.")),
            I("commissioning-and-publishing-lcsprs", "Arrangements for commissioning and publishing local child safeguarding practice reviews", Partners, Must, E, null, Lead109, P(109, "arrangements for commissioning and publishing local child safeguarding practice reviews (see chapter 5, paragraph 395)")),
            I("independent-scrutiny", "Arrangements for independent scrutiny of the effectiveness of the arrangements", Partners, Must, E, null, Lead109, P(109, "arrangements for independent scrutiny of the effectiveness of the arrangements")),
            I("partners-delegates-and-chair", "Who the three safeguarding partners, their delegates and the partnership chair are", Partners, Should, E, null, Lead110, P(110, "who the three safeguarding partners, their delegates and partnership chair are")),
            I("geographical-boundaries", "The geographical boundaries, including whether the arrangements cover more than one local authority area", Partners, Should, E, null, Lead110, P(110, "geographical boundaries, including if the arrangements operate across more than one local authority area")),
            I("relevant-agencies", "The relevant agencies, why they were chosen, and how they will collaborate", Partners, Should, E, null, Lead110, P(110, "the relevant agencies the safeguarding partners will work with, why these organisations and agencies have been chosen, and how they will collaborate and work together to improve outcomes for children and families.")),
            I("education-settings-included", "How schools, colleges, early education and childcare settings and other education providers are included, operationally and strategically", Partners, Should, E, null, Lead110, P(110, "how all schools (including independent schools, academies, and free schools), colleges, early education and childcare settings and other education providers (including alternative provision) will be included in the safeguarding arrangements at both operational and strategic levels.")),
            I("youth-custody-and-residential-homes-included", "How any youth custody and residential homes for children are included", Partners, Should, E, "where there are youth custody or residential homes for children in the area", Lead110, P(110, "how any youth custody and residential homes for children will be included in the safeguarding arrangements")),
            I("information-sharing", "How the partners will share information and data safely and effectively", Partners, Should, E, null, Lead110, P(110, "how the safeguarding partners will share information and data safely and effectively, using arrangements that clearly set out the processes and the principles for sharing")),
            I("data-and-intelligence", "How data and intelligence will be used to assess the effectiveness of help, including early help", Partners, Should, E, null, Lead110, P(110, "how the safeguarding partners will use data and intelligence to assess the effectiveness of the help being provided to children and families, including early help")),
            I("training-and-audits", "How multi-agency training is commissioned, delivered and monitored, and how audits will be undertaken", Partners, Should, E, null, Lead110, P(110, "how multi-agency training will be commissioned, delivered, and monitored for impact, and how they will undertake any multi-agency and inter-agency audits")),
            I("funding", "How the arrangements will be funded", Partners, Should, E, null, Lead110, P(110, "how the arrangements will be funded")),
            I("lcspr-process-and-learning", "The process for local child safeguarding practice reviews and for embedding their learning", Partners, Should, E, null, Lead110, P(110, "the process for undertaking local child safeguarding practice reviews, setting out the arrangements for embedding learning across organisations and agencies")),
            I("voice-escalation-and-disputes", "How the voice of children and families is included, how concerns are escalated and disputes resolved, including whistleblowing", Partners, Should, E, null, Lead110, P(110, "how the arrangements will include the voice of children and families, including how to escalate concerns and how any disputes will be resolved, including whistleblowing procedures")),
            I("threshold-document", "How the local threshold document aligns with the arrangements", Partners, Should, E, null, Lead110, P(110, "how the local threshold document in place aligns with the arrangements")),
        });

    /// <summary>CL-17 and CL-18: the yearly report.</summary>
    public static Checklist YearlyReport { get; } = new(
        "yearly-report",
        new[] { "CL-17", "CL-18" },
        "Yearly report on the impact and effectiveness of the arrangements",
        "the yearly report",
        "What the safeguarding partners' joint report on a 12-month period must include (section 16G of the Children Act 2004, paragraph 112) and should also include (paragraph 113); check the report as published.",
        new[]
        {
            I("what-partnerships-have-done", "What the partnership has done as a result of the arrangements, including on child safeguarding practice reviews", Partners, Must, E, null, Lead112, P(112, "what partnerships have done as a result of the arrangements, including on child safeguarding practice reviews")),
            I("effectiveness-in-practice", "How effective the arrangements have been in practice", Partners, Must, E, null, Lead112, P(112, "how effective these arrangements have been in practice")),
            I("contribution-of-each-partner", "The contribution of each safeguarding partner to the functioning and structure of the arrangements", Partners, Should, E, null, Lead113, P(113, "the contribution of each safeguarding partner to the functioning and structure of the multi-agency safeguarding arrangements")),
            I("themes-from-scrutiny", "Themes from aggregated scrutiny: reviews, scrutineer activity, multi-agency audits and inspections", Partners, Should, E, null, Lead113, P(113, "any themes emanating from aggregated methods of scrutiny, for example, reviews and scrutineer activity and multi-agency audits and inspections such as JTAs")),
            I("evidence-of-impact", "Evidence of the impact of the partners' and relevant agencies' work, including training, on outcomes for children and families", Partners, Should, E, null, Lead113, P(113, "evidence of the impact of the work of the safeguarding partners and relevant agencies, including training, on outcomes for children and families, including the identification of groups of children who may be disproportionately over- or under-represented in services")),
            I("little-or-no-progress", "An analysis of areas with little or no evidence of progress on agreed priorities", Partners, Should, E, null, Lead113, P(113, "an analysis of any areas where there has been little or no evidence of progress on agreed priorities")),
            I("learning-from-serious-incidents", "An analysis of learning from serious incidents", Partners, Should, E, null, Lead113, P(113, "an analysis of learning from serious incidents")),
            I("key-decisions-and-actions", "A record of key decisions and actions in the yearly cycle, including on review recommendations and their impact", Partners, Should, E, null, Lead113, P(113, "a record of key decisions and actions taken by the safeguarding partners in the yearly cycle, including in relation to implementing the recommendations from any local and national child safeguarding practice reviews and the impact this has had")),
            I("feedback-from-children-and-families", "How feedback from children and families was sought and used", Partners, Should, E, null, Lead113, P(113, "ways in which the safeguarding partners have sought and utilised feedback from children and families to inform their work and influence service provision")),
            I("breakdown-of-costs", "The breakdown of costs, each partner's financial contribution, funding changes, and the value for money of the funding", Partners, Should, E, null, Lead113, P(113, "the breakdown of costs in delivering the arrangements for that period, including the financial contributions of individual partners, any changes to funding and an assessment of the impact and value for money of this funding")),
            I("education-representation", "Evidence of adequate representation and input of education and childcare settings, operationally and strategically", Partners, Should, E, null, Lead113, P(113, "evidence of how safeguarding partners are ensuring the adequate representation and input of early education and childcare settings, schools, colleges and other education providers at both the operational and strategic levels of the arrangements")),
            I("data-and-information-sharing", "How data is used to encourage learning, and how information sharing has improved practice and outcomes", Partners, Should, E, null, Lead113, P(113, "an overview of how data is being used to encourage learning within the arrangements and evidence of how information sharing has improved practice and outcomes")),
        });
}
