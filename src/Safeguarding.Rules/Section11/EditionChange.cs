using System;
using System.Collections.Generic;
using System.Linq;
using Safeguarding.Rules.Provenance;

namespace Safeguarding.Rules.Section11;

/// <summary>A change between the 2007 section 11 guidance and Working Together 2026, with the text of both.</summary>
/// <remarks>Immutable.</remarks>
public sealed class EditionChange : ICited
{
    internal EditionChange(string summary, IEnumerable<string> arrangementIds, IEnumerable<Citation> citations)
    {
        Summary = summary;
        ArrangementIds = arrangementIds.ToReadOnly();
        Citations = citations.ToReadOnly();
        if (Citations.Count == 0)
        {
            throw new ArgumentException("a change cites its text", nameof(citations));
        }
    }

    /// <summary>What changed, in a sentence or two.</summary>
    public string Summary { get; }

    /// <summary>The 2026 arrangements the change concerns (may be empty).</summary>
    public IReadOnlyList<string> ArrangementIds { get; }

    /// <summary>The text of each edition.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>What changed between the 2007 section 11 guidance and Working Together 2026, for the generated documentation.</summary>
    public static IReadOnlyList<EditionChange> From2007 { get; } = ReadOnlyLists.Of(new[]
    {
        new EditionChange(
            "A senior champion that 2007 said \"could mean\" a named senior manager becomes an expected senior board-level lead with the knowledge and experience for it.",
            new[] { "senior-board-level-lead" },
            new[]
            {
                Old("2.13(a)", "This could mean identifying a named person at senior management level or equivalent to champion the importance of safeguarding and promoting the welfare of children throughout the organisation."),
                New(259, "a senior board level lead with the required knowledge, skills, and expertise or sufficiently qualified and experienced to take leadership responsibility for the organisation's or agency's safeguarding arrangements"),
            }),
        new EditionChange(
            "Whistleblowing, escalation and a culture of safety, equality and protection are new: 2007 asked only that staff know whom to report concerns to, and for a complaints system (kept as L02).",
            new[] { "whistleblowing-procedures", "escalation-policy", "culture-of-safety-equality-protection" },
            new[]
            {
                Old("2.13(c)", "It should also be clear with whom each staff member should discuss, and to whom they should report, any concerns about a child’s welfare."),
                New(259, "clear escalation policies for staff to follow when their child safeguarding concerns are not being addressed within their organisation or by other agencies"),
            }),
        new EditionChange(
            "Allegations procedures, asked of local authorities in 2007, become a policy every organisation working with children should have, with the LADO informed within one working day.",
            new[] { "allegations-against-staff-policy", "lado-informed-within-one-working-day", "la-lado-designated" },
            new[]
            {
                Old("3.31", "It is equally important that the LA has in place clear procedures for responding to allegations of abuse of children by staff or foster carers"),
                New(260, "Organisations and agencies working with children and families should have clear policies for dealing with allegations against people who work with children."),
            }),
        new EditionChange(
            "Vetting through the Criminal Records Bureau, the POCA List and List 99 gives way to a policy on when to obtain a criminal record check, and ongoing safe working practices are added.",
            new[] { "safe-recruitment-and-safe-working" },
            new[]
            {
                Old("2.13(f)", "Where appropriate a Disclosure is obtained from the Criminal Records Bureau and any necessary checks of the Protection of Children Act (POCA) List and the Department for Education and Skills’ List 99 are made."),
                New(259, "safe recruitment practices and ongoing safe working practices for individuals whom the organisation or agency permit to work regularly with children, including policies on when to obtain a criminal record check"),
            }),
        new EditionChange(
            "Prisons: 2007 excluded adult prisoners as parents; 2026 expects every prison to have arrangements for the children of prisoners.",
            new[] { "prison-children-of-prisoners-arrangements" },
            new[]
            {
                Old("10.2", "The duty does not apply to adult prisoners in their capacity as parents or carers, or to decisions about the placement or transfer of adult prisoners."),
                New(309, "Each prison should have arrangements in place that take account of the needs of children who have parents in prison."),
            }),
        new EditionChange(
            "Early intervention is not a dropped item: 2007 listed interventions at an early point among the key features for individual children; 2026 still asks it of local organisations and agencies, in chapter 3 (Family Help) rather than in the chapter 4 list, so it is not kept as a 2007 item. The common assessment 2007 mentions is gone.",
            Array.Empty<string>(),
            new[]
            {
                Old("2.15", "interventions take place at an early point when difficulties or problems are identified, perhaps as a result of undertaking a common assessment;"),
                New(139, "Local organisations and agencies should have in place effective ways to identify emerging problems and potential unmet needs of individual children and families."),
            }),
        new EditionChange(
            "Taking account of a child's and family's characteristics is not a dropped item: 2026 still says, in chapter 4, that culture, religion, ethnic origins and other characteristics should be respected, and that assessments should recognise and respect protected characteristics, so it is not kept as a 2007 item.",
            Array.Empty<string>(),
            new[]
            {
                Old("2.15", "racial heritage, language, religion, faith, gender and disability are taken into account when working with a child and their family;"),
                New(351, "The Children Act 1989 promotes the view that all children and their parents should be considered as individuals and that family structures, culture, religion, ethnic origins, and other characteristics should be respected."),
                New(177, "recognise and respect the individual and protected characteristics of families, including the ways in which these can overlap and intersect, ensuring support reflects their diversity of needs and experiences"),
            }),
        new EditionChange(
            "The bodies change: strategic health authorities and primary care trusts give way to NHS England, ICBs and GPs, and the Connexions Service is gone.",
            Array.Empty<string>(),
            new[]
            {
                Old("2.2", "Strategic Health Authorities, Designated Special Health Authorities, Primary Care Trusts, NHS trusts and NHS Foundation Trusts"),
                Old("2.2", "Organisations (currently the Connexions Service) providing services under section 114 of the Learning and Skills Act 2000"),
                New(258, "NHS organisations and agencies and the independent sector, including NHS England, ICBs, NHS Trusts, NHS Foundation Trusts and general practitioners"),
            }),
    });

    private static Citation Old(string paragraph, string quote) => new(SourceDocument.Section11Guidance2007, $"paragraph {paragraph}", quote);

    private static Citation New(int paragraph, string quote) => Citation.WorkingTogether2026($"paragraph {paragraph}", quote);
}
