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
}
