using System.Collections.Generic;
using static Safeguarding.Rules.Documentation.Coverage.CoverageReason;

namespace Safeguarding.Rules.Documentation.Coverage;

/// <summary>Why a duty-bearing paragraph, box or inventory entry is not encoded by a rule.</summary>
internal enum CoverageReason
{
    /// <summary>The text describes or defines; it lays no duty a rule could check.</summary>
    Descriptive = 0,

    /// <summary>The duty turns on a judgement no recorded fact can carry (proportion, quality, "as appropriate").</summary>
    Judgement = 1,

    /// <summary>The duty is someone else's to apply, outside the library's scope: the row says whose (the court's, the Panel's).</summary>
    OutOfScope = 2,

    /// <summary>A rule could encode it; none does yet.</summary>
    NotYetEncoded = 3,
}

/// <summary>A box of the text: an unnumbered block under its own heading, after a numbered paragraph.</summary>
/// <param name="Title">The heading, as the text prints it (footnote markers left out).</param>
/// <param name="AfterParagraph">The numbered paragraph it follows.</param>
internal sealed record BoxHeading(string Title, int AfterParagraph);

/// <summary>Why a paragraph or box (or the part of it no rule cites) is not encoded.</summary>
/// <param name="Key">"paragraph 31", "box 'Initiating pre-proceedings'".</param>
/// <param name="Reason">The reason.</param>
/// <param name="Note">A short note: what the duty is, and where it is taken up.</param>
/// <param name="Whose">For <see cref="CoverageReason.OutOfScope"/>: whose duty or decision it is ("the court's").</param>
internal sealed record UnencodedPassage(string Key, CoverageReason Reason, string Note, string? Whose = null);

/// <summary>An entry of the inventory (<c>wt2026-rules.md</c>) that no rule encodes under its own id.</summary>
/// <param name="Id">The inventory id: DL-23, CL-15, RD-12.</param>
/// <param name="Name">The inventory's short name.</param>
/// <param name="Reason">Why it is not encoded, or null where rules under other ids encode it (<paramref name="EncodedBy"/>).</param>
/// <param name="Note">A short note.</param>
/// <param name="Whose">For <see cref="CoverageReason.OutOfScope"/>: whose it is.</param>
/// <param name="EncodedBy">The rules (by id) that encode it under other ids, often in part.</param>
internal sealed record InventoryRow(string Id, string Name, CoverageReason? Reason, string Note, string? Whose, IReadOnlyList<string> EncodedBy);

/// <summary>
/// The coverage map's data: the boxes of Working Together 2026, and the reasons for what no rule encodes, keyed by
/// paragraph or box and by inventory id. What the rules encode is not written here: it is read from their citations
/// (<see cref="Catalog.RuleCatalog.Rules"/>) and ids.
/// </summary>
/// <remarks>
/// <para>When a rule is added: if it carries an inventory id (DC-13), delete that id's row from
/// <see cref="Inventory"/> (a test fails while both exist); if it cites a paragraph or box with a row in
/// <see cref="Passages"/>, keep the row only if it still says something true about the rest of the passage, or delete
/// it. When a rule encodes an inventory entry under another id, make the entry's row an <c>E(...)</c> row naming it.
/// Rows are one line each, in the order of the text and of the inventory, so that two branches adding rules add or
/// delete separate lines.</para>
/// </remarks>
internal static class CoverageMap
{
    /// <summary>The boxes of the text, in order: the scan of <see cref="GuidanceUnits"/> finds each under its heading after its paragraph.</summary>
    public static IReadOnlyList<BoxHeading> Boxes { get; } = new BoxHeading[]
    {
        new("Joint functions of lead safeguarding partners", 54),
        new("Joint functions of delegated safeguarding partners", 64),
        new("Statutory requirements for children in need", 153),
        new("Assessment, support and planning for children under the Children Act 1989", 241),
        new("Immediate protection", 256),
        new("Strategy discussion", 256),
        new("Initiating section 47 enquiries", 256),
        new("Outcome of section 47 enquiries", 256),
        new("Initial child protection conferences", 256),
        new("The child protection plan", 256),
        new("Child protection review conference", 256),
        new("Discontinuing the child protection plan", 256),
        new("Initiating pre-proceedings", 256),
        new("Section 11 of the Children Act 2004", 257),
        new("Summary: how to notify a serious incident, rapid review, and local child safeguarding practice review", 428),
        new("Statutory requirements", 432),
        new("Specific responsibilities of relevant bodies in relation to child deaths", 442),
    };

    /// <summary>Why paragraphs and boxes that use a modal word are not encoded (or, for a passage some rule cites, why the rest is not), by key.</summary>
    public static IReadOnlyList<UnencodedPassage> Passages { get; } = new UnencodedPassage[]
    {
        P(2, Descriptive, "the edition this text replaces (the edition readings cite it)"),
        P(6, Descriptive, "what \"should\" means: the force every should rule states, not a duty of its own"),
        P(7, Descriptive, "the Acts the guidance is issued under and what they require of the bodies they bind (CL-77)"),
        P(14, Judgement, "Equality Act duties: special provision to support dialogue with children is a judgement"),
        P(15, Judgement, "a child-centred approach for babies: practice, a judgement"),
        P(17, Judgement, "equal access to services, and the Equality Act assessment of measures to support it: a judgement"),
        P(31, Judgement, "due regard to the data protection principles, and the lawful basis for sharing: the data controller's judgement (DC-69)"),
        P(32, Judgement, "fears about sharing information must not stand in the way: a principle, a judgement"),
        P(35, OutOfScope, "the evidence a victim gives to have data about a malicious allegation erased (DC-70)", "the data controller's under UK GDPR Article 17"),
        P(36, OutOfScope, "investigating an erasure request before deleting data (DC-70)", "the data controller's under UK GDPR Article 17"),
        P(43, NotYetEncoded, "every local authority, ICB and constabulary covered by an arrangement (CL-06)"),
        P(74, NotYetEncoded, "a relevant agency acts in accordance with the arrangements (DC-72, encoded in part as the section 11 arrangement relevant-agency-must-cooperate)"),
        P(90, NotYetEncoded, "complying with an information request (DC-71)"),
        P(95, NotYetEncoded, "arrangements for independent scrutiny (CL-12): a checklist item"),
        P(109, NotYetEncoded, "what the published arrangements must include (CL-15): a checklist (issue 11 item 2)"),
        P(116, Judgement, "acting in accordance with the arrangements and resolving differences locally: a judgement"),
        P(133, NotYetEncoded, "the local authority's duty when a home educated child is unsafe, and the school's notice of a removal from the roll (DC-74)"),
        P(211, NotYetEncoded, "support under section 2 of the Chronically Sick and Disabled Persons Act 1970 (DC-35)"),
        P(212, NotYetEncoded, "the parent carer's needs assessment under section 17ZD (DC-34)"),
        P(214, NotYetEncoded, "the young carer's needs assessment under section 17ZA (DC-33)"),
        P(230, NotYetEncoded, "every looked after child has a care plan"),
        P(234, NotYetEncoded, "the prison requests an assessment when a woman applies for a mother and baby unit (DC-31; the section 11 arrangement mbu-referral-to-csc-on-application encodes the same request from chapter 4)"),
        P(239, Judgement, "sharing an offender's personal information lawfully and fairly: the data controller's judgement"),
        B("Initiating pre-proceedings", OutOfScope, "the documents the pre-proceedings checklist of the Practice Direction requires for a court application (the decision to initiate is DC-22)", "the family court's (Practice Direction 12A)"),
        P(362, Descriptive, "introduces chapter 5 and the statutory learning process (the section 16C duty quoted after it is encoded, DC-36)"),
        P(386, NotYetEncoded, "identify serious child safeguarding cases and commission and oversee their review (the review decisions, DC-52 and DC-53, cite other paragraphs)"),
        P(388, Judgement, "the partners agree who leads reviews that span areas (DC-51)"),
        P(401, NotYetEncoded, "the partners supervise a local child safeguarding practice review (CL-67)"),
        P(402, NotYetEncoded, "what the review's final report includes (CL-68): a checklist (issue 11 item 2)"),
        P(404, Judgement, "publishing the review report unless the partners consider it inappropriate (DC-54)"),
        P(414, NotYetEncoded, "sharing further information with the Panel on request"),
        P(417, OutOfScope, "the decision to commission a national review", "the Child Safeguarding Practice Review Panel's"),
        P(422, OutOfScope, "the pool of national reviewers", "the Child Safeguarding Practice Review Panel's"),
        P(424, OutOfScope, "what a national review's final report includes (CL-70)", "the Child Safeguarding Practice Review Panel's"),
        P(425, OutOfScope, "publishing the national review report (CL-70)", "the Child Safeguarding Practice Review Panel's"),
        P(437, NotYetEncoded, "the child death review footprint extends to at least one local authority area (DL-25)"),
        P(439, NotYetEncoded, "complying with a child death review partners' information request"),
        P(456, NotYetEncoded, "the child death review partners' report (DL-76): a timing left to the partners"),
    };

    /// <summary>Every inventory entry (DL, DC, CL, RD) that no rule carries as its id, with its reason or the rules that encode it under other ids.</summary>
    public static IReadOnlyList<InventoryRow> Inventory { get; } = new InventoryRow[]
    {
        N("DL-25", "cdr-population-footprint", "the child death review footprint (at least one local authority area, paragraph 437): a partnership fact"),
        E("DL-27", "secure-estate-policy-annual-review", "annual review of the secure estate safeguarding policy", "secure-annual-safeguarding-policy"),
        N("DL-71", "plan-review-regular", "a timing the text leaves to local decision or gives no number for; not yet a caller-supplied value (issue 11 item 4)"),
        N("DL-72", "lsp-dsp-meeting-frequency", "a timing the text leaves to local decision or gives no number for; not yet a caller-supplied value (issue 11 item 4)"),
        N("DL-73", "relevant-agency-list-review", "a timing the text leaves to local decision or gives no number for; not yet a caller-supplied value (issue 11 item 4)"),
        N("DL-74", "funding-review-ongoing", "a timing the text leaves to local decision or gives no number for; not yet a caller-supplied value (issue 11 item 4)"),
        N("DL-75", "published-arrangements-update-on-change", "a timing the text leaves to local decision or gives no number for; not yet a caller-supplied value (issue 11 item 4)"),
        N("DL-76", "cdr-reports-when-appropriate", "a timing the text leaves to local decision or gives no number for; not yet a caller-supplied value (issue 11 item 4)"),
        D("DL-77", "young-carer-census-annual", "a fact: the school census collects it yearly; no partner's duty"),
        D("DL-80", "uk-gdpr-17-1-g-commencement", "a dated fact (UK GDPR Article 17(1)(g) in force from 31 March 2026); no rule depends on it, erasure is the data controller's"),
        D("DL-81", "pcc-role-sunset", "a dated fact (Police and Crime Commissioners until May 2028); no rule depends on it"),
        D("DL-82", "serious-violence-duty-dates", "dated facts of the serious violence duty (2023, 2024); no rule depends on them"),
        D("DL-83", "ccb-living-together-removed", "a dated fact of criminal law (5 April 2023); no rule depends on it"),
        D("DL-84", "cdr-notification-system-24h", "the notification system is open 24 hours a day: a fact, no duty"),
        D("DL-85", "unwanted-prisoner-contact-hours", "a helpline's opening hours: a fact, no duty"),
        D("DL-86", "care-leaver-contact-ages", "care leavers' entitlements by age: facts of other legislation; no rule here depends on them"),
        N("DC-01", "is-child", "who is a child (under 18): a test over the date of birth, not yet a rule of its own"),
        N("DC-02", "unborn-child-scope", "which parts apply to unborn children"),
        N("DC-07", "referral-feedback", "feedback to the referrer"),
        J("DC-08", "family-help-consent-and-eligibility", "family help rests on consent and local criteria: a judgement no fact carries"),
        N("DC-10", "emergency-action-responsible-authority", "which authority takes emergency action"),
        N("DC-11", "police-protection-s46", "police protection under section 46"),
        O("DC-16", "criminal-threshold-independence", "the police's and the Crown Prosecution Service's", "whether the criminal threshold is met is decided apart from the child protection process"),
        N("DC-17", "lead-practitioner-social-worker-requirement", "the social-worker lead for section 47 enquiries (reading AT-30)"),
        J("DC-18", "inform-child-family-exception", "whether informing the child and family would put the child at risk: a judgement"),
        N("DC-19", "unborn-child-protection", "child protection for unborn children"),
        N("DC-23", "fgdm-referral", "referral to family group decision making"),
        N("DC-24", "no-further-action-recording", "recording a no-further-action decision"),
        N("DC-25", "child-in-need-plan", "the child in need plan"),
        N("DC-26", "unplanned-return-home-s20", "an unplanned return home from section 20 accommodation"),
        N("DC-27", "return-home-assessment", "assessment before a looked after child returns home"),
        N("DC-28", "looked-after-child-s47-alongside-care-review", "section 47 enquiries alongside the looked after child's review"),
        N("DC-29", "remand-makes-looked-after", "remand makes a child looked after"),
        N("DC-30", "secure-establishment-responsible-la", "the responsible local authority for a child in a secure establishment"),
        N("DC-31", "mbu-responsibility", "responsibility for a child in a mother and baby unit"),
        N("DC-32", "out-of-area-placement-notification", "notification of an out-of-area placement (the timing is DL-62)"),
        N("DC-33", "young-carer-assessment", "the young carer's needs assessment (section 17ZA)"),
        N("DC-34", "parent-carer-assessment", "the parent carer's needs assessment (section 17ZD)"),
        N("DC-35", "disabled-child-csdpa-s2", "support under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
        N("DC-46", "unexplained-death-location", "where an unexpected death is reviewed when the child died away from home"),
        N("DC-49", "who-can-notify", "who can notify a serious incident"),
        J("DC-50", "notification-dispute-and-oversight", "disputes over notification and the Panel's oversight: a judgement"),
        J("DC-51", "review-lead-area", "which area leads a review: the partners agree it, a judgement"),
        J("DC-54", "lcspr-publication-decision", "publishing a review report \"unless they consider it inappropriate\": a judgement"),
        O("DC-56", "national-review-reviewer-selection", "the Child Safeguarding Practice Review Panel's", "the Panel chooses the reviewer of a national review"),
        E("DC-57", "homelessness-duty-to-refer", "the homelessness duty to refer, as a section 11 arrangement", "homelessness-duty-to-refer"),
        E("DC-60", "operation-encompass-notification", "Operation Encompass notifications, as section 11 arrangements (the next-school-day timing, DL-26, is not yet encoded)", "police-operation-encompass-notification", "information-sharing-arrangements"),
        N("DC-61", "child-victim-of-domestic-abuse", "a child as a victim of domestic abuse"),
        D("DC-62", "domestic-abuse-statutory-definition", "the statutory definition of domestic abuse: a definition"),
        O("DC-63", "ccb-child-victim-exclusion", "criminal law's (the police's and the courts')", "the controlling or coercive behaviour offence"),
        N("DC-64", "nrm-referral", "referral to the National Referral Mechanism (the urgency is DL-54)"),
        N("DC-65", "ictg-referral", "referral to an independent child trafficking guardian"),
        N("DC-66", "private-fostering", "private fostering"),
        D("DC-67", "kinship-care-arrangement-types", "the kinds of kinship care: definitions"),
        D("DC-68", "relative", "who is a relative: a definition"),
        J("DC-69", "information-sharing-lawful-basis", "whether a lawful basis for sharing applies: the data controller's judgement"),
        O("DC-70", "erasure-article-17-1-g", "the data controller's under UK GDPR Article 17", "erasure of personal data relating to a malicious allegation"),
        N("DC-71", "information-request-compliance", "complying with a safeguarding partners' information request"),
        E("DC-72", "relevant-agency-duty", "a relevant agency acts in accordance with the arrangements, as section 11 arrangements", "relevant-agency-must-cooperate", "asked-to-cooperate-should-do-so"),
        N("DC-73", "persistent-absence", "persistent absence"),
        N("DC-74", "home-education-and-roll-removal", "home education and removal from the school roll"),
        E("DC-75", "cafcass-invitation", "inviting Cafcass, as section 11 arrangements", "cafcass-invited-to-rapid-review", "cafcass-guardian-invited-to-planning-meetings"),
        E("DC-76", "lado-appointment-qualification", "the designated officer's qualification, as a section 11 arrangement", "lado-qualified"),
        E("DC-77", "mappa-child-consideration", "MAPPA agencies consider the child's welfare, as section 11 arrangements", "mappa-consider-child-welfare"),
        N("DC-79", "lead-statutory-body", "the lead statutory body"),
        N("DC-80", "escalation-to-secretary-of-state", "escalation to the Secretary of State"),
        E("DC-81", "children-home-placement-plan", "the children's home placement plan, as a section 11 arrangement", "ch-placement-plan-risk-steps"),
        J("DC-82", "cuckooing-consent", "consent in cuckooing cases: a judgement"),
        E("DC-83", "prison-contact-restriction", "restricting a prisoner's contact with children, as section 11 arrangements", "pprc-child-contact-risk-assessment"),
        N("DC-84", "child-in-need-move-between-authorities", "a child in need who moves between authorities (the information transfer's urgency is DL-53)"),
        N("DC-85", "prison-probation-routing", "routing between the prison and probation services"),
        N("DC-86", "children-who-harm-or-offend-get-safeguarding-response", "children who harm or offend get a safeguarding response"),
        D("CL-01", "safeguarding-and-promoting-welfare-definition", "what safeguarding and promoting welfare means: a definition"),
        J("CL-02", "national-framework-principles", "the National Framework's principles: practice, a judgement"),
        J("CL-03", "principles-for-working-with-parents-and-carers", "principles for working with parents and carers: practice, a judgement"),
        J("CL-04", "multi-agency-expectations", "expectations for multi-agency working: practice, a judgement"),
        N("CL-05", "information-sharing-arrangements", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-06", "masa-coverage-and-purpose", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-07", "lead-safeguarding-partner", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-08", "delegated-safeguarding-partner", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-09", "partnership-chair-and-three-functions", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-10", "dsp-assurance-activities", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-11", "relevant-agency-obligations", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-12", "independent-scrutiny", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-13", "funding", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-14", "reporting-documents-common", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-15", "published-arrangements-must-include", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-16", "published-arrangements-should-include", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-17", "yearly-report-must-include", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-18", "yearly-report-should-include", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-19", "dispute-resolution", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-20", "information-sharing-agreement", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-21", "threshold-document", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-22", "family-help-effective-provision", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-23", "practitioner-training-competences", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-24", "family-help-alert-list", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-25", "family-help-assessment-contents", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-26", "local-protocol-for-assessment", "a checklist, not yet a rule family (issue 11 item 2)"),
        J("CL-27", "purpose-of-assessment", "the purpose of assessment: a judgement"),
        J("CL-28", "assessment-framework-domains", "the assessment framework's domains: a professional assessment, a judgement"),
        N("CL-29", "lead-practitioner-response-to-referral", "a checklist, not yet a rule family (issue 11 item 2)"),
        J("CL-30", "assessment-qualities", "the qualities of a good assessment: a judgement"),
        N("CL-31", "babies-and-unborn", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-32", "disabled-child-assessment-aims", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-33", "mbu-assessment-considerations", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-34", "response-to-child-safeguarding-enquiry", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-35", "s17-assessment-roles", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-36", "return-home-after-care", "a checklist, not yet a rule family (issue 11 item 2)"),
        J("CL-37", "cp-practitioner-duties-all-forms-of-harm", "child protection duties across all forms of harm: practice, a judgement"),
        J("CL-38", "cp-practice-standards", "the national practice standards for child protection: practice, a judgement"),
        N("CL-39", "strategy-discussion", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-40", "s47-enquiry-roles", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-41", "s47-outcome-roles", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-42", "initial-child-protection-conference", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-43", "child-protection-plan", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-44", "core-group", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-45", "child-protection-review-conference", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-46", "pre-proceedings", "a checklist, not yet a rule family (issue 11 item 2)"),
        E("CL-47", "section-11-duty-holders", "the bodies section 11 binds: the section 11 family's scope", "contracted-out-services-covered"),
        E("CL-48", "section-11-arrangements", "the section 11 arrangements of paragraph 259, items C01 to C13", "clear-line-of-accountability", "senior-board-level-lead", "culture-of-listening-to-children", "whistleblowing-procedures", "escalation-policy", "information-sharing-arrangements", "designated-safeguarding-practitioner", "safe-recruitment-and-safe-working", "supervision-support-and-training", "culture-of-safety-equality-protection", "staff-competence-and-speak-up-environment", "mandatory-safeguarding-induction", "regular-practice-review"),
        E("CL-49", "allegations-policies", "allegations policies, as section 11 arrangements", "allegations-against-staff-policy", "allegations-policy-timescales-and-support", "la-lado-designated", "la-allegations-advice-to-employers"),
        E("CL-50", "education-duty-holders", "education providers, as a section 11 arrangement (have regard to Keeping children safe in education)", "edu-have-regard-to-kcsie"),
        E("CL-51", "early-years-provider-must", "early years providers' duties, as section 11 arrangements", "ey-alert-to-concerns", "ey-safeguarding-policy-and-procedures", "ey-policy-covers-mobile-phones-and-cameras", "ey-staff-safeguarding-training", "ey-designated-safeguarding-lead", "ey-lead-child-protection-training"),
        E("CL-52", "health-designated-and-named", "designated and named health professionals, as section 11 arrangements", "icb-designated-professionals", "icb-designated-capacity-proportionate", "designated-professionals-sufficient-time", "nhs-provider-named-professionals", "named-professionals-link-to-board-lead", "icb-named-gp", "gp-practice-lead-and-deputy"),
        E("CL-53", "police-duties", "police duties, as section 11 arrangements", "police-domestic-abuse-children-as-victims", "police-operation-encompass-notification", "police-children-suspects-safeguarded", "police-arrest-impact-on-child-considered", "police-share-information", "police-trained-child-abuse-investigators", "police-referral-decisions-apply-threshold-document", "police-protection-powers-only-when-necessary"),
        E("CL-54", "adult-social-care", "adult social care, as section 11 arrangements", "asc-ask-about-children-in-family", "asc-identify-young-carers", "asc-parent-carer-needs-assessment", "asc-liaise-with-childrens-social-care"),
        E("CL-55", "homelessness-referral-content", "the homelessness referral, as a section 11 arrangement (its content is not itemised)", "homelessness-duty-to-refer"),
        E("CL-56", "prison-pprc-actions", "prison actions on people posing a risk to children, as section 11 arrangements", "prison-identify-pprc", "pprc-inform-childrens-social-care", "pprc-consult-on-significant-change", "pprc-notify-probation-yot-and-police", "pprc-child-contact-risk-assessment", "pprc-refer-unknown-child", "pprc-record-shared-information", "prison-monitor-communications"),
        E("CL-57", "prison-children-of-prisoners", "prisoners' children, as section 11 arrangements", "prison-children-of-prisoners-arrangements", "prison-family-ties"),
        E("CL-58", "probation", "the Probation Service, as section 11 arrangements", "probation-enquiries-at-sentencing", "probation-request-quick-response-on-contact-concerns", "probation-enquiries-and-info-sharing", "pdu-information-exchange-arrangements", "probation-notify-la-on-move", "probation-risk-assessment-and-rmp", "probation-rmp-aligned-with-child-plans", "probation-sentence-plan-child-objectives", "probation-intervention-impact-on-caring-considered", "probation-attend-cp-meetings-and-report"),
        E("CL-59", "mappa-associate-agencies", "MAPPA associate agencies, as section 11 arrangements", "mappa-associate-agencies", "mappa-consider-child-welfare", "mappa-child-offender-risk-addressed", "mappa-child-offenders-safeguarded", "mappa-share-relevant-information"),
        E("CL-60", "serious-violence-duty", "the serious violence duty, as section 11 arrangements", "svd-work-together-and-strategy", "svd-consult-education-prison-youth-custody"),
        E("CL-61", "childrens-homes", "children's homes, as section 11 arrangements", "ch-have-regard-to-regulations-guide", "ch-continuous-risk-assessment", "ch-placement-plan-risk-steps", "ch-reg34-policies", "ch-agree-working-with-safeguarding-partners", "ch-looked-after-children-vulnerability-awareness"),
        E("CL-62", "secure-estate", "the secure estate, as section 11 arrangements", "secure-annual-safeguarding-policy", "secure-policy-implementation-manager", "secure-agree-working-with-partners"),
        E("CL-63", "armed-services", "the armed services, as section 11 arrangements", "la-notify-mod-reviews-and-lado-cases", "la-notify-mod-overseas-move", "la-us-base-liaison"),
        E("CL-64", "vcse-faith-private-sport", "voluntary, faith, private and sports organisations, as section 11 arrangements", "vcse-appropriate-arrangements", "charity-trustee-responsibility", "charity-follow-charity-commission-guidance", "vcse-policies-followed-with-compliance-systems", "vcse-practitioners-know-how-to-refer", "vcse-common-arrangements-and-partners", "sport-common-arrangements", "sport-staff-know-how-to-refer", "ngb-aim-to-meet-cpsu-standards"),
        N("CL-65", "rapid-review-contents", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-66", "lcspr-reviewer-selection", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-67", "lcspr-conduct", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-68", "lcspr-report-and-publication", "a checklist, not yet a rule family (issue 11 item 2)"),
        O("CL-69", "panel-response-to-rapid-review", "the Child Safeguarding Practice Review Panel's", "the Panel's response to a rapid review"),
        O("CL-70", "national-review-report-and-publication", "the Child Safeguarding Practice Review Panel's", "the national review report and its publication"),
        D("CL-71", "chapter-5-routing-addresses", "where each chapter 5 notice is sent: addresses, no duty of their own (the duties are DL-13, DL-14, DL-16, DL-19)"),
        N("CL-72", "cdr-statutory-requirements", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-73", "cdr-partner-structures", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-74", "child-death-response", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-75", "cdr-process-stages", "a checklist, not yet a rule family (issue 11 item 2)"),
        N("CL-76", "chapter-1-general-must-duties", "a checklist, not yet a rule family (issue 11 item 2)"),
        D("CL-77", "legal-basis-have-regard", "the Acts the guidance is issued under"),
        D("CL-78", "other-encodable-statements", "minor statements listed for completeness"),
        N("RD-01", "SafeguardingPartner", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-02", "LeadSafeguardingPartner", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-03", "DelegatedSafeguardingPartner", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-04", "PartnershipChair", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-05", "IndependentScrutiny", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-06", "RelevantAgency", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-07", "ChildDeathReviewPartner", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-08", "ChildDeathOverviewPanel", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-09", "DesignatedDoctorForChildDeaths", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-10", "DesignatedHealthProfessional", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-11", "NamedHealthProfessional", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-12", "LeadPractitioner", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-13", "SocialWorkQualifiedPracticeSupervisorOrManager", "a role, not yet a type the rules use (issue 11 item 3)"),
        E("RD-14", "LocalAuthorityDesignatedOfficer", "the designated officer, as section 11 arrangements (the typed role is issue 11 item 3)", "la-lado-designated", "lado-qualified"),
        N("RD-15", "DirectorOfChildrensServices", "a role, not yet a type the rules use (issue 11 item 3)"),
        O("RD-16", "ChildSafeguardingPracticeReviewPanel", "the Child Safeguarding Practice Review Panel's", "the Panel's own functions; the duties owed to it are encoded (DL-13, DL-14)"),
        N("RD-17", "ConferenceChair", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-18", "FirstResponder", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-19", "DesignatedPractitioner", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-20", "DesignatedSocialCareOfficer", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-21", "PersonPosingRiskToChildren", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-22", "CommunityPartner", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-23", "FamilyHelp", "a role, not yet a type the rules use (issue 11 item 3)"),
        N("RD-40", "Child", "who is a child: see DC-01"),
        D("RD-41", "WorkingDay", "\"working day\": a definition the working-day calendar applies to every working-day limit"),
        E("RD-42", "SeriousHarm", "serious harm: the definition rule", "DC-37"),
        J("RD-43", "SignificantHarm", "significant harm: a threshold that is a professional judgement (the decisions take it as a fact the caller records)"),
        D("RD-44", "LookedAfterChild", "a definition"),
        D("RD-45", "CareLeaver", "a definition"),
        E("RD-46", "ChildInNeed", "child in need: the definition rule", "DC-03"),
        D("RD-47", "ChildProtection", "a definition"),
        D("RD-48", "SafeguardingAndPromotingWelfare", "see CL-01: a definition"),
        D("RD-49", "Abuse", "a definition"),
        D("RD-50", "Neglect", "a definition"),
        D("RD-51", "PhysicalAbuse", "a definition"),
        D("RD-52", "EmotionalAbuse", "a definition"),
        D("RD-53", "ChildSexualAbuse", "a definition"),
        D("RD-54", "ChildSexualExploitation", "a definition"),
        D("RD-55", "ChildCriminalExploitation", "a definition"),
        D("RD-56", "FinancialExploitation", "a definition"),
        D("RD-57", "GroupBasedChildSexualExploitation", "a definition"),
        D("RD-58", "HonourBasedAbuse", "a definition"),
        D("RD-59", "DomesticAbuse", "a definition"),
        O("RD-60", "ControllingOrCoerciveBehaviour", "criminal law's (the police's and the courts')", "controlling or coercive behaviour; see DC-63"),
        D("RD-61", "CountyLines", "a definition"),
        D("RD-62", "ExtraFamilialContexts", "a definition"),
        D("RD-63", "Extremism", "a definition"),
        D("RD-64", "SeriousViolence", "a definition"),
        D("RD-65", "Maltreatment", "a definition"),
        D("RD-66", "FamilyGroupDecisionMaking", "a definition"),
        D("RD-67", "FamilyNetwork", "a definition"),
        D("RD-68", "KinshipCare", "kinship care, private fostering, relative: see DC-66, DC-67, DC-68"),
        D("RD-69", "ParentCarer", "a definition"),
        D("RD-70", "YoungCarer", "a definition"),
        D("RD-71", "EHCPlan", "a definition"),
        D("RD-72", "SmallDefinitions", "small definitions"),
    };

    private static InventoryRow N(string id, string name, string note) => new(id, name, CoverageReason.NotYetEncoded, note, null, System.Array.Empty<string>());

    private static InventoryRow D(string id, string name, string note) => new(id, name, CoverageReason.Descriptive, note, null, System.Array.Empty<string>());

    private static InventoryRow J(string id, string name, string note) => new(id, name, CoverageReason.Judgement, note, null, System.Array.Empty<string>());

    private static InventoryRow O(string id, string name, string whose, string note) => new(id, name, CoverageReason.OutOfScope, note, whose, System.Array.Empty<string>());

    private static InventoryRow E(string id, string name, string note, params string[] rules) => new(id, name, null, note, null, rules);

    private static UnencodedPassage P(int paragraph, CoverageReason reason, string note, string? whose = null) => new(GuidanceUnits.ParagraphKey(paragraph), reason, note, whose);

    private static UnencodedPassage B(string title, CoverageReason reason, string note, string? whose = null) => new(GuidanceUnits.BoxKey(title), reason, note, whose);
}
