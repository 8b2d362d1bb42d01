using System;
using System.Collections.Generic;

namespace Safeguarding.Rules.Section11;

/// <summary>
/// A kind of organisation or agency that Working Together 2026 chapter 4 gives safeguarding arrangements to. One
/// organisation can be several kinds (a trust that runs a school; a local authority with adult social care and
/// housing services).
/// </summary>
/// <remarks>
/// The armed services (paragraph 348) and Channel panels (paragraphs 349 to 353) are not kinds: the arrangements the
/// text gives under those headings fall on local authorities and their partners (interpretation
/// <c>s11-arrangements-on-named-bodies</c>). Designated and named health professionals are roles within integrated
/// care boards and NHS providers.
/// </remarks>
public enum AgencyKind
{
    /// <summary>Schools, colleges and other education providers (paragraphs 268 to 270).</summary>
    School = 0,

    /// <summary>Early years and childcare providers (paragraph 271).</summary>
    EarlyYears = 1,

    /// <summary>NHS England (paragraph 275).</summary>
    NhsEngland = 2,

    /// <summary>Integrated care boards (paragraphs 275 to 280), employers of designated professionals and named GPs.</summary>
    IntegratedCareBoard = 3,

    /// <summary>NHS trusts, NHS foundation trusts and other providers of NHS-funded health services (paragraph 279), employers of named professionals.</summary>
    NhsTrust = 4,

    /// <summary>GP practices (paragraph 280).</summary>
    GpPractice = 5,

    /// <summary>Police forces and Police and Crime Commissioners (paragraphs 282 to 289).</summary>
    Police = 6,

    /// <summary>Local authority adult social care services (paragraphs 290 to 293).</summary>
    AdultSocialCare = 7,

    /// <summary>Housing and homelessness services (paragraphs 294 to 301).</summary>
    Housing = 8,

    /// <summary>The British Transport Police (paragraphs 302 and 303).</summary>
    BritishTransportPolice = 9,

    /// <summary>The Prison Service, including privately managed prisons and mother and baby units (paragraphs 304 to 314).</summary>
    Prison = 10,

    /// <summary>The Probation Service (paragraphs 315 to 321).</summary>
    Probation = 11,

    /// <summary>An agency taking part in multi-agency public protection arrangements (paragraphs 322 to 325).</summary>
    MappaAgency = 12,

    /// <summary>Children's homes, including secure children's homes (paragraphs 330 to 337).</summary>
    ChildrensHome = 13,

    /// <summary>The secure estate for children: secure training centres and young offender institutions (paragraphs 338 to 340).</summary>
    SecureEstate = 14,

    /// <summary>Youth offending teams (paragraph 341).</summary>
    YouthOffendingTeam = 15,

    /// <summary>UK Visas and Immigration, Immigration Enforcement and the Border Force (paragraph 343).</summary>
    Immigration = 16,

    /// <summary>The Children and Family Court Advisory and Support Service (paragraphs 344 to 347).</summary>
    Cafcass = 17,

    /// <summary>Voluntary, charity, social enterprise, faith-based and private sector organisations (paragraphs 354 to 359).</summary>
    Vcse = 18,

    /// <summary>Sports clubs and organisations, including national governing bodies (paragraphs 360 and 361).</summary>
    SportsClub = 19,

    /// <summary>Local authorities (county, unitary and London borough councils), including children's social care.</summary>
    LocalAuthority = 20,

    /// <summary>District councils (paragraph 258).</summary>
    DistrictCouncil = 21,
}

/// <summary>The stable kebab-case names of the agency kinds, as self-assessments and the command line write them.</summary>
public static class AgencyKinds
{
    private static readonly (AgencyKind Kind, string Id, string Name)[] Table =
    {
        (AgencyKind.School, "school", "Schools, colleges and other education providers"),
        (AgencyKind.EarlyYears, "early-years", "Early years and childcare providers"),
        (AgencyKind.NhsEngland, "nhs-england", "NHS England"),
        (AgencyKind.IntegratedCareBoard, "integrated-care-board", "Integrated care boards (ICBs)"),
        (AgencyKind.NhsTrust, "nhs-trust", "NHS trusts, foundation trusts and other providers of NHS-funded health services"),
        (AgencyKind.GpPractice, "gp-practice", "GP practices"),
        (AgencyKind.Police, "police", "Police forces and Police and Crime Commissioners"),
        (AgencyKind.AdultSocialCare, "adult-social-care", "Adult social care services"),
        (AgencyKind.Housing, "housing", "Housing and homelessness services"),
        (AgencyKind.BritishTransportPolice, "british-transport-police", "British Transport Police"),
        (AgencyKind.Prison, "prison", "Prisons and young offender institutions (adult estate), with mother and baby units"),
        (AgencyKind.Probation, "probation", "The Probation Service"),
        (AgencyKind.MappaAgency, "mappa-agency", "Agencies in multi-agency public protection arrangements (MAPPA)"),
        (AgencyKind.ChildrensHome, "childrens-home", "Children's homes, including secure children's homes"),
        (AgencyKind.SecureEstate, "secure-estate", "The secure estate for children (secure training centres, young offender institutions)"),
        (AgencyKind.YouthOffendingTeam, "youth-offending-team", "Youth offending teams (YOTs)"),
        (AgencyKind.Immigration, "immigration", "UK Visas and Immigration, Immigration Enforcement and the Border Force"),
        (AgencyKind.Cafcass, "cafcass", "Cafcass"),
        (AgencyKind.Vcse, "vcse", "Voluntary, charity, social enterprise, faith-based and private sector organisations"),
        (AgencyKind.SportsClub, "sports-club", "Sports clubs and organisations"),
        (AgencyKind.LocalAuthority, "local-authority", "Local authorities"),
        (AgencyKind.DistrictCouncil, "district-council", "District councils"),
    };

    /// <summary>Every agency kind, in a fixed order.</summary>
    public static IReadOnlyList<AgencyKind> All { get; } = Array.AsReadOnly(Array.ConvertAll(Table, t => t.Kind));

    /// <summary>The kebab-case identifier, such as <c>nhs-trust</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The identifier.</returns>
    public static string Id(AgencyKind kind) => Row(kind).Id;

    /// <summary>The name a safeguarding lead recognises.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string Name(AgencyKind kind) => Row(kind).Name;

    /// <summary>Finds a kind by its identifier.</summary>
    /// <param name="id">The identifier, such as <c>school</c>.</param>
    /// <param name="kind">The kind, when found.</param>
    /// <returns>Whether the identifier names a kind.</returns>
    public static bool TryParse(string? id, out AgencyKind kind)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Id, id, StringComparison.Ordinal))
            {
                kind = row.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static (AgencyKind Kind, string Id, string Name) Row(AgencyKind kind)
    {
        foreach (var row in Table)
        {
            if (row.Kind == kind)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an agency kind");
    }
}
