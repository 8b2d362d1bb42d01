using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Decisions;

/// <summary>
/// The facts decision rules take, in one vocabulary: a rule that needs "the child has died" or "the child is looked
/// after" reads the same fact, so a caller states it once and can pass one <see cref="Facts"/> set to every rule.
/// Facts that mean different things at different times have different names (<c>age</c> today;
/// <c>age-at-death-or-harm</c> for an incident).
/// </summary>
public static class Vocabulary
{
    private static Citation W(string location, string quote) => Citation.WorkingTogether2026(location, quote);

    // ----- The child and where things happened -----

    /// <summary>Age today, in completed years.</summary>
    public static FactDefinition Age { get; } = FactDefinition.WholeNumber(
        "age",
        "The child's or young person's age today, in completed years, for referral, assessment, child protection plans and allegations. A child is under 18. For a death or a serious incident, use age-at-death-or-harm instead.",
        0,
        130,
        W("Introduction", "In this guidance, a child is defined as anyone who has not yet reached their 18th birthday."));

    /// <summary>Age in completed years when the child died or was seriously harmed.</summary>
    public static FactDefinition AgeAtDeathOrHarm { get; } = FactDefinition.WholeNumber(
        "age-at-death-or-harm",
        "The child's or young person's age in completed years when they died or were seriously harmed (not their age today: a young adult harmed at 17 was a child at the time). Used by the serious incident and child death rules.",
        0,
        130,
        W("Introduction", "In this guidance, a child is defined as anyone who has not yet reached their 18th birthday."));

    /// <summary>The child is (or was, when they died) looked after by a local authority.</summary>
    public static FactDefinition LookedAfter { get; } = FactDefinition.Boolean("looked-after", "The child is, or was when they died, a looked after child.");

    /// <summary>The person is a care leaver.</summary>
    public static FactDefinition CareLeaver { get; } = FactDefinition.Boolean("care-leaver", "The young person is a care leaver.");

    /// <summary>The child (or care leaver) has died.</summary>
    public static FactDefinition Died { get; } = FactDefinition.Boolean("died", "The child (or care leaver) has died.");

    /// <summary>The death or serious harm happened in the local authority's area.</summary>
    public static FactDefinition InLocalAuthorityArea { get; } = FactDefinition.Boolean(
        "in-la-area",
        "The death (or the serious harm) happened in the area of the local authority, or of the child death review partners, asking the question.");

    /// <summary>The child was normally resident in the local authority's area.</summary>
    public static FactDefinition NormallyResidentInLocalAuthorityArea { get; } = FactDefinition.Boolean(
        "normally-resident-in-la-area",
        "The child was normally resident in the area of the local authority, or of the child death review partners, asking the question.");

    /// <summary>The death or serious harm happened outside England.</summary>
    public static FactDefinition OutsideEngland { get; } = FactDefinition.Boolean("outside-england", "The death or the serious harm happened outside England.");

    // ----- Serious incidents -----

    /// <summary>The local authority asking is a local authority in England.</summary>
    public static FactDefinition LocalAuthorityInEngland { get; } = FactDefinition.Boolean("la-in-england", "The local authority asking the question is a local authority in England.");

    /// <summary>The local authority knows or suspects that the child has been abused or neglected.</summary>
    public static FactDefinition AbuseOrNeglectKnownOrSuspected { get; } = FactDefinition.Boolean(
        "abuse-or-neglect-known-or-suspected",
        "The local authority knows or suspects that the child has been abused or neglected. It does not need to know that the abuse or neglect caused the death or harm.");

    /// <summary>Serious and/or long-term impairment, including likely long-term impairment, recovered or not.</summary>
    public static FactDefinition SeriousOrLongTermImpairment { get; } = FactDefinition.Boolean(
        "serious-or-long-term-impairment",
        "A judgement: the child has suffered serious and/or long-term impairment of their mental health or intellectual, emotional, social or behavioural development. Judgement should be exercised where impairment is likely to be long-term, even if that is not yet certain; serious harm may still have occurred even if the child has recovered.",
        W("paragraph 367", "Serious harm includes (but is not limited to) serious and/or long-term impairment of a child's mental health or intellectual, emotional, social, or behavioural development."));

    /// <summary>Serious harm of a kind paragraph 367 does not list.</summary>
    public static FactDefinition OtherSeriousHarm { get; } = FactDefinition.Boolean(
        "other-serious-harm",
        "A judgement: the child has suffered serious harm of a kind paragraph 367 does not list (its list is not exhaustive).",
        W("paragraph 367", "This is not an exhaustive list."));

    /// <summary>The identity of the child or children involved in an incident is known.</summary>
    public static FactDefinition ChildIdentityKnown { get; } = FactDefinition.Boolean("child-identity-known", "The identity of the child or children involved in the incident is known.");

    /// <summary>The child died by suicide.</summary>
    public static FactDefinition DiedBySuicide { get; } = FactDefinition.Boolean("died-by-suicide", "The child died by suicide.");

    /// <summary>There is a clear rationale for notifying the incident as "other".</summary>
    public static FactDefinition ClearRationaleForOther { get; } = FactDefinition.Boolean("clear-rationale-for-other", "The safeguarding partners have a clear rationale for notifying the incident as \"other\" rather than \"death\" or \"serious harm\".");

    /// <summary>Abuse or neglect was a contributing factor in the death.</summary>
    public static FactDefinition AbuseOrNeglectContributed { get; } = FactDefinition.Boolean("abuse-or-neglect-contributed", "Abuse or neglect was a contributing factor in the death.");

    /// <summary>The person is now a young adult over 18.</summary>
    public static FactDefinition NowOver18 { get; } = FactDefinition.Boolean("now-over-18", "The person harmed in childhood is now a young adult over the age of 18.");

    /// <summary>The harm in childhood was not known or reported at the time.</summary>
    public static FactDefinition HarmNotKnownAtTheTime { get; } = FactDefinition.Boolean("harm-not-known-at-the-time", "The serious harm, abuse or neglect in childhood was not known or reported at the time.");

    /// <summary>A serious incident notification has been made.</summary>
    public static FactDefinition SeriousIncidentNotified { get; } = FactDefinition.Boolean("serious-incident-notified", "A serious incident notification for the incident has been made to the Child Safeguarding Practice Review Panel.");

    /// <summary>The partners think the case may raise complex issues or issues of national importance.</summary>
    public static FactDefinition ComplexOrNationalImportance { get; } = FactDefinition.Boolean("complex-or-national-importance", "The safeguarding partners think the case may raise issues that are complex or of national importance.");

    /// <summary>The partners have determined that an LCSPR will be carried out.</summary>
    public static FactDefinition LcsprDecided { get; } = FactDefinition.Boolean("lcspr-decided", "The safeguarding partners have determined that a local child safeguarding practice review will be carried out.");

    /// <summary>The case highlights or may highlight improvements needed.</summary>
    public static FactDefinition HighlightsImprovements { get; } = FactDefinition.Boolean("highlights-improvements", "The case highlights or may highlight improvements needed to safeguard and promote the welfare of children, including where those improvements have been previously identified.");

    /// <summary>The case highlights or may highlight recurrent themes.</summary>
    public static FactDefinition HighlightsRecurrentThemes { get; } = FactDefinition.Boolean("highlights-recurrent-themes", "The case highlights or may highlight recurrent themes in the safeguarding and promotion of the welfare of children.");

    /// <summary>The case highlights or may highlight concerns about agencies working together.</summary>
    public static FactDefinition HighlightsAgenciesWorkingTogether { get; } = FactDefinition.Boolean("highlights-agencies-working-together", "The case highlights or may highlight concerns regarding two or more organisations or agencies working together effectively to safeguard and promote the welfare of children.");

    /// <summary>The Panel has concluded a local review may be more appropriate.</summary>
    public static FactDefinition PanelConcludedLocalReview { get; } = FactDefinition.Boolean("panel-concluded-local-review", "The case is one the Panel has considered and has concluded a local review may be more appropriate.");

    /// <summary>The case raises or may raise issues requiring legislative or guidance change.</summary>
    public static FactDefinition RaisesLegislativeIssues { get; } = FactDefinition.Boolean("raises-legislative-issues", "The case raises or may raise issues requiring legislative change or changes to guidance issued under or further to any enactment.");

    // ----- Child deaths -----

    /// <summary>Whether the death followed a live birth, was a stillbirth or a planned lawful termination.</summary>
    public static FactDefinition DeathKind { get; } = FactDefinition.Enumeration(
        "death-kind",
        "after-live-birth: the death of a child born alive (a liveborn baby or an older child); stillbirth: a baby stillborn, of any gestation; planned-lawful-termination: a planned termination of pregnancy carried out within the law.",
        new[] { "after-live-birth", "stillbirth", "planned-lawful-termination" });

    /// <summary>A healthcare professional attended the birth (medical attendance).</summary>
    public static FactDefinition BirthAttended { get; } = FactDefinition.Boolean("birth-attended", "A healthcare professional was in attendance at the birth (\"medical attendance\").");

    /// <summary>A doctor attended the birth (read only under the reading medical-attendance=doctor-only).</summary>
    public static FactDefinition BirthAttendedByDoctor { get; } = FactDefinition.Boolean("birth-attended-by-doctor", "A doctor was in attendance at the birth. Read only under the reading medical-attendance=doctor-only, where footnote 223's \"medical attendance\" means a doctor.");

    /// <summary>A death certificate has been issued (read only under the reading child-death-review-scope=certificate-gate).</summary>
    public static FactDefinition DeathCertificateIssued { get; } = FactDefinition.Boolean("death-certificate-issued", "A death certificate has been issued for the child. Read only under the reading child-death-review-scope=certificate-gate.");

    /// <summary>The death is or could be due to external causes.</summary>
    public static FactDefinition DeathExternalCauses { get; } = FactDefinition.Boolean("death-external-causes", "The death is or could be due to external causes.");

    /// <summary>The death is sudden with no immediately apparent cause.</summary>
    public static FactDefinition DeathSuddenUnexplained { get; } = FactDefinition.Boolean("death-sudden-unexplained", "The death is sudden and there is no immediately apparent cause (including sudden unexpected death in infancy or childhood).");

    /// <summary>The death occurred in custody or in Mental Health Act detention.</summary>
    public static FactDefinition DeathInCustodyOrDetained { get; } = FactDefinition.Boolean("death-in-custody-or-detained", "The death occurred in custody, or where the child was detained under the Mental Health Act.");

    /// <summary>The initial circumstances raise any suspicion that the death may not have been natural.</summary>
    public static FactDefinition DeathSuspicious { get; } = FactDefinition.Boolean("death-suspicious", "The initial circumstances raise any suspicions that the death may not have been natural.");

    /// <summary>What the registrar did.</summary>
    public static FactDefinition RegistrarAction { get; } = FactDefinition.Enumeration(
        "registrar-action",
        "What the registrar of births and deaths did: registered-death, corrected-entry (corrected an entry in the register), certificate-of-no-liability (issued a Certificate of No Liability to Register), or none.",
        new[] { "registered-death", "corrected-entry", "certificate-of-no-liability", "none" });

    /// <summary>The deceased was or may have been under 18 at the time of death.</summary>
    public static FactDefinition WasOrMayHaveBeenUnder18 { get; } = FactDefinition.Boolean("was-or-may-have-been-under-18", "It appears that the deceased was or may have been under the age of 18 at the time of death.");

    /// <summary>The coroner has decided to investigate the death or to commission a post-mortem.</summary>
    public static FactDefinition CoronerInvestigating { get; } = FactDefinition.Boolean("coroner-investigating", "The coroner has decided to investigate the death or to commission a post-mortem.");

    // ----- Referral, assessment and protection -----

    /// <summary>There is a concern that the child has suffered, is suffering or is likely to suffer significant harm.</summary>
    public static FactDefinition ConcernSignificantHarm { get; } = FactDefinition.Boolean("concern-significant-harm", "There is a concern that the child has suffered, is suffering, or is likely to suffer significant harm.");

    /// <summary>Someone has concerns about the child's welfare.</summary>
    public static FactDefinition WelfareConcern { get; } = FactDefinition.Boolean("welfare-concern", "Someone has concerns about the child's welfare.");

    /// <summary>The child has been admitted to a mental health facility.</summary>
    public static FactDefinition AdmittedToMentalHealthFacility { get; } = FactDefinition.Boolean("admitted-to-mental-health-facility", "The child has been admitted to a mental health facility.");

    /// <summary>Local authority children's social care has received a referral.</summary>
    public static FactDefinition ReferralReceived { get; } = FactDefinition.Boolean("referral-received", "Local authority children's social care has received a referral about the child.");

    /// <summary>The decision has been taken that the referral requires further assessment.</summary>
    public static FactDefinition ReferralNeedsFurtherAssessment { get; } = FactDefinition.Boolean("referral-needs-further-assessment", "The decision has been taken that the referral requires further assessment.");

    /// <summary>The child is unlikely to achieve or maintain a reasonable level of health or development without services.</summary>
    public static FactDefinition UnlikelyReasonableHealthOrDevelopment { get; } = FactDefinition.Boolean("unlikely-reasonable-health-or-development", "Without the provision of services, the child is unlikely to achieve or maintain a reasonable level of health or development.");

    /// <summary>The child's health or development is likely to be significantly or further impaired without services.</summary>
    public static FactDefinition HealthOrDevelopmentLikelyImpaired { get; } = FactDefinition.Boolean("health-or-development-likely-impaired", "Without the provision of services, the child's health or development is likely to be significantly or further impaired.");

    /// <summary>The child is disabled.</summary>
    public static FactDefinition Disabled { get; } = FactDefinition.Boolean("disabled", "The child is disabled.");

    /// <summary>There is reasonable cause to suspect that the child is suffering or likely to suffer significant harm.</summary>
    public static FactDefinition ReasonableCauseToSuspectSignificantHarm { get; } = FactDefinition.Boolean(
        "reasonable-cause-to-suspect-significant-harm",
        "There is reasonable cause to suspect that the child is suffering or is likely to suffer significant harm.",
        W("paragraph 242", "Suffering or being likely to suffer significant harm is the threshold for child protection enquiries"));

    /// <summary>The child lives, or is found, in the local authority's area.</summary>
    public static FactDefinition LivesOrFoundInLocalAuthorityArea { get; } = FactDefinition.Boolean("lives-or-found-in-la-area", "The child lives, or is found, in the local authority's area.");

    /// <summary>The child is the subject of an emergency protection order.</summary>
    public static FactDefinition EmergencyProtectionOrder { get; } = FactDefinition.Boolean("emergency-protection-order", "The child is the subject of an emergency protection order.");

    /// <summary>The child is in police protection.</summary>
    public static FactDefinition PoliceProtection { get; } = FactDefinition.Boolean("police-protection", "The child is in police protection.");

    /// <summary>There is a risk to the child's life.</summary>
    public static FactDefinition RiskToLife { get; } = FactDefinition.Boolean("risk-to-life", "There is a risk to the life of the child.");

    /// <summary>There is a likelihood of serious immediate harm.</summary>
    public static FactDefinition LikelihoodOfSeriousImmediateHarm { get; } = FactDefinition.Boolean("likelihood-of-serious-immediate-harm", "There is a likelihood of serious immediate harm to the child, whether from inside or outside the home.");

    /// <summary>It is necessary to remove the child from their home.</summary>
    public static FactDefinition RemovalNecessary { get; } = FactDefinition.Boolean("removal-necessary", "It is necessary to remove the child from their home.");

    /// <summary>Section 47 concerns are substantiated.</summary>
    public static FactDefinition ConcernsSubstantiated { get; } = FactDefinition.Boolean("concerns-substantiated", "After section 47 enquiries, concerns of significant harm are substantiated and the child is judged to be suffering or likely to suffer significant harm.");

    /// <summary>The local authority has found grounds to initiate section 47 enquiries.</summary>
    public static FactDefinition Section47Grounds { get; } = FactDefinition.Boolean("section-47-grounds", "The local authority, informed by the strategy discussion, has found grounds to initiate an enquiry under section 47 of the Children Act 1989 (the decision is the local authority's alone).");

    /// <summary>A child protection review conference is being held or prepared.</summary>
    public static FactDefinition ReviewConferenceDue { get; } = FactDefinition.Boolean("review-conference-due", "A child protection review conference for the child is being prepared or held.");

    /// <summary>The review conference considers the child to be suffering significant harm.</summary>
    public static FactDefinition ConsideredSufferingSignificantHarm { get; } = FactDefinition.Boolean("considered-suffering-significant-harm", "At the review conference, the child is considered to be suffering significant harm.");

    /// <summary>The child protection process has been carried out.</summary>
    public static FactDefinition ChildProtectionProcessCarriedOut { get; } = FactDefinition.Boolean("child-protection-process-carried-out", "The child protection process (section 47 enquiries, conference and plan) has been carried out for the child.");

    /// <summary>The local authority deems the parents' protection of the child still not sufficient.</summary>
    public static FactDefinition ProtectionByParentsInsufficient { get; } = FactDefinition.Boolean("protection-by-parents-insufficient", "The local authority deems that there is still not sufficient protection of the child by the parents.");

    /// <summary>The local authority deems the threshold for care proceedings met in principle.</summary>
    public static FactDefinition CareProceedingsThresholdMet { get; } = FactDefinition.Boolean("care-proceedings-threshold-met", "The local authority considers the threshold for care proceedings (section 31(2) of the Children Act 1989) to be met, at least in principle.");

    /// <summary>The proposed conference chair has the skills, knowledge and experience the guidance asks for.</summary>
    public static FactDefinition ChairHasFrontlineExperience { get; } = FactDefinition.Boolean("chair-frontline-experience", "The proposed conference chair is a practitioner with relevant skills, in-depth knowledge and experience in frontline child protection activity.");

    /// <summary>The proposed chair has no operational or line management responsibility for supporting the child.</summary>
    public static FactDefinition ChairIndependent { get; } = FactDefinition.Boolean("chair-independent", "The proposed conference chair is independent of operational and line management responsibilities for supporting the child.");

    /// <summary>The proposed chair is the lead practitioner for protective action for the child.</summary>
    public static FactDefinition ChairIsLeadForProtectiveAction { get; } = FactDefinition.Boolean("chair-is-protective-action-lead", "The proposed conference chair is the lead practitioner for protective action for the child.");

    /// <summary>Children's social care decided not to proceed with a child protection conference.</summary>
    public static FactDefinition DecidedNoConference { get; } = FactDefinition.Boolean("decided-no-conference", "Local authority children's social care has decided not to proceed with a child protection conference.");

    /// <summary>A practitioner involved has serious concerns that the child's welfare may not be adequately safeguarded.</summary>
    public static FactDefinition PractitionerSeriousConcerns { get; } = FactDefinition.Boolean("practitioner-serious-concerns", "A practitioner involved with the child and family has serious concerns that the child's welfare may not be adequately safeguarded.");

    // ----- Child protection plans -----

    /// <summary>The child is the subject of a child protection plan.</summary>
    public static FactDefinition SubjectOfPlan { get; } = FactDefinition.Boolean("subject-of-plan", "The child is the subject of a child protection plan.");

    /// <summary>It is judged that the child no longer needs a plan because of significant harm.</summary>
    public static FactDefinition NoLongerAtRiskOfSignificantHarm { get; } = FactDefinition.Boolean("no-longer-at-risk-of-significant-harm", "It is judged that the child is no longer suffering, and is no longer likely to suffer, significant harm, and so no longer requires safeguarding by means of a child protection plan.");

    /// <summary>The child and family have moved permanently to another local authority area.</summary>
    public static FactDefinition MovedPermanently { get; } = FactDefinition.Boolean("moved-permanently", "The child and family have moved permanently to another local authority area.");

    /// <summary>The receiving local authority has held its child protection conference.</summary>
    public static FactDefinition ReceivingConferenceHeld { get; } = FactDefinition.Boolean("receiving-conference-held", "The receiving local authority has held the child protection conference it convened after being notified of the move.");

    /// <summary>The receiving local authority has called the conference (read only under receiving-conference-held=conference-called).</summary>
    public static FactDefinition ReceivingConferenceConvened { get; } = FactDefinition.Boolean("receiving-conference-convened", "The receiving local authority has called (convened) the child protection conference after being notified of the move, whether or not it has met yet. Read only under the reading receiving-conference-held=conference-called.");

    /// <summary>The child has permanently left the United Kingdom.</summary>
    public static FactDefinition LeftUnitedKingdomPermanently { get; } = FactDefinition.Boolean("left-uk-permanently", "The child has permanently left the United Kingdom.");

    // ----- Allegations against people who work with children -----

    /// <summary>The person works with children.</summary>
    public static FactDefinition WorksWithChildren { get; } = FactDefinition.Boolean("works-with-children", "The person the concern is about works with children (paid or voluntary).");

    /// <summary>The person behaved in a way that has or may have harmed a child.</summary>
    public static FactDefinition HarmedOrMayHaveHarmed { get; } = FactDefinition.Boolean("harmed-or-may-have-harmed", "The person has behaved in a way that has harmed a child, or may have harmed a child.");

    /// <summary>The person possibly committed a criminal offence against or related to a child.</summary>
    public static FactDefinition PossibleOffence { get; } = FactDefinition.Boolean("possible-offence", "The person has possibly committed a criminal offence against or related to a child.");

    /// <summary>The person's behaviour indicates they may pose a risk of harm to children.</summary>
    public static FactDefinition MayPoseRiskOfHarm { get; } = FactDefinition.Boolean("may-pose-risk-of-harm", "The person has behaved towards a child or children in a way that indicates they may pose a risk of harm to children.");

    /// <summary>The person's behaviour indicates they may not be suitable to work with children.</summary>
    public static FactDefinition MayBeUnsuitable { get; } = FactDefinition.Boolean("may-be-unsuitable", "The person has behaved, or may have behaved, in a way that indicates they may not be suitable to work with children.");

    /// <summary>The person is subject to registration or regulation by a professional body or regulator.</summary>
    public static FactDefinition RegisteredWithRegulator { get; } = FactDefinition.Boolean("registered-with-regulator", "The person is subject to registration or regulation by a professional body or regulator (for example the Care Quality Commission or Ofsted).");

    /// <summary>The person worked in regulated activity with children.</summary>
    public static FactDefinition InRegulatedActivity { get; } = FactDefinition.Boolean("in-regulated-activity", "The person (paid worker or unpaid volunteer) worked in regulated activity with children.");

    /// <summary>The organisation removed the person, or would have had they not left first.</summary>
    public static FactDefinition RemovedOrWouldHaveBeen { get; } = FactDefinition.Boolean("removed-or-would-have-been", "The organisation or agency removed the person from that work, or would have, had the person not left first.");

    /// <summary>The removal was because the person poses a risk of harm to children.</summary>
    public static FactDefinition RemovedBecauseRiskOfHarm { get; } = FactDefinition.Boolean("removed-because-risk-of-harm", "The reason for the removal is that the person poses a risk of harm to children.");
}
