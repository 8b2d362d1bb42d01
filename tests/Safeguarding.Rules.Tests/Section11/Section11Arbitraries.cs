using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Safeguarding.Rules.Section11;

namespace Safeguarding.Rules.Tests.Section11;

/// <summary>A self-assessment of one to three agency kinds with any mix of claims, some arrangements left out.</summary>
public sealed record AnyAssessment(SelfAssessment Value)
{
    public override string ToString() => Section11Arbitraries.Describe(Value);
}

/// <summary>A self-assessment in which every arrangement on the checklist is in place, evidenced, recently reviewed and judged.</summary>
public sealed record FullyMetAssessment(SelfAssessment Value)
{
    public override string ToString() => Section11Arbitraries.Describe(Value);
}

/// <summary>The same self-assessment, with its claims in another order.</summary>
public sealed record ReorderedAssessment(SelfAssessment Original, SelfAssessment Reordered)
{
    public override string ToString() => Section11Arbitraries.Describe(Original);
}

public static class Section11Arbitraries
{
    public static readonly LocalDate AsOf = new(2026, 9, 1);

    private static Gen<AgencyKind[]> Kinds =>
        Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(AgencyKinds.All.ToArray()), n)).Select(k => k.Distinct().ToArray());

    private static Gen<LocalDate?> Reviewed =>
        Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (6, Gen.Choose(0, 800).Select(d => (LocalDate?)AsOf.PlusDays(-d))));

    private static Gen<ArrangementClaim> Claim(Arrangement arrangement) =>
        from status in Gen.Elements(ClaimStatus.InPlace, ClaimStatus.InPlace, ClaimStatus.Partly, ClaimStatus.NotInPlace, ClaimStatus.NotApplicable)
        from evidence in Gen.Choose(0, 2)
        from reviewed in Reviewed
        from judged in Gen.Elements(true, false)
        select new ArrangementClaim(
            arrangement.Id,
            status,
            Enumerable.Range(1, evidence).Select(i => $"EV-{i}"),
            "Safeguarding lead",
            reviewed,
            status == ClaimStatus.NotApplicable ? "Not a service this organisation provides." : null,
            judged ? "Audit 2026, item 3" : null);

    private static Gen<SelfAssessment> Assessments =>
        from kinds in Kinds
        from claims in Gen.CollectToArray(
            Section11Catalog.For(kinds),
            a => Gen.Frequency((1, Gen.Constant<ArrangementClaim?>(null)), (6, Claim(a).Select(c => (ArrangementClaim?)c))))
        select new SelfAssessment("Example organisation", kinds, claims.Where(c => c is not null).Select(c => c!));

    public static Arbitrary<AnyAssessment> AnyAssessment() => Assessments.Select(a => new AnyAssessment(a)).ToArbitrary();

    public static Arbitrary<FullyMetAssessment> FullyMetAssessment() =>
        (from kinds in Kinds
         from days in Gen.CollectToArray(Section11Catalog.For(kinds), _ => Gen.Choose(0, 300))
         let claims = Section11Catalog.For(kinds).Select((a, i) => new ArrangementClaim(a.Id, ClaimStatus.InPlace, new[] { $"EV-{i}" }, "Safeguarding lead", AsOf.PlusDays(-days[i]), null, "Audit 2026, item 3"))
         select new FullyMetAssessment(new SelfAssessment("Example organisation", kinds, claims))).ToArbitrary();

    public static Arbitrary<ReorderedAssessment> ReorderedAssessment() =>
        (from assessment in Assessments
         from shuffled in Gen.Shuffle(assessment.Arrangements.ToArray())
         select new ReorderedAssessment(assessment, assessment.WithArrangements(shuffled))).ToArbitrary();

    internal static string Describe(SelfAssessment assessment) =>
        $"{string.Join("+", assessment.AgencyKinds.Select(AgencyKinds.Id))}: " +
        string.Join("; ", assessment.Arrangements.Select(c => $"{c.ArrangementId}={c.Status}/{c.Evidence.Count}ev/{c.LastReviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unreviewed"}/{(c.JudgementReference is null ? "unjudged" : "judged")}"));
}
