using System.Collections.Generic;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Logic.Criterion;
using static Safeguarding.Rules.Decisions.RuleText;
using V = Safeguarding.Rules.Decisions.Vocabulary;

namespace Safeguarding.Rules.Decisions;

/// <summary>Serious child safeguarding incidents (chapter 5): notification, its category, deaths of looked after children and care leavers, and the reviews that follow.</summary>
public static class SeriousIncidentRules
{
    private const string Section16C = "section 16C(1) Children Act 2004 (quoted before paragraph 363)";
    private const string Partners = "the safeguarding partners";
    private const string TheLocalAuthority = "the local authority";

    private static readonly Citation Lead = W(Section16C, "Where a local authority in England knows or suspects that a child has been abused or neglected, the local authority must notify the Child Safeguarding Practice Review Panel if:");
    private static readonly Citation LimbA = W(Section16C, "(a) the child dies or is seriously harmed in the local authority's area");
    private static readonly Citation LimbB = W(Section16C, "(b) while normally resident in the local authority's area, the child dies or is seriously harmed outside England");
    private static readonly Citation ChildDefinition = W("Introduction", "In this guidance, a child is defined as anyone who has not yet reached their 18th birthday.");
    private static readonly Citation Category = W("paragraph 375", "All incidents meeting the criteria should be notified as “serious harm” or “death”, unless there is clear rationale for notifying as “other”.");
    private static readonly Citation Suicide = W("paragraph 375", "A notification relating to a child who has died by suicide should be made where abuse or neglect is a factor and should be notified as a child ‘death’.");
    private static readonly Citation LocalLearning = W("paragraph 378", "Where safeguarding partners have determined the criteria for serious incident notification has not been met, they may choose to undertake their own local learning reviews outside of the formal review process.");
    private static readonly Citation OnlyNotified = W("paragraph 378", "However, only incidents that have been notified as a serious incident through the Child Safeguarding Incident System shall be subject to the procedures followed in this guidance and overseen by the Panel.");
    private static readonly Citation NotAnLcspr = W("paragraph 384", "However, any such review should not be referred to as an LCSPR or submitted to the Panel²⁰².");

    private static readonly Citation Paragraph381 = W("paragraph 381", "The local authority must also notify the Secretary of State for Education, and Ofsted of the death of a looked after child, regardless of whether or not abuse or neglect occurred via the Child Safeguarding Incident Notification System.");

    private static readonly Citation Paragraph382 = W("paragraph 382", "The local authority should also notify the Secretary of State for Education and Ofsted of the death of a care leaver up to and including the age of 24 via the Child Safeguarding Incident Notification System²⁰¹.");
    private static readonly Citation Paragraph377Start = W("paragraph 377", "Safeguarding partners may identify young adults over the age of 18 who have experienced serious harm, abuse or neglect in childhood that was not known or reported at");
    private static readonly Citation Paragraph377End = W("paragraph 377", "the time but meets the criteria for notification.");
    private static readonly Citation Paragraph377Advice = W("paragraph 377", "In these circumstances, safeguarding partners should take into account the time that has elapsed since the harm occurred, the opportunities for learning and whether the learning principally relates to adult or children's services. Partners should consult with the Panel for advice before submitting a notification.");
    private static readonly Citation Paragraph393Share = W("paragraph 393", "They should also share with the panel their decision about whether a local child safeguarding practice review is appropriate (see below), or whether they think the case may raise issues that are complex or of national importance such that they consider a national review may be appropriate.");
    private static readonly Citation Paragraph395Criteria = W("paragraph 395", "The criteria safeguarding partners must take into account include whether the case²⁰³:");
    private static readonly Citation Paragraph395Record = W("paragraph 395", "Decisions and the rationale should be recorded appropriately including being communicated to families.");
    private static readonly Citation Paragraph412Decide = W("paragraph 412", "On receipt of the information from the rapid review, the panel must decide whether it is appropriate to commission a national review of a case or cases. The panel only considers national reviews of notified serious incidents. The final decision on whether to conduct a national review is taken by the panel.");

    private static readonly Consequence RapidReviewPromptly = Then(
        Partners,
        "undertake a rapid review of the case, in line with any guidance published by the Panel",
        Force.Should,
        "promptly once the notification has been made",
        new[] { "DL-47" },
        new[] { W("paragraph 392", "Once the notification has been made, the safeguarding partners should promptly undertake a rapid review of the case, in line with any guidance published by the panel.") });

    private static readonly Consequence RapidReviewSubmission = Then(
        Partners,
        "submit the rapid review to the Panel only",
        Force.NonStatutory,
        "within 15 working days of the notification",
        new[] { "DL-14" },
        new[]
        {
            W("paragraph 385", "Rapid review – submitted to Panel only and within 15 working days of notification."),
            W(Timescales.TimescaleInterpretations.SummaryBox, "Rapid reviews should be submitted to the panel within 15 working days of the serious incident notification. This is a non-statutory requirement and more details can be found in the panel's practice guidance²¹⁵."),
        });

    private static readonly Consequence NotifyWithinFiveWorkingDays = Then(
        "the local authority",
        "submit the notification",
        Force.Should,
        "within five working days of the safeguarding partners becoming aware of the incident (the duty to notify remains if this is missed)",
        new[] { "DL-13" },
        new[]
        {
            W("paragraph 372", "Notifications are to be submitted within five working days of safeguarding partners becoming aware of the incident."),
            W(Timescales.TimescaleInterpretations.SummaryBox, "Notifications should be sent within five working days of the local authority becoming aware of the incident."),
        });

    private static readonly Condition ChildAtTheTime = When("child", "The child was a child (under 18) when they died or were harmed", LessThan(V.AgeAtDeathOrHarm, 18), Lead, ChildDefinition);

    /// <summary>DC-37: what serious harm is.</summary>
    public static DecisionRule SeriousHarm { get; } = new(
        "DC-37",
        "Serious harm (for the notification test)",
        "Has the child been seriously harmed?",
        Force.Descriptive,
        AnyOf(
            When("listed-impairment", "Serious and/or long-term impairment of mental health or intellectual, emotional, social or behavioural development; likely long-term impairment counts; recovery does not undo it", IsTrue(V.SeriousOrLongTermImpairment),
                W("paragraph 367", "Serious harm includes (but is not limited to) serious and/or long-term impairment of a child's mental health or intellectual, emotional, social, or behavioural development."),
                W("paragraph 367", "When making decisions, judgement should be exercised in cases where impairment is likely to be long-term, even if this is not immediately certain."),
                W("paragraph 367", "Even if a child recovers, including from a one-off incident, serious harm may still have occurred.")),
            When("other-serious-harm", "Serious harm of another kind (the list is not exhaustive)", IsTrue(V.OtherSeriousHarm), W("paragraph 367", "This is not an exhaustive list."))),
        List(
            Then("local authorities and " + Partners, "refer to the Panel's guidance for further clarity on the criteria for serious child safeguarding cases", Force.Should, null, None,
                new[] { W("paragraph 367", "Local authorities and safeguarding partners should refer to the panel's guidance¹⁹⁹ for further clarity on issues relating to the criteria for serious child safeguarding cases.") })),
        new[] { W("paragraph 367", "Serious harm includes (but is not limited to) serious and/or long-term impairment of a child's mental health or intellectual, emotional, social, or behavioural development.") },
        new[] { DecisionInterpretations.SeriousHarmIsAJudgement });

    /// <summary>DC-36: the section 16C notification test.</summary>
    public static DecisionRule Notification { get; } = new(
        "DC-36",
        "Serious incident notification to the Child Safeguarding Practice Review Panel (section 16C)",
        "Must the local authority notify the Child Safeguarding Practice Review Panel?",
        Force.Must,
        AllOf(
            When("la-in-england", "The local authority is a local authority in England", IsTrue(V.LocalAuthorityInEngland), Lead),
            When("abuse-or-neglect", "The local authority knows or suspects that the child has been abused or neglected", IsTrue(V.AbuseOrNeglectKnownOrSuspected), Lead),
            ChildAtTheTime,
            When("died-or-seriously-harmed", "The child has died or been seriously harmed (DC-37)", AnyOf(IsTrue(V.Died), SeriousHarm.Requirement), LimbA, LimbB),
            AnyOf(
                When("limb-a", "The child died or was seriously harmed in the local authority's area", IsTrue(V.InLocalAuthorityArea), LimbA),
                When("limb-b", "While normally resident in the local authority's area, the child died or was seriously harmed outside England", AllOf(IsTrue(V.NormallyResidentInLocalAuthorityArea), IsTrue(V.OutsideEngland)), LimbB))),
        List(
            Then(
                "the local authority where the incident occurred, on behalf of all three safeguarding partners (for an incident outside England, the local authority of normal residence)",
                "notify the Panel via the Child Safeguarding Incident Notification System; one notification per incident, whatever the number of children",
                Force.Must,
                null,
                None,
                new[] { W("paragraph 372", "The local authority where the incident occurred, on behalf of all three safeguarding partners, must notify the Panel of any incident that meets the criteria set out above via the Child Safeguarding Incident Notification System²⁰⁰.") }),
            NotifyWithinFiveWorkingDays,
            Then(Partners, "notify the incident as a “death” (a death by suicide where abuse or neglect is a factor included; DC-38)", Force.Should, null, None, new[] { Category, Suicide }, IsTrue(V.Died)),
            Then(Partners, "notify the incident as “serious harm”, unless there is a clear rationale for “other” (DC-38)", Force.Should, null, None, new[] { Category }, IsFalse(V.Died)),
            Then(Partners, "still notify, using the limited information known at the time, though the identity of a child involved is not yet known", Force.Should, "without delay", new[] { "DL-45" },
                new[] { W("paragraph 374", "Incidents where the identity of the child or children involved are not yet known should still be notified without delay using the limited information known at the time.") },
                IsFalse(V.ChildIdentityKnown)),
            Then(Partners, "consider whether the incident also poses a wider risk to other children", Force.Should, null, None,
                new[] { W("paragraph 376", "When making notifications and throughout the learning process, safeguarding partners should consider whether the incident that meets the criteria also poses a wider risk to other children.") }),
            RapidReviewPromptly,
            RapidReviewSubmission,
            Otherwise(Partners, "choose to undertake their own local learning review outside the formal review process (DC-48); it is not overseen by the Panel", Force.May, new[] { LocalLearning, OnlyNotified })),
        new[] { Lead, LimbA, LimbB },
        new[] { DecisionInterpretations.OutsideEnglandNotifier, DecisionInterpretations.SeriousHarmIsAJudgement });

    /// <summary>DC-38: the notification category.</summary>
    public static DecisionRule NotificationCategory { get; } = new(
        "DC-38",
        "Notification category: “death” or “serious harm”; “other” only with a clear rationale",
        "May the incident be notified as “other”?",
        Force.Should,
        AllOf(
            When("meets-criteria", "The incident meets the section 16C criteria (DC-36)", Notification.Requirement, Lead, Category),
            When("clear-rationale", "There is a clear rationale for notifying as “other”", IsTrue(V.ClearRationaleForOther), Category),
            When("not-a-suicide", "The child did not die by suicide (a suicide where abuse or neglect is a factor is notified as a “death”)", AnyOf(IsFalse(V.Died), IsFalse(V.DiedBySuicide)), Suicide)),
        List(
            Then(Partners, "notify the incident as “other”, recording the clear rationale", Force.May, null, None, new[] { Category }),
            Otherwise(Partners, "notify the incident as a “death”", Force.Should, new[] { Category, Suicide }, AllOf(Notification.Requirement, IsTrue(V.Died))),
            Otherwise(Partners, "notify the incident as “serious harm”", Force.Should, new[] { Category }, AllOf(Notification.Requirement, IsFalse(V.Died)))),
        new[] { Category, Suicide },
        NoInterpretation);

    /// <summary>DC-39: the death of a looked after child.</summary>
    public static DecisionRule LookedAfterChildDeath { get; } = new(
        "DC-39",
        "Death of a looked after child: notify the Secretary of State and Ofsted",
        "Must the local authority notify the Secretary of State for Education and Ofsted of a looked after child's death?",
        Force.Must,
        AllOf(
            When("looked-after", "The child was looked after", IsTrue(V.LookedAfter), Paragraph381),
            When("died", "The child has died (from any cause)", IsTrue(V.Died), Paragraph381)),
        List(
            Then(TheLocalAuthority, "notify the Secretary of State for Education and Ofsted via the Child Safeguarding Incident Notification System, whether or not abuse or neglect occurred (the Panel notification is a separate test: DC-36)", Force.Must, null, None,
                new[] { Paragraph381 })),
        new[] { Paragraph381 },
        NoInterpretation);

    /// <summary>DC-40: the death of a care leaver.</summary>
    public static DecisionRule CareLeaverDeath { get; } = new(
        "DC-40",
        "Death of a care leaver: notify the Secretary of State and Ofsted; when the serious incident process applies",
        "Should the local authority notify the Secretary of State for Education and Ofsted of a care leaver's death?",
        Force.Should,
        AllOf(
            When("care-leaver", "The young person was a care leaver", IsTrue(V.CareLeaver), Paragraph382),
            When("died", "The care leaver has died", IsTrue(V.Died), Paragraph382),
            When("aged-24-or-under", "The care leaver was aged 24 or under at death (interpretation care-leaver-death-age-limit)", ByReading(DecisionInterpretations.CareLeaverDeathAgeLimit, AtMost(V.AgeAtDeathOrHarm, 24), "no-upper-age", Always("any age (reading care-leaver-death-age-limit=no-upper-age)")), Paragraph382)),
        List(
            Then(TheLocalAuthority, "notify the Secretary of State for Education and Ofsted via the Child Safeguarding Incident Notification System", Force.Should, null, None, new[] { Paragraph382 }),
            Then(TheLocalAuthority, "make the notification for a care leaver aged 18 or over; a rapid review or local child safeguarding practice review is not required", Force.Should, null, None,
                new[] { W("paragraph 384", "Notifications should be made for the death of all care leavers aged 18 and above."), W("paragraph 384", "A rapid review or local child safeguarding practice review is not required.") },
                AtLeast(V.AgeAtDeathOrHarm, 18)),
            Then(TheLocalAuthority, "make a notification for the death of a care leaver (under 18, abuse or neglect not a contributing factor); a rapid review or local child safeguarding practice review is not required (DC-36 is still tested on its own facts)", Force.Should, null, None,
                new[] { W("paragraph 383", "Where abuse or neglect was not a contributing factor in their death, a notification for the death of a care leaver should be made."), W("paragraph 383", "A rapid review or local child safeguarding practice review is not required.") },
                AllOf(LessThan(V.AgeAtDeathOrHarm, 18), IsFalse(V.AbuseOrNeglectContributed))),
            Then(TheLocalAuthority, "make a children's serious incident notification (under 18, abuse or neglect a contributing factor)", Force.Must, null, None,
                new[] { W("paragraph 383", "Where abuse or neglect was a contributing factor in their death, a children's serious incident notification must be made and the full learning process, set out below, should be followed.") },
                AllOf(LessThan(V.AgeAtDeathOrHarm, 18), IsTrue(V.AbuseOrNeglectContributed))),
            new Consequence(Outcome.Yes, NotifyWithinFiveWorkingDays.Actor, NotifyWithinFiveWorkingDays.Action, NotifyWithinFiveWorkingDays.Force, NotifyWithinFiveWorkingDays.Timing, NotifyWithinFiveWorkingDays.TimescaleRuleIds, NotifyWithinFiveWorkingDays.Citations,
                AllOf(LessThan(V.AgeAtDeathOrHarm, 18), IsTrue(V.AbuseOrNeglectContributed))),
            Then(Partners, "follow the full learning process (a rapid review promptly, submitted within 15 working days as a non-statutory requirement; an LCSPR where appropriate)", Force.Should, null, new[] { "DL-47", "DL-14" },
                new[] { W("paragraph 383", "Where abuse or neglect was a contributing factor in their death, a children's serious incident notification must be made and the full learning process, set out below, should be followed.") },
                AllOf(LessThan(V.AgeAtDeathOrHarm, 18), IsTrue(V.AbuseOrNeglectContributed))),
            Then(Partners, "undertake their own local learning review outside the formal review process if they think learning can be gained; it is not an LCSPR and is not submitted to the Panel", Force.May, null, None,
                new[] { NotAnLcspr },
                AnyOf(AtLeast(V.AgeAtDeathOrHarm, 18), IsFalse(V.AbuseOrNeglectContributed)))),
        new[] { Paragraph382 },
        new[] { DecisionInterpretations.CareLeaverDeathAgeLimit, DecisionInterpretations.CareLeaverRouteKeepsSection16C });

    /// <summary>DC-47: young adults harmed in childhood.</summary>
    public static DecisionRule YoungAdultHarmedInChildhood { get; } = new(
        "DC-47",
        "Young adults harmed in childhood: consult the Panel before notifying",
        "Should the safeguarding partners consult the Panel before notifying harm suffered in childhood by a young adult?",
        Force.Should,
        AllOf(
            When("now-over-18", "The person is now a young adult over the age of 18", IsTrue(V.NowOver18), Paragraph377Start),
            When("not-known-at-the-time", "The serious harm, abuse or neglect in childhood was not known or reported at the time", IsTrue(V.HarmNotKnownAtTheTime), Paragraph377Start, Paragraph377End),
            When("meets-criteria", "The harm in childhood meets the criteria for notification (DC-36, with age the age at the harm)", Notification.Requirement, Paragraph377End)),
        List(
            Then(Partners, "take into account the time that has elapsed since the harm occurred, the opportunities for learning and whether the learning principally relates to adult or children's services", Force.Should, null, None, new[] { Paragraph377Advice }),
            Then(Partners, "consult the Panel for advice before submitting a notification", Force.Should, "before submitting a notification", None, new[] { Paragraph377Advice })),
        new[] { Paragraph377Start, Paragraph377End, Paragraph377Advice },
        NoInterpretation);

    /// <summary>DC-48: local learning reviews outside the formal process.</summary>
    public static DecisionRule LocalLearningReview { get; } = new(
        "DC-48",
        "Local learning reviews outside the formal review process",
        "May the safeguarding partners undertake their own local learning review outside the formal process?",
        Force.May,
        When("criteria-not-met", "The safeguarding partners have determined that the criteria for serious incident notification (DC-36) are not met", Negation(Notification.Requirement), LocalLearning),
        List(
            Then(Partners, "choose to undertake their own local learning review (for example to learn from good or poor practice, or from a near miss); it is not subject to the procedures overseen by the Panel", Force.May, null, None, new[] { LocalLearning, OnlyNotified })),
        new[] { LocalLearning },
        NoInterpretation);

    /// <summary>DC-52: the rapid review and who must be told of its decisions (paragraphs 392 to 394).</summary>
    public static DecisionRule RapidReviewDecision { get; } = new(
        "DC-52",
        "The rapid review, the LCSPR decision and who must be told",
        "Should the safeguarding partners undertake a rapid review?",
        Force.Should,
        When("notified", "A serious incident notification has been made", IsTrue(V.SeriousIncidentNotified), W("paragraph 392", "Once the notification has been made, the safeguarding partners should promptly undertake a rapid review of the case, in line with any guidance published by the panel.")),
        List(
            RapidReviewPromptly,
            RapidReviewSubmission,
            Then(Partners, "decide what steps to take next, including whether to undertake a local child safeguarding practice review, and share with the Panel their decision on whether an LCSPR is appropriate", Force.Should, null, None, new[] { Paragraph393Share }),
            Then(Partners, "tell the Panel they think the case may raise issues that are complex or of national importance, such that a national review may be appropriate (also if new information comes to light during an LCSPR)", Force.Should, null, None,
                new[] { Paragraph393Share, W("paragraph 393", "They may also do this if, during a local child safeguarding practice review, new information comes to light suggesting that a national review may be appropriate.") },
                IsTrue(V.ComplexOrNationalImportance)),
            Then(Partners, "inform the Panel, Ofsted and DfE that an LCSPR will be carried out, with the name of the reviewer commissioned; complete the LCSPR within six months of the decision to initiate it", Force.Should, "as soon as they have determined it; the review within 6 months of the decision", new[] { "DL-48", "DL-15" },
                new[]
                {
                    W("paragraph 393", "As soon as they have determined that a local child safeguarding practice review will be carried out, they should inform the panel, Ofsted and DfE, providing the name of the reviewer they have commissioned."),
                    W("paragraph 385", "Local Child Safeguarding Practice Review (if deemed appropriate) should be completed within 6 months from the date of the decision to initiate the review."),
                },
                IsTrue(V.LcsprDecided))),
        new[] { W("paragraph 392", "Once the notification has been made, the safeguarding partners should promptly undertake a rapid review of the case, in line with any guidance published by the panel.") },
        NoInterpretation);

    /// <summary>DC-53: the criteria partners must take into account in deciding on an LCSPR.</summary>
    public static DecisionRule LcsprCriteria { get; } = new(
        "DC-53",
        "Local child safeguarding practice review (LCSPR): the criteria partners must take into account",
        "Does the case meet any of the criteria the safeguarding partners must take into account in deciding on an LCSPR?",
        Force.Must,
        AnyOf(
            When("improvements", "The case highlights or may highlight improvements needed, including previously identified ones", IsTrue(V.HighlightsImprovements), W("paragraph 395", "highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified")),
            When("recurrent-themes", "The case highlights or may highlight recurrent themes", IsTrue(V.HighlightsRecurrentThemes), W("paragraph 395", "highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children")),
            When("agencies-working-together", "The case highlights or may highlight concerns about two or more organisations or agencies working together", IsTrue(V.HighlightsAgenciesWorkingTogether), W("paragraph 395", "highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children")),
            When("panel-concluded-local-review", "The Panel has considered the case and concluded a local review may be more appropriate", IsTrue(V.PanelConcludedLocalReview), W("paragraph 395", "is one the panel has considered and has concluded a local review may be more appropriate"))),
        List(
            Then(Partners, "take the criteria met into account in deciding, collaboratively and transparently, whether to undertake an LCSPR; there is no automatic LCSPR", Force.Must, null, None,
                new[] { Paragraph395Criteria, W("paragraph 395", "There is no expectation that an LCSPR will automatically be carried out following a rapid review.") }),
            Then(Partners, "record the decision and its rationale, and communicate them to families", Force.Should, null, None, new[] { Paragraph395Record }),
            Otherwise(Partners, "still decide whether an LCSPR is appropriate (the listed criteria are not exhaustive), recording the decision and rationale and communicating them to families", Force.Should, new[] { Paragraph395Criteria, Paragraph395Record })),
        new[] { Paragraph395Criteria },
        new[] { DecisionInterpretations.ReviewCriteriaAreFactors });

    /// <summary>DC-55: when a national review may be appropriate.</summary>
    public static DecisionRule NationalReviewCriteria { get; } = new(
        "DC-55",
        "National review: the criteria the Panel must take into account",
        "Does a notified case meet any of the criteria the Panel must take into account in deciding on a national review?",
        Force.Must,
        AllOf(
            When("notified", "The incident was notified as a serious incident (the Panel only considers national reviews of notified serious incidents)", IsTrue(V.SeriousIncidentNotified), Paragraph412Decide),
            AnyOf(
                When("improvements", "The case highlights or may highlight improvements needed, including previously identified ones", IsTrue(V.HighlightsImprovements), W("paragraph 412", "highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified")),
                When("legislative-change", "The case raises or may raise issues requiring legislative change or changes to guidance", IsTrue(V.RaisesLegislativeIssues), W("paragraph 412", "raises or may raise issues requiring legislative change or changes to guidance issued under or further to any enactment")),
                When("recurrent-themes", "The case highlights or may highlight recurrent themes", IsTrue(V.HighlightsRecurrentThemes), W("paragraph 412", "highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children")))),
        List(
            Then("the Panel", "take the criteria met into account, with the circumstances it should have regard to, in deciding whether to commission a national review; the final decision is the Panel's", Force.Must, null, None, new[] { Paragraph412Decide, W("paragraph 412", "The criteria the panel must take into account include whether the case²¹¹:") }),
            Then("the Panel", "notify the Secretary of State if it decides to carry out a national review; complete the review within six months of the decision to initiate it", Force.Should, "the review within six months of the decision", new[] { "DL-18" },
                new[] { W("paragraph 416", "The panel should notify the Secretary of State if it decides to carry out a national review."), W("paragraph 427", "Reports should be completed and published within six months of the date of the decision to initiate a review") }),
            Otherwise("the Panel", "still decide whether a national review is appropriate: the listed criteria are not exhaustive, and the Panel may consider any other criteria it considers appropriate", Force.May,
                new[] { W("paragraph 413", "The panel may also consider any other criteria it considers appropriate to identify whether a serious child safeguarding case raises issues that are complex or of national importance.") },
                IsTrue(V.SeriousIncidentNotified))),
        new[] { Paragraph412Decide },
        new[] { DecisionInterpretations.ReviewCriteriaAreFactors });
}
