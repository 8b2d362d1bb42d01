using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Logic.Criterion;
using static Safeguarding.Rules.Decisions.RuleText;
using V = Safeguarding.Rules.Decisions.Vocabulary;

namespace Safeguarding.Rules.Decisions;

/// <summary>Referral, assessment and protection (chapter 3): whether to refer, the decisions on a referral, child in need, section 47, immediate protection, strategy discussions and the outcome of section 47 enquiries.</summary>
public static class ReferralAndProtectionRules
{
    private const string ChildrenInNeedBox = "box 'Statutory requirements for children in need' (after paragraph 153)";
    private const string ImmediateProtectionBox = "box 'Immediate protection' (after paragraph 256)";
    private const string StrategyBox = "box 'Strategy discussion' (after paragraph 256)";
    private const string OutcomeBox = "box 'Outcome of section 47 enquiries' (after paragraph 256)";
    private const string SocialCare = "local authority children's social care";
    private const string Manager = "a social work qualified practice supervisor or manager";
    private const string LeadPractitioner = "the lead practitioner";

    private static readonly Citation Paragraph164 = W("paragraph 164", "Anyone who has concerns about a child's welfare should consider whether a referral needs to be made to local authority children's social care and should do so immediately if there is a concern that the child is suffering significant harm or is likely to do so.");
    private static readonly Citation Paragraph146 = W("paragraph 146", "If there are concerns that the child has suffered significant harm or is likely to do so, a referral should be made immediately to local authority children’s social care.");
    private static readonly Citation MentalHealth = W("paragraph 164", "Where a child is admitted to a mental health facility, practitioners should make a referral to local authority children's social care.");
    private static readonly Citation Paragraph167 = W("paragraph 167", "Within one working day of a referral being received, local authority children's social care should acknowledge receipt to the referrer and a social work qualified practice supervisor or manager should decide next steps and the type of response required.");
    private static readonly Citation WillInclude = W("paragraph 167", "will include determining whether:");
    private static readonly Citation ChildInNeed = W(ChildrenInNeedBox, "A child in need is defined under section 17 of the Children Act 1989 as a child who is unlikely to achieve or maintain a reasonable level of health or development, or whose health and development is likely to be significantly or further impaired without the provision of services, or a child who is disabled.");
    private static readonly Citation Section47Box = W(ChildrenInNeedBox, "Under section 47 of the Children Act 1989, where a local authority has reasonable cause to suspect that a child who lives or is found in their area is suffering or is likely to suffer significant harm, it has a duty to make such enquiries as it considers necessary to decide whether to take any action to safeguard or promote the child's welfare.");
    private static readonly Citation Footnote47 = W("footnote 47", "Under section 47 of the Children Act 1989, where a child is the subject of an emergency protection order or is in police protection or there is reasonable cause to suspect that a child who lives, or is found, in their area is suffering or is likely to suffer, significant harm, the local authority must make or cause to be made enquiries to decide if any action must be taken to safeguard or promote the child's welfare.");
    private static readonly Citation ActImmediately = W(ImmediateProtectionBox, "Where there is a risk to the life of a child or a likelihood of serious immediate harm, whether from inside or outside the home, the local authority, the police (including British Transport Police) or NSPCC should use their statutory child protection powers to **act immediately to secure the safety of the child**, as set out in Section 46 of Children Act 1989.");
    private static readonly Citation StrategyWhenever = W(StrategyBox, "Whenever there is reasonable cause to suspect that a child is suffering or is likely to suffer significant harm, there should be a strategy discussion involving local authority children's social care (including the residential or fostering service, if the child is looked after), the police, health, and other bodies such as the referring agency, education, early help, or other practitioners involved in supporting the child.");
    private static readonly Citation Substantiated = W(OutcomeBox, "Where concerns of significant harm are substantiated, and the child is judged to be suffering or likely to suffer significant harm:");
    private static readonly Citation RightToRequest = W(OutcomeBox, "If local authority children's social care decides not to proceed with a child protection conference, then other practitioners involved with the child and family have the right to request that local authority children's social care convene a conference if they have serious concerns that a child's welfare may not be adequately safeguarded.");

    private static readonly string[] ReferralDeterminations =
    {
        "the child requires immediate protection and urgent action is required",
        "the child is in need and should be assessed under section 17 of the Children Act 1989",
        "there is reasonable cause to suspect that the child is suffering or likely to suffer significant harm, and whether enquiries must be made, and the child assessed under section 47 of the Children Act 1989 including where the child is looked after under section 20 or section 31 of the Children Act 1989 or as a result of being remanded in custody",
        "any immediate services are required urgently by the child and family and what type of services",
        "further specialist assessments are required to help the local authority to decide what further action to take",
    };

    /// <summary>DC-06: whether to refer to children's social care.</summary>
    public static DecisionRule Referral { get; } = new(
        "DC-06",
        "Referral to local authority children's social care",
        "Should a referral be made to local authority children's social care?",
        Force.Should,
        AnyOf(
            When("significant-harm-concern", "There is a concern that the child has suffered, is suffering or is likely to suffer significant harm", IsTrue(V.ConcernSignificantHarm), Paragraph164, Paragraph146),
            When("mental-health-admission", "The child has been admitted to a mental health facility", IsTrue(V.AdmittedToMentalHealthFacility), MentalHealth)),
        List(
            Then("anyone with the concern", "make the referral to local authority children's social care", Force.Should, "immediately", new[] { "DL-40" }, new[] { Paragraph164, Paragraph146 }, IsTrue(V.ConcernSignificantHarm)),
            Then("practitioners", "make a referral to local authority children's social care", Force.Should, null, None, new[] { MentalHealth }, IsTrue(V.AdmittedToMentalHealthFacility)),
            Then("the referring practitioner", "include any information they have on the child's developmental needs, the capacity of the parents, carers or family network to meet them, and external factors undermining that capacity; use any Family Help assessment to support the referral (one is not a prerequisite)", Force.Should, null, None,
                new[]
                {
                    W("paragraph 164", "When practitioners refer a child, they should include any information they have on the child's developmental needs, the capacity of the child's parents, carers, or family network to meet those needs and any external factors that may be undermining their capacity to parent."),
                    W("paragraph 164", "A Family Help assessment is not a prerequisite for a referral but where one has been undertaken, it should be used to support the referral."),
                }),
            Otherwise("anyone with concerns about the child's welfare", "consider whether a referral needs to be made to local authority children's social care", Force.Should, new[] { Paragraph164 }, IsTrue(V.WelfareConcern))),
        new[] { Paragraph164, Paragraph146, MentalHealth },
        new[] { DecisionInterpretations.ReferralCoversPastHarm });

    /// <summary>DC-05: the decisions on a referral, within one working day.</summary>
    public static DecisionRule ReferralDecisions { get; } = new(
        "DC-05",
        "Decisions on a referral within one working day",
        "Should the referral be acknowledged and decided on within one working day?",
        Force.Should,
        When("referral-received", "Local authority children's social care has received a referral", IsTrue(V.ReferralReceived), Paragraph167),
        new[]
        {
            Then(SocialCare, "acknowledge receipt to the referrer", Force.Should, "within one working day of the referral being received", new[] { "DL-01" }, new[] { Paragraph167 }),
            Then(Manager, "decide next steps and the type of response required", Force.Should, "within one working day of the referral being received", new[] { "DL-02" }, new[] { Paragraph167 }),
        }
        .Concat(ReferralDeterminations.Select(d => Then(Manager, "determine whether " + d, Force.Should, "within one working day of the referral being received", new[] { "DL-02" }, new[] { WillInclude, W("paragraph 167", d) })))
        .Concat(new[]
        {
            Then(SocialCare, "see the child", Force.Should, "as soon as possible", new[] { "DL-46" },
                new[] { WillInclude, W("paragraph 167", "to see the child as soon as possible if the decision is taken that the referral requires further assessment") },
                IsTrue(V.ReferralNeedsFurtherAssessment)),
        }),
        new[] { Paragraph167, WillInclude },
        NoInterpretation);

    /// <summary>DC-03: child in need (section 17).</summary>
    public static DecisionRule ChildInNeedRule { get; } = new(
        "DC-03",
        "Child in need (section 17 of the Children Act 1989)",
        "Is the child a child in need?",
        Force.Must,
        AnyOf(
            When("unlikely-reasonable-health-or-development", "Without services, the child is unlikely to achieve or maintain a reasonable level of health or development", IsTrue(V.UnlikelyReasonableHealthOrDevelopment), ChildInNeed),
            When("likely-impaired", "Without services, the child's health or development is likely to be significantly or further impaired", IsTrue(V.HealthOrDevelopmentLikelyImpaired), ChildInNeed),
            When("disabled", "The child is disabled", IsTrue(V.Disabled), ChildInNeed)),
        List(
            Then("the local authority", "provide services for the child under its general duty to children in need, assessing the child's needs", Force.Must, null, None,
                new[] { W(ChildrenInNeedBox, "Under the Children Act 1989, local authorities are under a general duty to provide services for children in need for the purposes of safeguarding and promoting their welfare.") }),
            Then("practitioners assessing", "inform every assessment by the views of the child and family, and seek the child's wishes and feelings about the services to be delivered", Force.Must, null, None,
                new[] { W(ChildrenInNeedBox, "Every assessment must be informed by the views of the child as well as the family, and a child's wishes and feelings must be sought regarding the provision of services to be delivered.") })),
        new[] { ChildInNeed },
        new[] { DecisionInterpretations.ChildInNeedLimbs });

    // s47-area-test: footnote 47 as worded puts the area test on the reasonable-cause limb only; section 47(1) on every limb.
    private static Criterion AreaTest(Criterion limb) =>
        ByReading(DecisionInterpretations.Section47AreaTest, limb, "area-test-on-every-limb", AllOf(limb, IsTrue(V.LivesOrFoundInLocalAuthorityArea)));

    /// <summary>DC-04: the section 47 duty.</summary>
    public static DecisionRule Section47 { get; } = new(
        "DC-04",
        "Section 47 enquiries: the local authority's duty",
        "Must the local authority make (or cause to be made) section 47 enquiries?",
        Force.Must,
        AnyOf(
            When("reasonable-cause-in-area", "There is reasonable cause to suspect that a child who lives, or is found, in the area is suffering or is likely to suffer significant harm", AllOf(IsTrue(V.ReasonableCauseToSuspectSignificantHarm), IsTrue(V.LivesOrFoundInLocalAuthorityArea)), Section47Box, Footnote47),
            When("emergency-protection-order", "The child is the subject of an emergency protection order (interpretation s47-area-test)", AreaTest(IsTrue(V.EmergencyProtectionOrder)), Footnote47),
            When("police-protection", "The child is in police protection (interpretation s47-area-test)", AreaTest(IsTrue(V.PoliceProtection)), Footnote47)),
        List(
            Then("the local authority", "make, or cause to be made, the enquiries it considers necessary to decide whether to take any action to safeguard or promote the child's welfare", Force.Must, null, None, new[] { Section47Box, Footnote47 }),
            Then("local authority children's social care", "have a social worker with relevant experience and expert knowledge in frontline child protection practice lead the section 47 enquiries", Force.Should, null, None,
                new[] { W("box 'Strategy discussion' (after paragraph 256)", "The lead practitioner for section 47 enquiries should be a social worker with relevant experience and expert knowledge in frontline child protection practice.") })),
        new[] { Section47Box, Footnote47 },
        new[] { DecisionInterpretations.Section47AreaTest, DecisionInterpretations.Section47Lead });

    /// <summary>DC-09: immediate protection.</summary>
    public static DecisionRule ImmediateProtection { get; } = new(
        "DC-09",
        "Immediate protection",
        "Should the local authority, police or NSPCC act immediately to secure the child's safety?",
        Force.Should,
        AnyOf(
            When("risk-to-life", "There is a risk to the life of the child", IsTrue(V.RiskToLife), ActImmediately),
            When("serious-immediate-harm", "There is a likelihood of serious immediate harm, from inside or outside the home", IsTrue(V.LikelihoodOfSeriousImmediateHarm), ActImmediately)),
        List(
            Then("the local authority, the police (British Transport Police included) or the NSPCC", "use their statutory child protection powers to act immediately to secure the safety of the child", Force.Should, "immediately", new[] { "DL-43" }, new[] { ActImmediately }),
            Then("the local authority", "apply for an Emergency Protection Order, wherever possible and unless the child's safety is otherwise at immediate risk; police powers of removal are for exceptional circumstances only", Force.Must, null, None,
                new[]
                {
                    W(ImmediateProtectionBox, "If it is necessary to remove a child from their home, a local authority must, wherever possible and unless a child's safety is otherwise at immediate risk, apply for an **Emergency Protection Order (EPO)**."),
                    W(ImmediateProtectionBox, "Police powers to remove a child in an emergency should be used only in exceptional circumstances where there is insufficient time to seek an EPO or for reasons relating to the immediate safety of the child."),
                },
                IsTrue(V.RemovalNecessary)),
            Then("the local authority or the police", "consider the needs of other children in the same household or in the household of an alleged perpetrator", Force.Should, null, None,
                new[] { W(ImmediateProtectionBox, "When considering whether emergency action is necessary, the local authority or the police should always consider the needs of other children in the same household or in the household of an alleged perpetrator.") }),
            Then("social workers, the police or the NSPCC", "initiate a strategy discussion about planned emergency action; where a single agency has to act immediately, hold it as soon as possible after the action", Force.Should, "as soon as possible after action has been taken", new[] { "DL-44" },
                new[] { W(ImmediateProtectionBox, "initiate a strategy discussion to discuss planned emergency action. Where a single agency has to act immediately, a strategy discussion should take place as soon as possible after action has been taken") })),
        new[] { ActImmediately },
        NoInterpretation);

    /// <summary>DC-12: when a strategy discussion is required, and its minimum attendees.</summary>
    public static DecisionRule StrategyDiscussion { get; } = new(
        "DC-12",
        "Strategy discussion and its minimum attendees",
        "Should there be a strategy discussion?",
        Force.Should,
        When("reasonable-cause", "There is reasonable cause to suspect that the child is suffering or is likely to suffer significant harm", IsTrue(V.ReasonableCauseToSuspectSignificantHarm), StrategyWhenever),
        List(
            Then("local authority children's social care, with the police, health and other bodies involved", "hold a multi-agency strategy discussion (more than one may be needed; it can take place at any time, including on new information in an open case)", Force.Should, null, None,
                new[] { StrategyWhenever, W(StrategyBox, "This should be a multi-agency meeting. More than one discussion may be necessary.") }),
            Then("the strategy discussion", "involve, as a minimum, a local authority social worker, health practitioners and a police representative, each with expertise, skills and experience in child protection practice", Force.Should, null, None,
                new[] { W(StrategyBox, "A local authority social worker, health practitioners and a police representative should, as a minimum, be involved in the strategy discussion and should have expertise, skills and experience in child protection practice.") })),
        new[] { StrategyWhenever },
        NoInterpretation);

    private static readonly Citation ForTheLocalAuthority = W(StrategyBox, "It is for the local authority to decide whether to make enquiries and the strategy discussion should inform this decision.");
    private static readonly Citation GroundsDecisions = W(StrategyBox, "Where there are grounds to initiate an enquiry under section 47 of the Children Act 1989, decisions should be made as to:");

    /// <summary>DC-13: the decisions to make when there are grounds to initiate section 47 enquiries.</summary>
    public static DecisionRule Section47Initiation { get; } = new(
        "DC-13",
        "Initiating section 47 enquiries: the decisions to make",
        "Should decisions be made on further information, immediate action and legal action?",
        Force.Should,
        When("section-47-grounds", "The local authority, informed by the strategy discussion, has found grounds to initiate section 47 enquiries", IsTrue(V.Section47Grounds), ForTheLocalAuthority, GroundsDecisions),
        List(
            Then("the local authority", "decide what further information is needed if an assessment is already underway, and how it will be obtained and recorded", Force.Should, null, None,
                new[] { GroundsDecisions, W(StrategyBox, "what further information is needed if an assessment is already underway and how it will be obtained and recorded") }),
            Then("the local authority", "decide what immediate and short-term action is required to support the child, and who will do what by when", Force.Should, null, None,
                new[] { GroundsDecisions, W(StrategyBox, "what immediate and short-term action is required to support the child, and who will do what by when") }),
            Then("the local authority", "decide whether legal action is required", Force.Should, null, None,
                new[] { GroundsDecisions, W(StrategyBox, "whether legal action is required") }),
            Then("the local authority", "reach a decision on next steps in the assessment no later than 45 working days from the referral", Force.Should, "within 45 working days of the referral", new[] { "DL-03" },
                new[] { W(StrategyBox, "The timescale for the assessment to reach a decision on next steps should be based upon the needs of the individual child, consistent with the local protocol and no longer than **45 working days** from the point of referral into local authority children's social care.") })),
        new[] { ForTheLocalAuthority, GroundsDecisions },
        NoInterpretation);

    /// <summary>DC-14: the outcome of section 47 enquiries.</summary>
    public static DecisionRule Section47Outcome { get; } = new(
        "DC-14",
        "Outcome of section 47 enquiries: an initial child protection conference when concerns are substantiated",
        "Should an initial child protection conference be convened?",
        Force.Should,
        When("substantiated", "Concerns of significant harm are substantiated and the child is judged to be suffering or likely to suffer significant harm", IsTrue(V.ConcernsSubstantiated), Substantiated),
        List(
            Then(LeadPractitioner, "convene an initial child protection conference", Force.Should, "within 15 working days of the strategy discussion (or the one at which section 47 enquiries were initiated)", new[] { "DL-04" },
                new[] { Substantiated, W(OutcomeBox, "The initial child protection conference should take place within 15 working days of a strategy discussion, or the strategy discussion at which section 47 enquiries were initiated if more than one has been held.") }),
            Otherwise(LeadPractitioner, "discuss the outcome and reasons with the child, parents or carers and other practitioners, record why concerns are not substantiated, and consider the ongoing support the child requires", Force.Should,
                new[]
                {
                    W(OutcomeBox, "discuss the outcome and reasons with the child, parents or carers and other practitioners and be prepared to answer questions openly, and be clear on next steps"),
                    W(OutcomeBox, "record the reasons why concerns are not substantiated"),
                    W("paragraph 252", "Where the decision is taken not to proceed with a section 47 enquiry or child protection plan, or to discharge a child protection plan, the lead practitioner should consider the ongoing support that the child requires"),
                }),
            Otherwise("other practitioners involved with the child and family", "request a conference if they have serious concerns that the child's welfare may not be adequately safeguarded (DC-15)", Force.May, new[] { RightToRequest })),
        new[] { Substantiated },
        NoInterpretation);

    /// <summary>DC-15: other practitioners' right to request a conference.</summary>
    public static DecisionRule RequestConference { get; } = new(
        "DC-15",
        "Other practitioners' right to request a child protection conference",
        "May another practitioner request that children's social care convene a conference?",
        Force.May,
        AllOf(
            When("decided-no-conference", "Children's social care has decided not to proceed with a child protection conference", IsTrue(V.DecidedNoConference), RightToRequest),
            When("serious-concerns", "The practitioner has serious concerns that the child's welfare may not be adequately safeguarded", IsTrue(V.PractitionerSeriousConcerns), RightToRequest)),
        List(
            Then("the practitioner", "request that local authority children's social care convene a conference", Force.May, null, None, new[] { RightToRequest }),
            Then("the safeguarding partners", "have in place, as a last resort, a quick and straightforward means of resolving differences of opinion", Force.Should, null, None,
                new[] { W(OutcomeBox, "As a last resort, the safeguarding partners should have in place a quick and straightforward means of resolving differences of opinion.") })),
        new[] { RightToRequest },
        NoInterpretation);
}
