using System.Collections.Generic;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Logic.Criterion;
using static Safeguarding.Rules.Decisions.RuleText;
using V = Safeguarding.Rules.Decisions.Vocabulary;

namespace Safeguarding.Rules.Decisions;

/// <summary>Child death review (chapter 6): which deaths are reviewed and by which area, the joint agency response, and the registrar's and coroner's notifications.</summary>
public static class ChildDeathRules
{
    private const string StatutoryBox = "box 'Statutory requirements' (after paragraph 432)";
    private const string BodiesBox = "box 'Specific responsibilities of relevant bodies in relation to child deaths' (after paragraph 442)";
    private const string Footnote223 = "footnote 223 (to paragraph 433)";

    private static readonly Citation Covers = W("paragraph 433", "The child death review process covers children²²², regardless of the cause of death²²³.");
    private static readonly Citation ChildUnder18 = W("footnote 222 (to paragraph 433)", "a child is defined as a person under 18 years of age");
    private static readonly Citation Includes = W(Footnote223, "This will include the death of any liveborn baby, where a death certificate has been issued, or where the birth was unattended");
    private static readonly Citation Excludes = W(Footnote223, "but does not include those (of any gestation) who are stillborn where there was medical attendance or planned terminations of pregnancy carried out within the law.");
    private static readonly Citation ArrangeReviews = W(StatutoryBox, "Child death review partners must make arrangements to review all deaths of children normally resident in the local area²²¹ and, as indicated, of any non-resident children who have died in their area. This should be done via a Child Death Overview Panel (CDOP).");
    private static readonly Citation Responsible = W("paragraph 440", "Child death review partners for the local authority area where a child who has died was normally resident are responsible for ensuring the death is reviewed.");
    private static readonly Citation Paragraph449Limb5 = W("paragraph 449", "occurs in the case of a stillbirth where no healthcare professional was in attendance");
    private static readonly Citation Registrar = W(BodiesBox, "Requirement on registrars of births and deaths to supply child death review partners with the particulars of the death entered in the register in relation to any person who was or may have been under the age of 18 at the time of death. A similar requirement exists where the registrar corrects an entry in the register.");
    private static readonly Citation RegistrarCertificate = W(BodiesBox, "The registrar must also notify child death review partners if they issue a Certificate of No Liability to Register (where a death is not required by law to be registered in England or Wales) where it appears that the deceased was or may have been under the age of 18 at the time of death.");
    private static readonly Citation Coroner = W(BodiesBox, "Coroner's duty to notify the child death review partners for the area in which the child died or where the child's body was found within three working days of deciding to investigate a death or commission a post-mortem.");

    private static readonly Condition UnattendedStillbirth = When(
        "unattended-stillbirth",
        "A stillbirth where no healthcare professional was in attendance",
        AllOf(IsOneOf(V.DeathKind, "stillbirth"), IsFalse(V.BirthAttended)),
        Includes,
        Excludes,
        Paragraph449Limb5);

    // Footnote 223's limb, which medical-attendance=doctor-only reads as a doctor's attendance, and which
    // child-death-review-scope=certificate-gate drops.
    private static readonly Condition UnattendedStillbirthInScope = When(
        "unattended-stillbirth",
        "A stillbirth where no healthcare professional was in attendance (interpretations medical-attendance and child-death-review-scope)",
        ByReading(
            DecisionInterpretations.ChildDeathReviewScope,
            AllOf(IsOneOf(V.DeathKind, "stillbirth"), ByReading(DecisionInterpretations.MedicalAttendance, IsFalse(V.BirthAttended), "doctor-only", IsFalse(V.BirthAttendedByDoctor))),
            "certificate-gate",
            AllOf(IsOneOf(V.DeathKind, "stillbirth"), IsOneOf(V.DeathKind, "after-live-birth"))),
        Includes,
        Excludes,
        Paragraph449Limb5);

    private static readonly Condition ChildUnder18AtDeath = When("child", "The child was under 18 at death", LessThan(V.AgeAtDeathOrHarm, 18), ChildUnder18);

    /// <summary>DC-42: which deaths the child death review process covers.</summary>
    public static DecisionRule Scope { get; } = new(
        "DC-42",
        "Child death review: which deaths are reviewed",
        "Does the child death review process cover this death?",
        Force.Must,
        AnyOf(
            When("child-born-alive", "The death of a child born alive and under 18, of any cause, with or without a death certificate (a liveborn baby included; interpretation child-death-review-scope)",
                ByReading(
                    DecisionInterpretations.ChildDeathReviewScope,
                    AllOf(IsOneOf(V.DeathKind, "after-live-birth"), LessThan(V.AgeAtDeathOrHarm, 18)),
                    "certificate-gate",
                    AllOf(IsOneOf(V.DeathKind, "after-live-birth"), LessThan(V.AgeAtDeathOrHarm, 18), AnyOf(IsTrue(V.DeathCertificateIssued), IsFalse(V.BirthAttended)))),
                Covers, ChildUnder18, Includes),
            UnattendedStillbirthInScope),
        List(
            Then("practitioners in all agencies aware of the death", "notify the child death review partners, via the local CDOP administrator (or equivalent), using the child death notification form", Force.Should, null, None,
                new[] { W("paragraph 447", "Practitioners in all agencies should notify the child death review partners, via the local CDOP administrator (or equivalent) of the death of any child of which they become aware by using the child death notification form²²⁸.") }),
            Then("the child death review partners of the area where the child was normally resident (DC-41)", "ensure the death is reviewed, via a Child Death Overview Panel", Force.Must, null, None, new[] { ArrangeReviews, Responsible })),
        new[] { Covers, Includes, Excludes },
        new[] { DecisionInterpretations.ChildDeathReviewScope, DecisionInterpretations.MedicalAttendance });

    /// <summary>DC-41: which area's partners are responsible.</summary>
    public static DecisionRule ResponsibleArea { get; } = new(
        "DC-41",
        "Child death review: which area's partners are responsible",
        "Are this area's child death review partners responsible for ensuring the death is reviewed?",
        Force.Must,
        AllOf(
            When("covered", "The death is one the child death review process covers (DC-42)", Scope.Requirement, Covers),
            When("normally-resident", "The child was normally resident in this area", IsTrue(V.NormallyResidentInLocalAuthorityArea), Responsible)),
        List(
            Then("the child death review partners of this area", "make arrangements to review the death, via a Child Death Overview Panel, and have the National Child Mortality Database analyse the information", Force.Must, null, None,
                new[] { ArrangeReviews, W(StatutoryBox, "Child death review partners must make arrangements for the analysis of information from all deaths reviewed by the National Child Mortality Database (NCMD).") }),
            Then("the child death review partners of this area", "seek to involve the partners for another local authority area who had an interest in the child, and any other person or agencies, as appropriate", Force.Should, null, None,
                new[] { W("paragraph 440", "The review process should seek to involve child death review partners for another local authority area who had an interest in the child or any other person or agencies, as appropriate.") }),
            Otherwise("the child death review partners of this area", "choose to review the death of a child (a looked after child included) who died in their area though not normally resident there, as indicated and agreed between child death review partners; the designated doctors for child death in each area agree who collects information and reviews, so that there is no duplication", Force.May,
                new[]
                {
                    W("paragraph 440", "However, they may also choose to review the death of a child, including a looked after child, that occurred in their local area even if the child in question was not normally resident there. In such circumstances, the designated doctor for child death in each area should discuss and agree who will be responsible for collecting information and reviewing the death, to ensure there is no duplication of review."),
                    W("paragraph 434", "as indicated and agreed between child death review partners, the deaths of children not normally resident in their area but who have died there"),
                },
                AllOf(Scope.Requirement, IsFalse(V.NormallyResidentInLocalAuthorityArea), IsTrue(V.InLocalAuthorityArea)))),
        new[] { Responsible, ArrangeReviews },
        new[] { DecisionInterpretations.ChildDeathReviewScope, DecisionInterpretations.NonResidentDeathReview });

    /// <summary>DC-43: when a joint agency response is required.</summary>
    public static DecisionRule JointAgencyResponse { get; } = new(
        "DC-43",
        "Joint agency response to a child's death",
        "Is a joint agency response required?",
        Force.Should,
        AnyOf(
            AllOf(
                ChildUnder18AtDeath,
                When("born-alive", "The child was born alive: a stillbirth comes in only through the unattended-stillbirth limb, and a planned lawful termination is not a child death to review", IsOneOf(V.DeathKind, "after-live-birth"), Covers, Excludes),
                AnyOf(
                    When("external-causes", "The death is or could be due to external causes", IsTrue(V.DeathExternalCauses), W("paragraph 449", "is or could be due to external causes")),
                    When("sudden-unexplained", "The death is sudden and there is no immediately apparent cause (SUDI and SUDC included)", IsTrue(V.DeathSuddenUnexplained), W("paragraph 449", "is sudden and there is no immediately apparent cause (including sudden"), W("paragraph 449", "unexpected death in infancy or childhood)")),
                    When("custody-or-detained", "The death occurs in custody, or where the child was detained under the Mental Health Act", IsTrue(V.DeathInCustodyOrDetained), W("paragraph 449", "occurs in custody, or where the child was detained under the Mental Health Act")),
                    When("suspicious", "The initial circumstances raise any suspicions that the death may not have been natural", IsTrue(V.DeathSuspicious), W("paragraph 449", "occurs where the initial circumstances raise any suspicions that the death may not have been natural")))),
            UnattendedStillbirth),
        List(
            Then("practitioners", "follow the process in 'Sudden unexpected death in infancy and childhood: multi-agency guidelines for care and investigation (2016)'", Force.Should, null, None,
                new[] { W("paragraph 449", "Where a joint agency response is required, practitioners should follow the process set out in 'Sudden unexpected death in infancy and childhood: multi-agency guidelines for care and investigation (2016)'²³⁰.") })),
        new[] { W("paragraph 449", "A joint agency response is required if a child's death:") },
        new[] { DecisionInterpretations.MedicalAttendance });

    /// <summary>DC-44: the registrar's notification.</summary>
    public static DecisionRule RegistrarNotification { get; } = new(
        "DC-44",
        "Registrar's notification of a child death to child death review partners",
        "Must the registrar supply the particulars to the child death review partners?",
        Force.Must,
        AllOf(
            When("registrar-action", "The registrar registered the death, corrected an entry, or issued a Certificate of No Liability to Register", IsOneOf(V.RegistrarAction, "registered-death", "corrected-entry", "certificate-of-no-liability"), Registrar, RegistrarCertificate),
            When("may-have-been-under-18", "The deceased was or may have been under 18 at the time of death", IsTrue(V.WasOrMayHaveBeenUnder18), Registrar, RegistrarCertificate)),
        List(
            Then("the registrar", "supply the particulars to the appropriate child death review partners (those covering the sub-district in which the register is kept)", Force.Must, "no later than seven days from the date the death was registered, the correction was made or the certificate was issued", new[] { "DL-21" },
                new[] { W(BodiesBox, "The information must be provided to the appropriate child death review partners (which cover the sub-district in which the register is kept) no later than seven days from the date the death was registered, the date the correction was made or the date the certificate was issued.") })),
        new[] { Registrar, RegistrarCertificate },
        NoInterpretation);

    /// <summary>DC-45: the coroner's notification.</summary>
    public static DecisionRule CoronerNotification { get; } = new(
        "DC-45",
        "Coroner's notification of a child death to child death review partners",
        "Must the coroner notify the child death review partners?",
        Force.Must,
        AllOf(
            When("investigating", "The coroner has decided to investigate the death or to commission a post-mortem", IsTrue(V.CoronerInvestigating), Coroner),
            When("child", "The child was under 18 at death (interpretation coroner-child-age)", ByReading(DecisionInterpretations.CoronerChildAge, LessThan(V.AgeAtDeathOrHarm, 18), "may-have-been-under-18", IsTrue(V.WasOrMayHaveBeenUnder18)), ChildUnder18)),
        List(
            Then("the coroner", "notify the child death review partners for the area in which the child died or where the child's body was found", Force.Must, "within three working days of deciding to investigate the death or commission a post-mortem", new[] { "DL-22" }, new[] { Coroner }),
            Then("the coroner", "share information, including post-mortem reports, with the relevant child death review partners", Force.Must, null, None,
                new[] { W(BodiesBox, "Coroner's duty to share information, including post-mortem reports with the relevant child death review partners.") })),
        new[] { Coroner },
        new[] { DecisionInterpretations.CoronerChildAge });
}
