namespace Safeguarding.Rules.Timescales;

/// <summary>
/// The kinds of dated event a case timeline holds. In JSON they are written in kebab-case
/// (<see cref="CaseEventTypes.Name"/>): <c>referral-received</c>, <c>strategy-discussion</c>, ...
/// </summary>
public enum CaseEventType
{
    /// <summary>A referral is received by local authority children's social care.</summary>
    ReferralReceived,

    /// <summary>Receipt of the referral is acknowledged to the referrer.</summary>
    ReferralAcknowledged,

    /// <summary>A social work qualified practice supervisor or manager decides next steps and the type of response.</summary>
    ReferralDecisionMade,

    /// <summary>The assessment concludes, so that a decision on next steps can be reached.</summary>
    AssessmentConcluded,

    /// <summary>Emergency action is taken by a single agency (immediate protection) before a strategy discussion.</summary>
    EmergencyActionTaken,

    /// <summary>A strategy discussion; say whether it initiated section 47 enquiries.</summary>
    StrategyDiscussion,

    /// <summary>Section 47 enquiries substantiate concerns of significant harm (the child is judged to be suffering or likely to suffer it).</summary>
    Section47ConcernsSubstantiated,

    /// <summary>The initial child protection conference takes place; say whether a child protection plan was made.</summary>
    InitialChildProtectionConference,

    /// <summary>The core group meets.</summary>
    CoreGroupMeeting,

    /// <summary>A child protection review conference takes place.</summary>
    ReviewConference,

    /// <summary>The child protection plan ends.</summary>
    PlanEnded,

    /// <summary>The receiving local authority is notified of the family's permanent move to its area.</summary>
    PermanentMoveNotified,

    /// <summary>The receiving local authority's child protection conference (the transfer-in conference) takes place.</summary>
    TransferInConference,

    /// <summary>The receiving local authority calls (convenes) the transfer-in conference, before it takes place (read only under dl-08-convene-means-held=convene-means-called).</summary>
    TransferInConferenceConvened,

    /// <summary>An allegation against a person who works with children comes to the employer's attention.</summary>
    AllegationReportedToEmployer,

    /// <summary>An allegation against a person who works with children is made directly to the police.</summary>
    AllegationReportedToPolice,

    /// <summary>The allegation is reported to a senior manager within the organisation or agency.</summary>
    AllegationReportedToSeniorManager,

    /// <summary>The designated officer (LADO), or team of officers, is informed of the allegation.</summary>
    LadoInformed,

    /// <summary>A safeguarding partner becomes aware of a serious incident; say which partner.</summary>
    IncidentAwareness,

    /// <summary>The serious incident notification is submitted to the Child Safeguarding Practice Review Panel.</summary>
    SeriousIncidentNotificationSubmitted,

    /// <summary>The rapid review is submitted to the Panel.</summary>
    RapidReviewSubmitted,

    /// <summary>The safeguarding partners decide to initiate a local child safeguarding practice review (LCSPR).</summary>
    LcsprDecision,

    /// <summary>The Panel, Ofsted and DfE are informed that an LCSPR will be carried out.</summary>
    LcsprDecisionNotified,

    /// <summary>The LCSPR is completed.</summary>
    LcsprCompleted,

    /// <summary>The LCSPR is submitted (the summary box's end event).</summary>
    LcsprSubmitted,

    /// <summary>The LCSPR report (or improvements information) is sent to the Panel.</summary>
    LcsprReportSentToPanel,

    /// <summary>The LCSPR report (or improvements information) is sent to the Secretary of State.</summary>
    LcsprReportSentToSecretaryOfState,

    /// <summary>The LCSPR report (or improvements information) is sent to Ofsted.</summary>
    LcsprReportSentToOfsted,

    /// <summary>The date the LCSPR report is planned to be published (anchors the pre-publication copies before publication).</summary>
    LcsprPublicationPlanned,

    /// <summary>The LCSPR report (or improvements information) is published.</summary>
    LcsprPublished,

    /// <summary>The published LCSPR report is withdrawn from public availability.</summary>
    LcsprWithdrawn,

    /// <summary>The Panel decides to initiate a national child safeguarding practice review.</summary>
    NationalReviewDecision,

    /// <summary>The Panel sends the national review report to the Secretary of State.</summary>
    NationalReviewSentToSecretaryOfState,

    /// <summary>The date the national review report is planned to be published.</summary>
    NationalReviewPublicationPlanned,

    /// <summary>The national review report is published.</summary>
    NationalReviewPublished,

    /// <summary>The published national review report is withdrawn.</summary>
    NationalReviewWithdrawn,

    /// <summary>A financial year (April to March) ends: the yearly report on it falls due.</summary>
    FinancialYearEnded,

    /// <summary>The safeguarding partners' yearly report is published.</summary>
    YearlyReportPublished,

    /// <summary>A copy of the yearly report is sent to the Panel.</summary>
    YearlyReportSentToPanel,

    /// <summary>A copy of the yearly report is sent to the Multi-Agency Safeguarding Arrangements Unit (DfE).</summary>
    YearlyReportSentToMasaUnit,

    /// <summary>A child's death is registered.</summary>
    DeathRegistered,

    /// <summary>The registrar corrects an entry in the register of a child's death.</summary>
    RegisterCorrected,

    /// <summary>The registrar issues a Certificate of No Liability to Register.</summary>
    CertificateOfNoLiabilityIssued,

    /// <summary>The registrar supplies the particulars to the child death review partners.</summary>
    ParticularsSuppliedToCdrPartners,

    /// <summary>The coroner decides to investigate a death or to commission a post-mortem.</summary>
    CoronerDecidedToInvestigate,

    /// <summary>The coroner notifies the child death review partners.</summary>
    CdrPartnersNotifiedByCoroner,

    /// <summary>The child protection plan made at a conference is circulated (to the child's family and the practitioners involved).</summary>
    ChildProtectionPlanCirculated,
}
