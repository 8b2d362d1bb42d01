using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;
using static Safeguarding.Rules.Checklists.ChecklistText;

namespace Safeguarding.Rules.Checklists;

/// <summary>
/// The child protection checklists of chapter 3's boxes (after paragraph 256): the strategy discussion, the child
/// protection plan, the core group and the review conference. Each item is declared beside its text; the timings some
/// items carry are the timescale rules' (DL-05, DL-06), not counted here.
/// </summary>
internal static class ChildProtectionChecklists
{
    private const string Lead = "Lead practitioners";
    private const string Health = "Health practitioners";
    private const string ThePolice = "The Police";
    private const Force Should = Force.Should;
    private const Verifiability E = Verifiability.Evidence;
    private const Verifiability J = Verifiability.Judgement;

    private static readonly Citation StrategyTasks = W(StrategyBox, "The discussion should be used to:");
    private static readonly Citation StrategyLead = W(StrategyBox, "Lead practitioners should make sure they:");
    private static readonly Citation StrategyHealth = W(StrategyBox, "Health practitioners should:");
    private static readonly Citation StrategyPolice = W(StrategyBox, "The Police should:");
    private static readonly Citation PlanLocalAuthority = W(PlanBox, "Local authority children's social care should:");
    private static readonly Citation PlanLead = W(PlanBox, "Lead practitioners should:");
    private static readonly Citation CoreGroupLead = W(PlanBox, "The core group should:");
    private static readonly Citation ReviewLead = W(ReviewBox, "Lead practitioners should:");
    private static readonly Citation ReviewAll = W(ReviewBox, "All involved practitioners should:");

    /// <summary>CL-39: the strategy discussion.</summary>
    public static Checklist StrategyDiscussion { get; } = new(
        "strategy-discussion",
        new[] { "CL-39" },
        "Strategy discussion",
        "a strategy discussion",
        "What a strategy discussion is used for, and what the lead practitioner, health practitioners and the police should do in it (box 'Strategy discussion'); who attends is decision DC-12 and when it is held is DL-03.",
        new[]
        {
            I("share-and-analyse-information", "Share, seek and analyse the available information", "The strategy discussion", Should, E, null, StrategyTasks, W(StrategyBox, "share, seek and analyse available information")),
            I("agree-criminal-investigation", "Agree the conduct and timing of any criminal investigation", "The strategy discussion", Should, E, null, StrategyTasks, W(StrategyBox, "agree the conduct and timing of any criminal investigation")),
            I("consider-section-47-enquiries", "Consider whether section 47 enquiries should be undertaken", "The strategy discussion", Should, E, null, StrategyTasks, W(StrategyBox, "consider whether enquiries under section 47 of the Children Act 1989 should be undertaken.")),
            I("consider-welfare-and-safety", "Consider the child's welfare and safety, including by speaking to the child, and identify whether the child is suffering or likely to suffer significant harm", Lead, Should, J, null, StrategyLead, W(StrategyBox, "consider the child's welfare and safety, including through speaking to the child, and identifying whether the child is suffering or likely to suffer significant harm")),
            I("decide-information-shared-with-family", "Decide what information is shared with the child and family", Lead, Should, E, null, StrategyLead, W(StrategyBox, "decide what information should be shared with the child and family (on the basis that information is not shared if this may jeopardise a police investigation or place the child at risk of harm)")),
            I("agree-further-action-under-emergency-powers", "Agree further action, and who will do what by when, where an EPO or police protection is in place", Lead, Should, E, "where an EPO is in place, or the child is the subject of police powers of protection", StrategyLead, W(StrategyBox, "agree what further action is required, and who will do what by when, where an EPO is in place, or the child is the subject of police powers of protection")),
            I("record-agreed-decisions", "Record agreed decisions, including every agency's decision not to take further action and why", Lead, Should, E, null, StrategyLead, W(StrategyBox, "record agreed decisions in accordance with local recording procedures. All agency decisions should be recorded, including a decision not to take further action and the reason for it.")),
            I("follow-up-actions", "Follow up actions so that what was agreed is done in a timely manner", Lead, Should, J, null, StrategyLead, W(StrategyBox, "follow up actions to make sure what was agreed gets done in a timely manner")),
            I("advise-on-medical-assessments", "Advise on whether medical assessments are appropriate, and their benefits", Health, Should, E, null, StrategyHealth, W(StrategyBox, "advise about the appropriateness or otherwise of medical assessments, and explain the benefits that arise from assessing previously unmanaged health matters that may be further evidence of neglect or maltreatment")),
            I("engage-wider-health-services", "Engage wider health practitioners or services so that child protection activity is timely", Health, Should, J, null, StrategyHealth, W(StrategyBox, "engage with and influence wider health practitioners or services to facilitate timely child protection activity (such as child protection medicals)")),
            I("provide-health-information", "Provide and co-ordinate information from the relevant health practitioners", Health, Should, E, null, StrategyHealth, W(StrategyBox, "provide and co-ordinate any specific information from relevant practitioners regarding, maternity health, primary care and acute health, GP practices, school nursing, health visiting, mental health, sexual health, domestic abuse and violence, and substance misuse and any other relevant practitioners to assist strategy and decision making")),
            I("secure-expert-health-advice", "Secure expert advice from named or designated professionals for more complex cases", Health, Should, E, "for more complex cases", StrategyHealth, W(StrategyBox, "secure additional expert advice and support from named and/or designated professionals for more complex cases immediately following preliminary strategy discussions")),
            I("examinations-and-investigations", "Undertake appropriate examinations, observations, investigations or tests of the child's health and development", Health, Should, J, null, StrategyHealth, W(StrategyBox, "undertake appropriate examinations or observations, and further investigations or tests, to determine how the child's health or development may be impaired")),
            I("discuss-basis-for-criminal-investigation", "Discuss the basis for any criminal investigation, and the timing and methods of evidence-gathering", ThePolice, Should, E, null, StrategyPolice, W(StrategyBox, "discuss the basis for any criminal investigation, including both reactive (where there is evidence to suggest a crime has been committed) and proactive (where further activity is required to establish if a crime has occurred), and any relevant processes that other organisations and agencies might need to know about, including the timing and methods of evidence-gathering")),
            I("lead-criminal-investigation", "Lead the criminal investigation where enquiries are joint", ThePolice, Should, E, "where joint enquiries take place", StrategyPolice, W(StrategyBox, "lead the criminal investigation where joint enquiries take place with the local authority children's social care leading for the section 47 enquires and assessment of the child's welfare")),
            I("discuss-ongoing-police-involvement", "Discuss ongoing police involvement where a criminal investigation is unnecessary or discontinued", ThePolice, Should, E, "where a criminal investigation is deemed unnecessary or discontinued", StrategyPolice, W(StrategyBox, "discuss any ongoing police involvement in child protection activity, where a criminal investigation is deemed unnecessary or discontinued")),
            I("share-decisions-not-to-investigate", "Share decisions not to continue a criminal investigation, and the reasons", ThePolice, Should, E, "where a decision is made not to continue a criminal investigation", StrategyPolice, W(StrategyBox, "Share information about decisions not to continue a criminal investigation and the reasons for this to support decision making on what other support or interventions a child may need.")),
        });

    /// <summary>CL-43: the child protection plan.</summary>
    public static Checklist ChildProtectionPlan { get; } = new(
        "child-protection-plan",
        new[] { "CL-43" },
        "Child protection plan",
        "a child protection plan",
        "What local authority children's social care and the lead practitioner should do once an initial conference has made a child the subject of a child protection plan (box 'The child protection plan'); review timings are DL-06 and DL-07.",
        new[]
        {
            I("designate-lead-social-worker", "Designate a suitably skilled and experienced social worker as the lead practitioner", "Local authority children's social care", Should, J, null, PlanLocalAuthority, W(PlanBox, "designate a suitably skilled and experienced social worker to be the lead practitioner as they carry statutory responsibility for the child's welfare")),
            I("decide-legal-action", "Consider the evidence and decide what legal action, if any, to take", "Local authority children's social care", Should, E, null, PlanLocalAuthority, W(PlanBox, "consider the evidence and decide what legal action to take if any, where a child has suffered or is likely to suffer significant harm")),
            I("protocol-for-circulating-plans", "Define the local protocol for how soon plans are circulated after the conference", "Local authority children's social care", Should, E, null, PlanLocalAuthority, W(PlanBox, "define the local protocol for timeliness of circulating plans after the child protection conference")),
            I("lead-multi-agency-work", "Lead the multi-agency work with the child and family, co-ordinating contributions to put the plan into effect", Lead, Should, E, null, PlanLead, W(PlanBox, "be the lead for multi-agency and multi-disciplinary work with the child and family, co-ordinating the contribution of family members, including through family group decision-making such as family group conferences, and practitioners into putting the child protection plan into effect")),
            I("develop-and-circulate-detailed-plan", "Develop the outline plan into a detailed multi-agency plan and circulate it", Lead, Should, E, null, PlanLead, W(PlanBox, "support multi-agency and multi-disciplinary practitioners to contribute to the development of the outline child protection plan into a more detailed multi-agency plan and circulate to all relevant practitioners (and family where appropriate)")),
            I("align-with-offender-risk-plan", "Align the plan with any associated offender risk management plan", Lead, Should, E, "where there is an associated offender risk management plan", PlanLead, W(PlanBox, "ensure the child protection plan is aligned and integrated with any associated offender risk management plan")),
            I("direct-work-with-child-and-family", "Undertake direct work with the child and family in line with the plan, taking account of the child's wishes and feelings", Lead, Should, E, null, PlanLead, W(PlanBox, "undertake direct work with the child and family in accordance with the child protection plan, taking into account the child's wishes and feelings, and the views of the parents in so far as they are consistent with the child's welfare")),
            I("approach-work-with-parents", "Approach work with parents and carers in line with the principles of chapter 1", Lead, Should, J, null, PlanLead, W(PlanBox, "approach work with parents and carers in line with the principles set out in chapter 1")),
            I("complete-in-depth-assessment", "Complete the in-depth assessment, with contributions from core group members and others", Lead, Should, E, null, PlanLead, W(PlanBox, "complete the child's and family's in-depth assessment, securing contributions from core group members and other practitioners as necessary")),
            I("direct-work-with-family-network", "Work directly with the family network on how it can support the plan, and update the plan", Lead, Should, E, null, PlanLead, W(PlanBox, "undertake direct work with the family network, for example, through family group decision-making such as family group conferences, to consider how the family network can support the plan and update the plan accordingly")),
            I("explain-and-agree-plan-with-child", "Explain the plan to the child according to their age and understanding, and agree it with them", Lead, Should, E, null, PlanLead, W(PlanBox, "explain the plan to the child in a manner which is in accordance with their age and understanding and agree the plan with the child")),
            I("inform-embassy", "Inform the relevant embassy if needed", Lead, Should, E, "if needed, where the child has links to a foreign country", PlanLead, W(PlanBox, "if needed, inform the relevant embassy if the child has links to a foreign country")),
            I("coordinate-progress-reviews", "Co-ordinate progress reviews against the plan's outcomes, updating the plan as required", Lead, Should, E, null, PlanLead, W(PlanBox, "co-ordinate progress reviews against the planned outcomes set out in the plan, updating as required.")),
            I("record-core-group-decisions", "Record core group decisions and actions, and the written views of those who could not attend, and follow the actions up", Lead, Should, E, null, PlanLead, W(PlanBox, "record decisions and actions agreed at core group meetings as well as the written views of those who were not able to attend and follow up those actions to ensure they take place.")),
            I("lead-core-group-activity", "Lead core group activity", Lead, Should, E, null, PlanLead, W(PlanBox, "lead core group activity")),
        });

    /// <summary>CL-44: the core group.</summary>
    public static Checklist CoreGroup { get; } = new(
        "core-group",
        new[] { "CL-44" },
        "Core group",
        "a core group",
        "What the core group should do once a child is the subject of a child protection plan (box 'The child protection plan'); its membership is set by the initial conference, and its first meeting's deadline is DL-05.",
        new[]
        {
            I("meet-within-10-working-days", "Meet within 10 working days of the initial child protection conference", "The core group", Should, E, null, CoreGroupLead, W(PlanBox, "meet within 10 working days from the initial child protection conference if the child is the subject of a child protection plan")),
            I("develop-outline-plan", "Develop the outline plan from the assessment findings: what needs to change, by how much, and by when", "The core group", Should, E, null, CoreGroupLead, W(PlanBox, "further develop the outline child protection plan, based on assessment findings, and set out what needs to change, by how much, and by when in order for the child to be safe and have their needs met")),
            I("steps-to-complete-assessment", "Decide the steps, and who takes them, to complete the in-depth assessment", "The core group", Should, E, null, CoreGroupLead, W(PlanBox, "decide what steps need to be taken, and by whom, to complete the in-depth assessment to inform decisions about the child's safety and welfare")),
            I("agree-services-funding-and-impact", "Agree what the plan provides, how it is funded, and how impact will be assessed", "The core group", Should, E, null, CoreGroupLead, W(PlanBox, "share information about relevant multi-agency and multi-disciplinary resources and services available, agree what should be provided to the child and parents as part of the plan and how this will be funded. Practitioners should agree how impact will be assessed")),
            I("implement-and-monitor-plan", "Implement the plan jointly, monitoring progress and outcomes and refining the plan", "The core group", Should, E, null, CoreGroupLead, W(PlanBox, "implement the child protection plan and take joint responsibility for carrying out the agreed tasks, monitoring progress and outcomes, and refining the plan as needed")),
        });

    /// <summary>CL-45: the child protection review conference.</summary>
    public static Checklist ReviewConference { get; } = new(
        "review-conference",
        new[] { "CL-45" },
        "Child protection review conference",
        "a child protection review conference",
        "What the lead practitioner and every involved practitioner should do for a child protection review conference (box 'Child protection review conference'); its timing is DL-06 and DL-07.",
        new[]
        {
            I("lead-organisation-of-conference", "Attend and lead the organisation of the conference", Lead, Should, E, null, ReviewLead, W(ReviewBox, "attend and lead the organisation of the conference")),
            I("determine-when-held", "Determine when the review is held: within three months of the initial conference, then at most every six months", Lead, Should, E, null, ReviewLead, W(ReviewBox, "determine when the review conference should be held within three months of the initial conference, and thereafter at maximum intervals of six months")),
            I("provide-information-on-impact", "Provide the information for decisions, and on the effectiveness and impact of action so far", Lead, Should, E, null, ReviewLead, W(ReviewBox, "provide information to enable informed decisions about what action is necessary to continue to safeguard and promote the welfare of the child, and the effectiveness and impact of action taken so far")),
            I("share-information-with-family", "Share the conference information with the child and family beforehand, where appropriate, and make sure they understand it", Lead, Should, J, null, ReviewLead, W(ReviewBox, "share the conference information with the child and family beforehand, where appropriate, and ensure that they understand the information provided")),
            I("lead-approach-work-with-parents", "Approach work with parents and carers in line with the principles of chapter 1", Lead, Should, J, null, ReviewLead, W(ReviewBox, "approach work with parents and carers in line with the principles set out in chapter 1")),
            I("engage-family-network", "Engage the family network where appropriate, giving time to prepare for any family group conference", Lead, Should, J, null, ReviewLead, W(ReviewBox, "engage the family network where this is appropriate to support the child. If there is family group decision-making, such as a family group conference, parents and family networks should have the opportunity to prepare for it in advance")),
            I("record-conference-outcomes", "Record the conference outcomes", Lead, Should, E, null, ReviewLead, W(ReviewBox, "record conference outcomes")),
            I("decide-on-family-court-proceedings", "Decide whether to initiate family court proceedings, considering all the children in the household", Lead, Should, E, "if the child is considered to be suffering significant harm", ReviewLead, W(ReviewBox, "decide whether to initiate family court proceedings (all the children in the household should be considered, even if concerns are only expressed about one child)")),
            I("attend-and-provide-details", "Attend when invited and give details of their involvement with the child and family", "All involved practitioners", Should, E, null, ReviewAll, W(ReviewBox, "attend, when invited, and provide details of their involvement with the child and family")),
            I("produce-reports", "Produce reports for the review, evaluating the impact on the child's welfare against the plan's outcomes", "All involved practitioners", Should, E, null, ReviewAll, W(ReviewBox, "produce reports for the child protection review.")),
            I("practitioners-approach-work-with-parents", "Approach work with parents and carers in line with the principles of chapter 1", "All involved practitioners", Should, J, null, ReviewAll, W(ReviewBox, "approach work with parents and carers in line with the principles set out in chapter 1")),
            I("skilled-to-engage-with-review", "Be skilled and experienced enough to prepare for and engage with the review, and to challenge", "All involved practitioners", Should, J, null, ReviewAll, W(ReviewBox, "be sufficiently skilled and experienced to prepare for and engage with the review, and able to critically assess and challenge their own and other's input")),
        });
}
