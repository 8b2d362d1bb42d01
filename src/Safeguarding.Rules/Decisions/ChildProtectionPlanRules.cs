using System.Collections.Generic;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Logic.Criterion;
using static Safeguarding.Rules.Decisions.RuleText;
using V = Safeguarding.Rules.Decisions.Vocabulary;

namespace Safeguarding.Rules.Decisions;

/// <summary>Child protection plans: the core group and reviews, a transfer to another area, and when a plan ends.</summary>
public static class ChildProtectionPlanRules
{
    private const string PlanBox = "box 'The child protection plan' (after paragraph 256)";
    private const string DiscontinuingBox = "box 'Discontinuing the child protection plan' (after paragraph 256)";
    private const string LeadPractitioner = "the lead practitioner";
    private const string ReviewBox = "box 'Child protection review conference' (after paragraph 256)";
    private const string ConferenceBox = "box 'Initial child protection conferences' (after paragraph 256)";
    private const string PreProceedingsBox = "box 'Initiating pre-proceedings' (after paragraph 256)";

    private static readonly Citation NoLongerSubject = W(DiscontinuingBox, "A child should no longer be the subject of a child protection plan if:");
    private static readonly Citation Limb1 = W(DiscontinuingBox, "it is judged that the child is no longer continuing to, or is likely to, suffer significant harm and therefore no longer requires safeguarding by means of a child protection plan");
    private static readonly Citation Limb2 = W(DiscontinuingBox, "the child and family have moved permanently to another local authority area. In such cases, the receiving local authority should convene a child protection conference within 15 working days of being notified of the move. Only after this event may the original local authority discontinue its child protection");
    private static readonly Citation Limb3 = W(DiscontinuingBox, "the child has reached the age of 18 years (to end the child protection plan, the local authority should have a review around the child's birthday, and this should be planned in advance), has died, or has permanently left the United Kingdom");
    private static readonly Citation CoreGroupMeets = W(PlanBox, "meet within 10 working days from the initial child protection conference if the child is the subject of a child protection plan");

    private static readonly Condition SubjectOfPlan = When("subject-of-plan", "The child is the subject of a child protection plan", IsTrue(V.SubjectOfPlan), CoreGroupMeets, NoLongerSubject);
    private static readonly Condition MovedPermanently = When("moved-permanently", "The child and family have moved permanently to another local authority area", IsTrue(V.MovedPermanently), Limb2);

    private static readonly Consequence TransferConference = new(
        Outcome.Yes,
        "the receiving local authority",
        "convene a child protection conference; only after it may the original local authority discontinue its child protection plan",
        Force.Should,
        "within 15 working days of being notified of the move",
        new[] { "DL-08" },
        new[] { Limb2 });

    // receiving-conference-held: "only after this event" is the conference held by default, or called under conference-called.
    private static readonly Criterion ReceivingConference =
        ByReading(DecisionInterpretations.ReceivingConferenceHeld, IsTrue(V.ReceivingConferenceHeld), "conference-called", IsTrue(V.ReceivingConferenceConvened));

    /// <summary>DC-20: when a child protection plan ends.</summary>
    public static DecisionRule PlanEnds { get; } = new(
        "DC-20",
        "When a child protection plan ends",
        "Should the child no longer be the subject of a child protection plan?",
        Force.Should,
        AllOf(
            SubjectOfPlan,
            AnyOf(
                When("no-longer-at-risk", "It is judged that the child is no longer suffering, or likely to suffer, significant harm (interpretation plan-ends-when-no-longer-at-risk)", IsTrue(V.NoLongerAtRiskOfSignificantHarm), Limb1),
                When("moved-and-receiving-conference-held", "A permanent move to another area, and the receiving authority's conference has taken place (interpretation receiving-conference-held)", AllOf(MovedPermanently, ReceivingConference), Limb2),
                When("reached-18", "The child has reached the age of 18", AtLeast(V.Age, 18), Limb3),
                When("died", "The child has died", IsTrue(V.Died), Limb3),
                When("left-uk", "The child has permanently left the United Kingdom", IsTrue(V.LeftUnitedKingdomPermanently), Limb3))),
        List(
            Then("lead practitioners", "notify, as a minimum, all agency representatives who were invited to the initial child protection conference that led to the plan; seek input on the decision from other core group members; consider whether support services are still required", Force.Should, null, None,
                new[]
                {
                    W(DiscontinuingBox, "notify, as a minimum, all agency representatives who were invited to attend the initial child protection conference that led to the plan"),
                    W(DiscontinuingBox, "seek input on the decision to discontinue from other core group members and ensure that all practitioners who are involved in supporting the child and parents or carers are notified"),
                }),
            Then("the local authority", "have a review around the child's 18th birthday, planned in advance, to end the plan", Force.Should, null, None, new[] { Limb3 }, AtLeast(V.Age, 18)),
            new Consequence(Outcome.No, "the local authority", "plan in advance a review around the child's 18th birthday, at which the plan ends", Force.Should, "in advance of the 18th birthday", new[] { "DL-60" }, new[] { Limb3 }, AtLeast(V.Age, 17)),
            Then("the original local authority", "discontinue only its own child protection plan; whether the child is the subject of a plan in the new area is for the receiving authority's conference", Force.May, null, None, new[] { Limb2 },
                AllOf(IsTrue(V.MovedPermanently), ReceivingConference)),
            new Consequence(Outcome.No, "the receiving local authority", "convene a child protection conference; the original local authority keeps the plan until then", Force.Should, "within 15 working days of being notified of the move", new[] { "DL-08" }, new[] { Limb2 },
                AllOf(IsTrue(V.MovedPermanently), Negation(ReceivingConference)))),
        new[] { NoLongerSubject, Limb1, Limb2, Limb3 },
        new[] { DecisionInterpretations.NoLongerAtRisk, DecisionInterpretations.ReceivingConferenceHeld });

    /// <summary>DC-20a: the core group and the reviews when a child is the subject of a plan.</summary>
    public static DecisionRule CoreGroup { get; } = new(
        "DC-20a",
        "Core group meeting and reviews of a child protection plan",
        "Should the core group meet, and the plan be reviewed, on the timescales for a child protection plan?",
        Force.Should,
        SubjectOfPlan,
        List(
            Then("the core group", "meet", Force.Should, "within 10 working days from the initial child protection conference", new[] { "DL-05" }, new[] { CoreGroupMeets }),
            Then("the lead practitioner", "hold the first review, then further reviews, for as long as the child remains the subject of the plan", Force.Should, "the first within three months of the initial conference; then at intervals of no more than six months", new[] { "DL-06", "DL-07" },
                new[] { W(PlanBox, "The first review should be held within three months of the initial conference and further reviews at intervals of no more than six months for as long as the child remains subject of a child protection plan") })),
        new[] { CoreGroupMeets },
        NoInterpretation);

    /// <summary>DC-20b: the transfer-in conference after a permanent move.</summary>
    public static DecisionRule TransferIn { get; } = new(
        "DC-20b",
        "Transfer-in conference after a permanent move to another area",
        "Should the receiving local authority convene a child protection conference?",
        Force.Should,
        AllOf(SubjectOfPlan, MovedPermanently),
        List(TransferConference),
        new[] { Limb2 },
        new[] { DecisionInterpretations.ReceivingConferenceHeld });

    private static readonly Citation ReviewPurposeHarm = W(ReviewBox, "To review whether the child is continuing to suffer or is likely to suffer significant harm and review developmental progress against child protection plan outcomes.");
    private static readonly Citation ReviewPurposePlan = W(ReviewBox, "To consider whether the child protection plan should continue or should be changed.");

    // The source text breaks off mid-word ("significant ha"); the quote keeps the text as published.
    private static readonly Citation ReviewProceedings = W(ReviewBox, "decide whether to initiate family court proceedings (all the children in the household should be considered, even if concerns are only expressed about one child) if the child is considered to be suffering significant ha");

    /// <summary>DC-21: the decisions a child protection review conference makes.</summary>
    public static DecisionRule ReviewConference { get; } = new(
        "DC-21",
        "Child protection review conference: the decisions it makes",
        "Should the review conference decide on the harm, the plan and family court proceedings?",
        Force.Should,
        When("review-conference-due", "A child protection review conference for the child is being prepared or held", IsTrue(V.ReviewConferenceDue), ReviewPurposeHarm, ReviewPurposePlan),
        List(
            Then("the review conference", "review whether the child is continuing to suffer or is likely to suffer significant harm, and the child's developmental progress against the plan's outcomes", Force.Should, null, None, new[] { ReviewPurposeHarm }),
            Then("the review conference", "consider whether the child protection plan should continue or be changed", Force.Should, null, None, new[] { ReviewPurposePlan }),
            Then("the review conference", "follow the same procedures for preparation and decision-making as an initial child protection conference", Force.Should, null, None,
                new[] { W(ReviewBox, "The review conference procedures for preparation, decision-making and other procedures should be the same as those for an initial child protection conference.") }),
            Then(LeadPractitioner, "decide whether to initiate family court proceedings, considering all the children in the household", Force.Should, null, None, new[] { ReviewProceedings }, IsTrue(V.ConsideredSufferingSignificantHarm))),
        new[] { ReviewPurposeHarm, ReviewPurposePlan },
        NoInterpretation);

    private static readonly Citation PreProceedingsDeemed = W(PreProceedingsBox, "Once the child protection process has been carried out, it may be deemed by the local authority that there is still not sufficient protection of the child by the parents and that the ‘threshold’¹³⁰ for care proceedings has been met in principle.");
    private static readonly Citation PreProceedingsDetermine = W(PreProceedingsBox, "In this instance, the local authority should determine whether to initiate pre-proceedings and follow the ‘Court orders and pre-proceedings guidance for local authorities’¹³¹.");

    /// <summary>DC-22: whether to initiate pre-proceedings.</summary>
    public static DecisionRule PreProceedings { get; } = new(
        "DC-22",
        "Pre-proceedings after the child protection process",
        "Should the local authority determine whether to initiate pre-proceedings?",
        Force.Should,
        AllOf(
            When("process-carried-out", "The child protection process has been carried out", IsTrue(V.ChildProtectionProcessCarriedOut), PreProceedingsDeemed),
            When("protection-insufficient", "The local authority deems that there is still not sufficient protection of the child by the parents", IsTrue(V.ProtectionByParentsInsufficient), PreProceedingsDeemed),
            When("threshold-met", "The local authority deems the threshold for care proceedings met in principle", IsTrue(V.CareProceedingsThresholdMet), PreProceedingsDeemed)),
        List(
            Then("the local authority", "determine whether to initiate pre-proceedings, following the 'Court orders and pre-proceedings guidance for local authorities'", Force.Should, null, None, new[] { PreProceedingsDetermine }),
            Then("the local authority", "during pre-proceedings, offer family group decision-making, such as a family group conference, to explore placements within the family network and clarify the realistic options for the child", Force.Should, null, None,
                new[] { W(PreProceedingsBox, "During this period, the local authority should offer family group decision-making, such as family group conferences, to continue to explore potential placements within the family network and to clarify the realistic options available for the child.") }),
            Otherwise("the local authority", "where it considers the threshold for care proceedings met, it can initiate proceedings at any stage; pre-proceedings are not a precondition", Force.May,
                new[] { W(PreProceedingsBox, "Whilst pre-proceedings may be initiated at this final stage as per flow chart 6, where the local authority considers the “threshold” for care proceedings to be met, proceedings can be initiated at any stage.") },
                IsTrue(V.CareProceedingsThresholdMet))),
        new[] { PreProceedingsDeemed, PreProceedingsDetermine },
        NoInterpretation);

    private static readonly Citation ChairQualities = W(ConferenceBox, "should be a practitioner with relevant skills, in-depth knowledge and experience in frontline child protection activity, independent of operational and/or line management responsibilities for supporting the child. This can be the lead practitioner for protective action for that child");

    /// <summary>DC-78: who may chair a child protection conference.</summary>
    public static DecisionRule ConferenceChair { get; } = new(
        "DC-78",
        "Who may chair a child protection conference",
        "Does the proposed chair meet the guidance's description of a conference chair?",
        Force.Should,
        AllOf(
            When("frontline-experience", "The proposed chair is a practitioner with relevant skills, in-depth knowledge and experience in frontline child protection activity", IsTrue(V.ChairHasFrontlineExperience), ChairQualities),
            When("independent", "The proposed chair is independent of operational and line management responsibilities for supporting the child, or (interpretation conference-chair-independence) is the lead practitioner for protective action",
                ByReading(DecisionInterpretations.ChairIndependence, AnyOf(IsTrue(V.ChairIndependent), IsTrue(V.ChairIsLeadForProtectiveAction)), "independence-required", IsTrue(V.ChairIndependent)),
                ChairQualities)),
        List(
            Then("the conference chair", "be accountable to the Director of Children's Services; where possible, chair the subsequent child protection reviews", Force.Should, null, None,
                new[] { W(ConferenceBox, "is accountable to the Director of Children's Services and where possible the same person should chair subsequent child protection reviews") }),
            Then("the conference chair", "meet the child and parents or carers in advance so that they understand the issues, the purpose, the process and the possible outcomes of the conference", Force.Should, null, None,
                new[] { W(ConferenceBox, "should meet the child and parents or carers in advance to ensure they understand the issues, the purpose, the process, and possible outcomes of the conference") })),
        new[] { ChairQualities },
        new[] { DecisionInterpretations.ChairIndependence });
}
