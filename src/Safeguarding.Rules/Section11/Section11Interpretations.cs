using System.Collections.Generic;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Section11;

/// <summary>
/// The readings the section 11 checks apply where Working Together 2026 admits more than one, each named so that a
/// policy team can see it and disagree with it.
/// </summary>
public static class Section11Interpretations
{
    /// <summary>Which agency kinds the common arrangements (C01 to C14) apply to.</summary>
    public static Interpretation CommonArrangementsScope { get; } = new(
        "s11-common-arrangements-scope",
        "Who must have the common arrangements",
        "The common arrangements of paragraphs 259 and 260 apply to the bodies paragraph 258 lists (and the adult social care and housing services paragraphs 290 and 294 bring under it), to schools (paragraph 269), to voluntary, charity, social enterprise, faith-based and private sector organisations (paragraph 359) and to sports clubs (paragraph 360). Early years providers and children's homes are checked against them too, as private, voluntary or local authority providers that paragraph 359 or the local authority's own duty reaches. Cafcass, the immigration services and MAPPA agencies in that capacity are not: the text gives them no section 11 list. Cafcass, whose responsibility is to safeguard and promote the welfare of individual children (paragraph 344), is still an organisation working with children and families and an employer in regulated activity, so it is checked against the allegations policy (C14, paragraph 260), the allegations arrangements of paragraph 264 and the DBS duties of paragraph 265, though not against C01 to C13. An organisation that is not reached can mark an arrangement not applicable with its reason.",
        new[]
        {
            new InterpretationAlternative("listed-bodies-only", "Only the bodies paragraph 258 names, with schools (paragraph 269): early years providers and children's homes are then checked only against their own requirements. Not offered as a reading: it changes which arrangements a checklist holds, not how one is judged."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 259", "These organisations and agencies should have in place arrangements that reflect the importance of safeguarding and promoting the welfare of children, including:"),
            Citation.WorkingTogether2026("paragraph 269", "This guidance applies in its entirety to all schools"),
            Citation.WorkingTogether2026("paragraph 359", "Every VCSE, faith-based organisation and private sector organisation or agency should have in place the arrangements described in this chapter."),
            Citation.WorkingTogether2026("paragraph 360", "All should have the arrangements described in this chapter in place"),
            Citation.WorkingTogether2026("paragraph 260", "Organisations and agencies working with children and families should have clear policies for dealing with allegations against people who work with children."),
            Citation.WorkingTogether2026("paragraph 265", "Regulated activity providers (employers or volunteer managers of people working in regulated activity in England, Wales and Northern Ireland) and personnel suppliers have a legal duty to make a referral to the Disclosure and Barring Service (DBS) where conditions are met"),
            Citation.WorkingTogether2026("paragraph 344", "The responsibility of the Children and Family Court Advisory and Support Service (Cafcass), as set out in the Children Act 1989, is to safeguard and promote the welfare of individual children who are the subject of family court proceedings."),
        });

    /// <summary>How a stated responsibility without "must" or "should" is weighed.</summary>
    public static Interpretation StatedResponsibility { get; } = new(
        "s11-stated-responsibility",
        "A responsibility stated without \"must\" or \"should\"",
        "Where the text says an organisation \"is responsible for\", \"is accountable for\", \"has a responsibility to\" or \"will\" do something (or that something \"will be\" done by it), the arrangement is checked as a \"should\" (statutory guidance, complied with unless exceptional circumstances arise), except where the text grounds the responsibility in a statute or regulation (regulation 34 of the Children's Homes Regulations), when it is a \"must\".",
        new[]
        {
            new InterpretationAlternative("responsibility-as-must", "Every stated responsibility is a \"must\". Not offered as a reading: it would strengthen the wording, which the library never does."),
            new InterpretationAlternative("description-only", "A stated responsibility describes a role and is not checked at all. Not offered as a reading: it would drop arrangements the text states."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 304", "Prison staff have a responsibility to initiate or follow up a child safeguarding enquiry"),
            Citation.WorkingTogether2026("paragraph 332", "the registered person has specific responsibilities under regulation 34 of the Children's Homes Regulations"),
            Citation.WorkingTogether2026("paragraph 6", "This document should be complied with unless exceptional circumstances arise."),
        });

    /// <summary>Which bodies a passive or third-party sentence binds.</summary>
    public static Interpretation ArrangementsOnNamedBodies { get; } = new(
        "s11-arrangements-on-named-bodies",
        "Passive sentences, the armed services and Channel panels",
        "A sentence in the passive (\"information should be shared with BTP\", \"Cafcass should be invited\", \"links should be established\") is checked against the bodies that convene the meetings or run the work in question: local authorities for strategy meetings, planning meetings and Channel; the safeguarding partners (local authorities, ICBs, police) for rapid reviews; local authorities and police for sharing information with BTP. The armed services and Channel panels are therefore headings, not agency kinds: the text puts their arrangements on local authorities and their partners.",
        new[]
        {
            new InterpretationAlternative("every-body", "A passive sentence binds every section 11 body that might hold the information or run the meeting. Not offered as a reading: it changes which arrangements a checklist holds, not how one is judged."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 303", "information should be shared with BTP and they should be invited to relevant strategy meetings, in addition to the Home Office police forces."),
            Citation.WorkingTogether2026("paragraph 348", "Local authorities have the statutory responsibility for safeguarding and promoting the welfare of the children of service families in the UK"),
            Citation.WorkingTogether2026("paragraph 353", "Links should be established between Channel panels and other statutory partners, including safeguarding partners and YOTs."),
        });

    /// <summary>Which arrangements evidence can show, and which need a judgement.</summary>
    public static Interpretation EvidenceOrJudgement { get; } = new(
        "s11-evidence-or-judgement",
        "What evidence can show, and what needs a judgement",
        "An arrangement needs a judgement when what the text asks for turns on a quality that a document cannot show: a culture, \"sufficient\", \"appropriate\", \"effective\", \"competent\", \"confident\", \"due regard\", \"be aware\", \"work closely\", \"consider how\", \"aim to\". Evidence for it is reported, but it is rated green only when the self-assessment also records a human judgement (a reference to the audit or review that made it). The word \"clear\" alone does not make an arrangement a matter of judgement, or almost every arrangement would be.",
        new[]
        {
            new InterpretationAlternative("clear-is-judgement", "\"Clear\" (a clear policy, a clear line of accountability) is also a judgement. Not offered as a reading: almost every arrangement would then need a recorded judgement."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 259", "creating a culture of safety, equality, and protection within the services they provide"),
            Citation.WorkingTogether2026("paragraph 259", "appropriate supervision and support for staff, including undertaking safeguarding training"),
        });

    /// <summary>The default review interval.</summary>
    public static Interpretation DefaultReviewInterval { get; } = new(
        "s11-default-review-interval",
        "How often an arrangement must have been reviewed",
        "An arrangement whose last review is more than 12 months before the as-of date (or that records no review date) is reported as review overdue. Twelve months is the only interval the chapter gives (\"annually reviewed\", paragraph 339); elsewhere it says \"regular\" without a number. A caller can set another interval; an arrangement for which the text itself sets one (the secure estate's annually reviewed policy) never gets a longer one.",
        new[]
        {
            new InterpretationAlternative("partnership-cycle", "The partnership's own audit cycle, often 24 months: set the interval (--review-interval-months in the CLI). Offered through the review interval (Section11Checker.Check and --review-interval-months), not as a reading."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 339", "Each centre holding those aged under 18 should have in place an annually reviewed safeguarding children policy."),
            Citation.WorkingTogether2026("paragraph 259", "all practitioners should have regular reviews of their own practice to ensure they have knowledge, skills and expertise that improve over time"),
        });

    /// <summary>How the early years training sentence of paragraph 271 is read.</summary>
    public static Interpretation EarlyYearsTrainingSentence { get; } = new(
        "s11-early-years-training-sentence",
        "Early years: staff safeguarding training",
        "Paragraph 271 runs the training requirement into the sentence about what the policy must cover (\"The policy must also cover the use of mobile phones and cameras in the setting, that staff complete safeguarding training ...\"). The library reads it as a separate requirement that providers must ensure staff complete that training, following the list that opens \"Early years providers must ensure that:\", and checks it as its own arrangement.",
        new[]
        {
            new InterpretationAlternative("policy-content", "The policy must say that staff complete the training: a content requirement of the safeguarding policy, checked with it. Not offered as a reading: it changes which arrangements a checklist holds, not how one is judged."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 271", "Early years providers must ensure that:"),
            Citation.WorkingTogether2026("paragraph 271", "The policy must also cover the use of mobile phones and cameras in the setting, that staff complete safeguarding training"),
        });

    /// <summary>Who the homelessness duty to refer is checked against.</summary>
    public static Interpretation DutyToReferScope { get; } = new(
        "s11-duty-to-refer-scope",
        "Who the homelessness duty to refer is checked against",
        "The text names \"certain public authorities\" without listing them, and says the duty applies to all social services functions. The library checks it against local authorities (their social services functions) only; other public authorities under the duty are not checked for it.",
        new[]
        {
            new InterpretationAlternative("all-public-authorities", "Every public authority that regulations specify under section 213B: the text does not list them, so the library cannot. Not offered: the text does not list them."),
        },
        new[]
        {
            Citation.WorkingTogether2026("paragraph 297", "which is a duty on certain public authorities to refer to a housing authority service users they consider are or may be homeless or threatened with homelessness"),
            Citation.WorkingTogether2026("paragraph 298", "The duty to refer applies to all social services functions, including early help, leaving care and child protection"),
        });

    /// <summary>Every section 11 interpretation.</summary>
    public static IReadOnlyList<Interpretation> All { get; } = ReadOnlyLists.Of(new[]
    {
        CommonArrangementsScope,
        StatedResponsibility,
        ArrangementsOnNamedBodies,
        EvidenceOrJudgement,
        DefaultReviewInterval,
        EarlyYearsTrainingSentence,
        DutyToReferScope,
    });

    /// <summary>The readings every arrangement's check depends on.</summary>
    internal static IReadOnlyList<Interpretation> AppliedToEveryArrangement { get; } = ReadOnlyLists.Of(EvidenceOrJudgement, DefaultReviewInterval);
}
