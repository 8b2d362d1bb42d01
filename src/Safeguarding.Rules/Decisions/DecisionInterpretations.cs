using System.Collections.Generic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Decisions;

/// <summary>
/// The readings the decision rules apply where the text admits more than one, each named so that a policy team can
/// check it and disagree with it.
/// </summary>
public static class DecisionInterpretations
{
    private const string Box16C = "section 16C(1) Children Act 2004 (quoted before paragraph 363)";
    private const string Footnote223 = "footnote 223 (to paragraph 433)";
    private const string ConferenceBox = "box 'Initial child protection conferences' (after paragraph 256)";

    /// <summary>DC-37: serious harm is a judgement; recovery does not undo it; likely long-term impairment counts.</summary>
    public static Interpretation SeriousHarmIsAJudgement { get; } = new(
        "serious-harm-is-a-judgement",
        "Serious harm is the practitioners' judgement, and recovery does not undo it",
        "The library does not decide whether harm is serious: it takes the practitioners' judgement as two facts (the listed impairments, and serious harm of another kind). Impairment judged likely to be long-term counts though not yet certain, and a child's recovery never turns the answer to no: there is deliberately no 'recovered' fact.",
        new[]
        {
            new InterpretationAlternative("listed-impairments-only", "Only the impairments paragraph 367 lists count (not offered: the text says the list is not exhaustive)."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 367", "When making decisions, judgement should be exercised in cases where impairment is likely to be long-term, even if this is not immediately certain."),
            Citation.WorkingTogether2026("paragraph 367", "Even if a child recovers, including from a one-off incident, serious harm may still have occurred."),
        });

    /// <summary>DC-36 / DL-13: who notifies an incident under limb (b), which happened outside England.</summary>
    public static Interpretation OutsideEnglandNotifier { get; } = new(
        "outside-england-notifier",
        "Who notifies a death or serious harm outside England",
        "Paragraph 372 gives the duty to 'the local authority where the incident occurred', but under limb (b) the incident happened outside England, where no English local authority is. The library names the local authority of the child's normal residence, the authority limb (b) itself is about, as the notifier.",
        new[]
        {
            new InterpretationAlternative("literal-paragraph-372", "Read paragraph 372 literally: no local authority occurred-in holds the duty for limb (b) incidents (not offered: it would leave a must-notify incident with no notifier)."),
        },
        new[]
        {
            Citation.WorkingTogether2026(Box16C, "(b) while normally resident in the local authority's area, the child dies or is seriously harmed outside England"),
            Citation.WorkingTogether2026("paragraph 372", "The local authority where the incident occurred, on behalf of all three safeguarding partners, must notify the Panel of any incident that meets the criteria set out above via the Child Safeguarding Incident Notification System²⁰⁰."),
        });

    /// <summary>DC-40: the upper age for notifying a care leaver's death.</summary>
    public static Interpretation CareLeaverDeathAgeLimit { get; } = new(
        "care-leaver-death-age-limit",
        "The oldest care leaver whose death is notified",
        "Up to and including the age of 24, as paragraph 382 says in terms (and footnote 201: support from a Personal Adviser runs to the 25th birthday). Paragraph 384's 'all care leavers aged 18 and above' is read within that limit.",
        new[]
        {
            new InterpretationAlternative("no-upper-age", "Paragraph 384 read alone: notify the death of a care leaver of any age from 18 upwards.", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 382", "The local authority should also notify the Secretary of State for Education and Ofsted of the death of a care leaver up to and including the age of 24 via the Child Safeguarding Incident Notification System²⁰¹."),
            Citation.WorkingTogether2026("paragraph 384", "Notifications should be made for the death of all care leavers aged 18 and above."),
        },
        "up-to-24");

    /// <summary>DC-40 and DC-36: the care leaver route never switches off the section 16C test.</summary>
    public static Interpretation CareLeaverRouteKeepsSection16C { get; } = new(
        "care-leaver-route-keeps-16c",
        "A care leaver under 18 is still a child for section 16C",
        "Paragraph 383's test is whether abuse or neglect was a contributing factor in the death; section 16C's is whether the local authority knows or suspects abuse or neglect at all. The library checks DC-36 on its own facts, so a care leaver under 18 whose known or suspected abuse did not contribute to the death can still have to be notified to the Panel.",
        new[]
        {
            new InterpretationAlternative("care-leaver-route-replaces-16c", "For care leavers under 18, paragraph 383 replaces the section 16C test (not offered: statutory guidance cannot narrow the statute)."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 383", "Where abuse or neglect was not a contributing factor in their death, a notification for the death of a care leaver should be made."),
            Citation.WorkingTogether2026(Box16C, "Where a local authority in England knows or suspects that a child has been abused or neglected, the local authority must notify the Child Safeguarding Practice Review Panel if:"),
        });

    /// <summary>DC-42: which deaths child death review covers (the inventory's reading is wrong).</summary>
    public static Interpretation ChildDeathReviewScope { get; } = new(
        "child-death-review-scope",
        "Which deaths the child death review process covers",
        "Every death of a child born alive who was under 18, of any cause, whether or not a death certificate has been issued yet; and every stillbirth where no healthcare professional attended. Not covered: stillbirths (of any gestation) with medical attendance, and planned terminations of pregnancy carried out within the law. Footnote 223 is read as illustrating paragraph 433, not as a gate on the death certificate.",
        new[]
        {
            new InterpretationAlternative("certificate-gate", "A liveborn baby is covered only where a death certificate has been issued or the birth was unattended, and unattended stillbirths are not covered (the inventory's reading; the fact death-certificate-issued then decides it. Offered for comparison, though it drops infant deaths still with the coroner and contradicts the joint agency response limb for unattended stillbirths).", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 433", "The child death review process covers children²²², regardless of the cause of death²²³."),
            Citation.WorkingTogether2026(Footnote223, "This will include the death of any liveborn baby, where a death certificate has been issued, or where the birth was unattended, but does not include those (of any gestation) who are stillborn where there was medical attendance or planned terminations of pregnancy carried out within the law."),
        },
        "every-death-after-live-birth");

    /// <summary>DC-42 and DC-43: "medical attendance" and "a healthcare professional in attendance" are one fact.</summary>
    public static Interpretation MedicalAttendance { get; } = new(
        "medical-attendance",
        "Medical attendance at a birth",
        "Footnote 223's 'medical attendance' and paragraph 449's 'no healthcare professional was in attendance' describe the same fact, birth-attended.",
        new[]
        {
            new InterpretationAlternative("doctor-only", "Medical attendance means a doctor only, so a stillbirth attended by a midwife alone could be in child death review scope but need no joint agency response (the fact birth-attended-by-doctor then decides footnote 223's limb).", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 449", "occurs in the case of a stillbirth where no healthcare professional was in attendance"),
            Citation.WorkingTogether2026(Footnote223, "who are stillborn where there was medical attendance"),
        },
        "any-healthcare-professional");

    /// <summary>DC-45: the coroner's duty has no stated age test.</summary>
    public static Interpretation CoronerChildAge { get; } = new(
        "coroner-child-age",
        "Whose death the coroner notifies",
        "The coroner's duty speaks of 'the child' without an age test; the library applies the child death review definition, a person under 18 at death.",
        new[]
        {
            new InterpretationAlternative("may-have-been-under-18", "Apply the registrar's test instead: the deceased was or may have been under 18 (fact was-or-may-have-been-under-18).", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("box 'Specific responsibilities of relevant bodies in relation to child deaths' (after paragraph 442)", "Coroner's duty to notify the child death review partners for the area in which the child died or where the child's body was found within three working days of deciding to investigate a death or commission a post-mortem."),
            Citation.WorkingTogether2026("footnote 222 (to paragraph 433)", "a child is defined as a person under 18 years of age"),
        },
        "under-18-at-death");

    /// <summary>DC-03: the child in need limbs.</summary>
    public static Interpretation ChildInNeedLimbs { get; } = new(
        "child-in-need-limbs",
        "The two health and development limbs of 'child in need'",
        "'Without the provision of services' qualifies both of the first two limbs (as in section 17(10) of the Children Act 1989), and 'health and development' is read as 'health or development', as paragraph 151 and footnote 46 word it.",
        new[]
        {
            new InterpretationAlternative("literal-box", "The box's wording: the first limb has no 'without services' qualifier, and the second needs both health and development to be impaired. Not offered as a reading: section 17(10), which the box quotes, and paragraph 151 both say 'or'; the box's 'and' is read as a slip."),
        },
        new[]
        {
            Citation.WorkingTogether2026("box 'Statutory requirements for children in need' (after paragraph 153)", "A child in need is defined under section 17 of the Children Act 1989 as a child who is unlikely to achieve or maintain a reasonable level of health or development, or whose health and development is likely to be significantly or further impaired without the provision of services, or a child who is disabled."),
            Citation.WorkingTogether2026("paragraph 151", "Under section 17 of the Children Act 1989, local authorities are under a general duty to provide support for children who are unlikely to reach or maintain a satisfactory level of health or development, or their health or development will be significantly impaired without the provision of services, or the child is disabled."),
        });

    /// <summary>DC-04: whether the area test applies to the EPO and police protection limbs.</summary>
    public static Interpretation Section47AreaTest { get; } = new(
        "s47-area-test",
        "Which local authority owes section 47 enquiries for a child under an EPO or in police protection",
        "As footnote 47 is worded: the 'lives, or is found, in their area' test belongs to the reasonable-cause limb only, so the EPO and police protection limbs are answered without it.",
        new[]
        {
            new InterpretationAlternative("area-test-on-every-limb", "Apply the area test to all three limbs, as section 47(1) of the Children Act 1989 does (check against the statute).", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("footnote 47", "Under section 47 of the Children Act 1989, where a child is the subject of an emergency protection order or is in police protection or there is reasonable cause to suspect that a child who lives, or is found, in their area is suffering or is likely to suffer, significant harm, the local authority must make or cause to be made enquiries to decide if any action must be taken to safeguard or promote the child's welfare."),
        },
        "as-footnote-47");

    /// <summary>DC-06: a referral concern covers past harm too.</summary>
    public static Interpretation ReferralCoversPastHarm { get; } = new(
        "referral-covers-past-harm",
        "A concern about past significant harm triggers a referral",
        "Paragraph 164 speaks of a child who 'is suffering' significant harm; paragraph 146 of a child who 'has suffered' it. The library reads them together: a concern that the child has suffered, is suffering or is likely to suffer significant harm.",
        new[]
        {
            new InterpretationAlternative("present-harm-only", "Only present or likely harm (paragraph 164 alone). Not offered: paragraph 146 says in terms 'has suffered', and this reading would set a sentence of the text aside."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 146", "If there are concerns that the child has suffered significant harm or is likely to do so, a referral should be made immediately to local authority children’s social care."),
        });

    /// <summary>DC-20 limb 1: the garbled sentence.</summary>
    public static Interpretation NoLongerAtRisk { get; } = new(
        "plan-ends-when-no-longer-at-risk",
        "The first limb for ending a child protection plan",
        "The sentence reads 'no longer continuing to, or is likely to, suffer significant harm'; read literally, its second half would end a plan when harm is likely. The library reads the evident intent: the child is no longer suffering, and no longer likely to suffer, significant harm.",
        new[]
        {
            new InterpretationAlternative("literal", "Literal (not offered: a plan would end because harm is likely)."),
        },
        new[]
        {
            Citation.WorkingTogether2026("box 'Discontinuing the child protection plan' (after paragraph 256)", "it is judged that the child is no longer continuing to, or is likely to, suffer significant harm and therefore no longer requires safeguarding by means of a child protection plan"),
        });

    /// <summary>DC-20 limb 2 and DL-08: "convene" and "this event".</summary>
    public static Interpretation ReceivingConferenceHeld { get; } = new(
        "receiving-conference-held",
        "When the original authority may end a plan after a permanent move",
        "'Only after this event' is read as after the receiving local authority's conference has taken place, not merely been called, so the child is never without a plan during a transfer.",
        new[]
        {
            new InterpretationAlternative("conference-called", "After the receiving authority has convened (called) the conference, before it meets (fact receiving-conference-convened).", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026("box 'Discontinuing the child protection plan' (after paragraph 256)", "the child and family have moved permanently to another local authority area. In such cases, the receiving local authority should convene a child protection conference within 15 working days of being notified of the move. Only after this event may the original local authority discontinue its child protection"),
        },
        "conference-held");

    /// <summary>DC-53 and DC-55: review criteria are factors to weigh, not a gate.</summary>
    public static Interpretation ReviewCriteriaAreFactors { get; } = new(
        "review-criteria-are-factors",
        "Review criteria are factors, not a gate",
        "The criteria partners (for an LCSPR) and the Panel (for a national review) 'must take into account include' several tests. The library answers whether any listed criterion is met; a Yes means the criteria must be weighed, never that a review must be held, and a No does not rule a review out.",
        new[]
        {
            new InterpretationAlternative("criteria-as-gate", "A review is required when any criterion is met (not offered: 'There is no expectation that an LCSPR will automatically be carried out')."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 395", "There is no expectation that an LCSPR will automatically be carried out following a rapid review."),
            Citation.WorkingTogether2026("paragraph 395", "The criteria safeguarding partners must take into account include whether the case²⁰³:"),
        });

    /// <summary>DC-58: whether the four limbs of paragraph 260 define an allegation.</summary>
    public static Interpretation AllegationLimbs { get; } = new(
        "allegation-limbs",
        "What counts as an allegation against a person who works with children",
        "The four limbs of paragraph 260 are read as the test: conduct within any of them is an allegation, to be reported and passed to the designated officer; conduct within none of them is not shown to be an allegation, and may still be a concern about the quality of care or practice, or a complaint, which the same paragraph says policies should distinguish.",
        new[]
        {
            new InterpretationAlternative("limbs-illustrative", "'May relate to' makes the four limbs illustrative, so a No only means that none of the listed limbs is met. Not offered as a reading: it changes what a No means, not the answer, and the determination already shows which limbs failed."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 260", "Such policies should make a clear distinction between an allegation, a concern about the quality of care or practice, or a complaint. An allegation may relate to a person who works with children who has:"),
        });

    /// <summary>DC-78 (AT-31): the conference chair's independence, against "this can be the lead practitioner".</summary>
    public static Interpretation ChairIndependence { get; } = new(
        "conference-chair-independence",
        "Whether the lead practitioner for protective action may chair the conference",
        "The conference box asks for a chair 'independent of operational and/or line management responsibilities for supporting the child' and says in the same bullet 'This can be the lead practitioner for protective action for that child'. The library reads the second sentence as a stated exception: a chair is eligible when independent, or when they are the lead practitioner for protective action. The determination names the reading, so a reader sees where the text contradicts itself.",
        new[]
        {
            new InterpretationAlternative("independence-required", "Independence is required without exception: the lead practitioner for protective action, who has operational responsibility for the child, may not chair.", offered: true),
        },
        new[]
        {
            Citation.WorkingTogether2026(ConferenceBox, "should be a practitioner with relevant skills, in-depth knowledge and experience in frontline child protection activity, independent of operational and/or line management responsibilities for supporting the child. This can be the lead practitioner for protective action for that child"),
        },
        "lead-for-protective-action-may-chair");

    /// <summary>AT-24 and DC-41: whether reviewing a non-resident child's death is a must or a may.</summary>
    public static Interpretation NonResidentDeathReview { get; } = new(
        "non-resident-death-review-may",
        "Reviewing the death of a child not normally resident in the area: must or may",
        "A discretion (may). The statutory box's 'must make arrangements to review all deaths of children normally resident in the local area and, as indicated, of any non-resident children' is read with paragraph 434 ('as indicated and agreed between child death review partners') and paragraph 440 ('they may also choose to review'): DC-41 answers must for a child normally resident in the area, and may for a non-resident child who died there.",
        new[]
        {
            new InterpretationAlternative("must-as-indicated", "The box read alone: the must reaches non-resident deaths 'as indicated'. Not offered: it would bind only where a review is indicated and agreed between partners, a judgement no fact carries, so the engine could not say when it binds; paragraph 440 words the same thing as a choice."),
        },
        new[]
        {
            Citation.WorkingTogether2026("box 'Statutory requirements' (after paragraph 432)", "Child death review partners must make arrangements to review all deaths of children normally resident in the local area²²¹ and, as indicated, of any non-resident children who have died in their area."),
            Citation.WorkingTogether2026("paragraph 434", "as indicated and agreed between child death review partners, the deaths of children not normally resident in their area but who have died there"),
            Citation.WorkingTogether2026("paragraph 440", "However, they may also choose to review the death of a child, including a looked after child, that occurred in their local area even if the child in question was not normally resident there."),
        },
        "may");

    /// <summary>AT-30 and DC-04: who leads section 47 enquiries.</summary>
    public static Interpretation Section47Lead { get; } = new(
        "section-47-lead-social-worker",
        "Who leads section 47 enquiries",
        "The lead practitioner for section 47 enquiries should be a social worker (the strategy discussion box, and paragraph 146): DC-04 names that should. Paragraph 172 is read as what follows where that should is departed from: a social work qualified practice supervisor or team manager then leads the section 47 investigation; and where the child is to become the subject of a plan, the lead practitioner should always be a social worker.",
        new[]
        {
            new InterpretationAlternative("supervisor-led-route", "Paragraph 172 read as an equal route: a lead practitioner who is not a social worker may lead section 47 enquiries whenever a social work qualified practice supervisor or team manager leads the investigation. Not offered: it changes whom DC-04's consequence names, not any answer the engine gives, and no fact records who leads."),
        },
        new[]
        {
            Citation.WorkingTogether2026("box 'Strategy discussion' (after paragraph 256)", "The lead practitioner for section 47 enquiries should be a social worker with relevant experience and expert knowledge in frontline child protection practice."),
            Citation.WorkingTogether2026("paragraph 146", "The lead practitioner for section 47 enquiries should be a social worker."),
            Citation.WorkingTogether2026("paragraph 172", "Where there are child protection enquiries and the lead practitioner is not a social worker, a social work qualified practice supervisor or team manager should lead the section 47 investigation."),
        });

    /// <summary>Every decision interpretation, in a fixed order.</summary>
    public static IReadOnlyList<Interpretation> All { get; } = ReadOnlyLists.Of(new[]
    {
        SeriousHarmIsAJudgement,
        OutsideEnglandNotifier,
        CareLeaverDeathAgeLimit,
        CareLeaverRouteKeepsSection16C,
        ChildDeathReviewScope,
        MedicalAttendance,
        CoronerChildAge,
        ChildInNeedLimbs,
        Section47AreaTest,
        Section47Lead,
        NonResidentDeathReview,
        ReferralCoversPastHarm,
        NoLongerAtRisk,
        ReceivingConferenceHeld,
        ReviewCriteriaAreFactors,
        AllegationLimbs,
        ChairIndependence,
    });
}
