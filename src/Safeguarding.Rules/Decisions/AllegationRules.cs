using System.Collections.Generic;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using static Safeguarding.Rules.Logic.Criterion;
using static Safeguarding.Rules.Decisions.RuleText;
using V = Safeguarding.Rules.Decisions.Vocabulary;

namespace Safeguarding.Rules.Decisions;

/// <summary>Allegations against people who work with children: reporting, the designated officer (LADO) and the Disclosure and Barring Service.</summary>
public static class AllegationRules
{
    private static readonly Citation MayRelate = W("paragraph 260", "An allegation may relate to a person who works with children who has:");
    private static readonly Citation Report = W("paragraph 264", "Any allegation against people who work with children should be reported immediately to a senior manager within the organisation or agency.");
    private static readonly Citation InformLado = Passages.DesignatedOfficerInformed;
    private static readonly Citation InformLadoEnd = Passages.DesignatedOfficerInformedEnd;
    private static readonly Citation Barring = W("paragraph 265", "If an organisation or agency removes an individual (paid worker or unpaid volunteer) from work in regulated activity¹³⁵ with children (or would have, had the person not left first) because the person poses a risk of harm to children, the organisation or agency must make a referral to the Disclosure and Barring Service to consider whether to add the individual to the barred list.");

    /// <summary>DC-58: an allegation against a person who works with children.</summary>
    public static DecisionRule Allegation { get; } = new(
        "DC-58",
        "Allegation against a person who works with children: report it and inform the designated officer (LADO)",
        "Is this an allegation to report to a senior manager and the designated officer?",
        Force.Should,
        AllOf(
            When("works-with-children", "The person works with children", IsTrue(V.WorksWithChildren), MayRelate),
            AnyOf(
                When("harmed", "Behaved in a way that has harmed a child, or may have harmed a child", IsTrue(V.HarmedOrMayHaveHarmed), W("paragraph 260", "behaved in a way that has harmed a child, or may have harmed a child")),
                When("possible-offence", "Possibly committed a criminal offence against or related to a child", IsTrue(V.PossibleOffence), W("paragraph 260", "possibly committed a criminal offence against or related to a child")),
                When("risk-of-harm", "Behaved towards a child or children in a way that indicates they may pose a risk of harm to children", IsTrue(V.MayPoseRiskOfHarm), W("paragraph 260", "behaved towards a child or children in a way that indicates they may pose a risk of harm to children")),
                When("unsuitable", "Behaved or may have behaved in a way that indicates they may not be suitable to work with children", IsTrue(V.MayBeUnsuitable), W("paragraph 260", "behaved or may have behaved in a way that indicates they may not be suitable to work with children")))),
        List(
            Then("whoever receives the allegation", "report it to a senior manager within the organisation or agency", Force.Should, "immediately", new[] { "DL-41" }, new[] { Report }),
            Then("the employer, or the police for an allegation made directly to them (the text is passive and does not name who informs)", "inform the designated officer, or team of officers (LADO), of the allegation", Force.Should, "within one working day", new[] { "DL-09" }, new[] { InformLado, InformLadoEnd }),
            Then("the designated officer", "advise whether a referral to the professional body or regulator is appropriate", Force.Should, null, None,
                new[] { W("paragraph 264", "If the person is subject to registration or regulation by a professional body or regulator, for example by the Care Quality Commission or Ofsted, the designated officer should advise on whether a referral to that body is appropriate.") },
                IsTrue(V.RegisteredWithRegulator))),
        new[] { MayRelate, Report, InformLado },
        new[] { DecisionInterpretations.AllegationLimbs });

    /// <summary>DC-59: the duty to refer to the Disclosure and Barring Service.</summary>
    public static DecisionRule BarringReferral { get; } = new(
        "DC-59",
        "Referral to the Disclosure and Barring Service",
        "Must the organisation refer the person to the Disclosure and Barring Service?",
        Force.Must,
        AllOf(
            When("regulated-activity", "The person worked in regulated activity with children", IsTrue(V.InRegulatedActivity), Barring),
            When("removed", "The organisation removed the person, or would have had they not left first", IsTrue(V.RemovedOrWouldHaveBeen), Barring),
            When("because-risk-of-harm", "Because the person poses a risk of harm to children", IsTrue(V.RemovedBecauseRiskOfHarm), Barring)),
        List(
            Then("the organisation or agency", "make a referral to the Disclosure and Barring Service, whatever other referrals have been made; it is an offence to fail to refer without good reason", Force.Must, null, None,
                new[] { Barring, W("paragraph 266", "This applies irrespective of whether a referral has been made to local authority children's social care and/or the designated officer, or team of officers. It is an offence to fail to make a referral without good reason¹³⁶.") }),
            Otherwise("the organisation or agency", "consider, in some circumstances, making a referral where the conditions are not met, in the interests of safeguarding children or vulnerable adults", Force.Should,
                new[] { W("paragraph 265", "In some circumstances, organisations and agencies should consider making a referral where conditions are not met, in the interests of safeguarding children or vulnerable adults.") })),
        new[] { Barring },
        NoInterpretation);
}
