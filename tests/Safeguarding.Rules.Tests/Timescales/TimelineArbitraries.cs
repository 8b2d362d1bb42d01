using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>A random case timeline: any events, in any order, within about 14 months.</summary>
public sealed record RandomTimeline(CaseEvent[] Events)
{
    public override string ToString() => string.Join(", ", Events.Select(e => $"{e.Type.Name()} {e.Date:yyyy-MM-dd}{(e.InitiatedSection47 is { } s ? $" s47={s}" : "")}{(e.PlanMade is { } p ? $" plan={p}" : "")}{(e.Partner is { } q ? $" {q}" : "")}"));
}

/// <summary>A date offset, in days, from the start of the random timelines' window.</summary>
public readonly record struct DayOffset(int Value);

public static class TimelineArbitraries
{
    // After Working Together 2026 came into force (its default commencement reading: 1 March 2026).
    public static readonly LocalDate Origin = new(2026, 3, 2);

    // Planned publication dates are plans: if publication happens on another date the deadline moves, so the laws
    // about later as-of dates are stated over timelines without them (see DeadlineEvaluator).
    private static readonly CaseEventType[] Types = CaseEventTypes.All
        .Where(t => t is not (CaseEventType.LcsprPublicationPlanned or CaseEventType.NationalReviewPublicationPlanned))
        .ToArray();

    // Process-heavy types appear more often, so that clocks start and end in most timelines.
    private static readonly CaseEventType[] Common =
    {
        CaseEventType.ReferralReceived, CaseEventType.ReferralAcknowledged, CaseEventType.StrategyDiscussion,
        CaseEventType.InitialChildProtectionConference, CaseEventType.CoreGroupMeeting, CaseEventType.ReviewConference,
        CaseEventType.ReviewConference, CaseEventType.PlanEnded, CaseEventType.IncidentAwareness,
        CaseEventType.SeriousIncidentNotificationSubmitted, CaseEventType.LcsprDecision, CaseEventType.LcsprPublished,
        CaseEventType.LcsprReportSentToPanel, CaseEventType.Section47ConcernsSubstantiated,
    };

    public static Gen<CaseEvent> Event =>
        from type in Gen.OneOf(Gen.Elements(Types), Gen.Elements(Common))
        from day in Gen.Choose(0, 420)
        from s47 in Gen.Elements<bool?>(true, false, null)
        from plan in Gen.Elements<bool?>(true, false, null)
        from partner in Gen.Elements<SafeguardingPartner?>(SafeguardingPartner.LocalAuthority, SafeguardingPartner.Police, SafeguardingPartner.IntegratedCareBoard, null)
        select new CaseEvent(type, Origin.PlusDays(day))
        {
            InitiatedSection47 = type == CaseEventType.StrategyDiscussion ? s47 : null,
            PlanMade = type == CaseEventType.InitialChildProtectionConference ? plan : null,
            Partner = type == CaseEventType.IncidentAwareness ? partner : null,
        };

    public static Arbitrary<RandomTimeline> RandomTimeline() =>
        Gen.Choose(0, 14).SelectMany(n => Event.ArrayOf(n)).Select(events => new RandomTimeline(events)).ToArbitrary();

    public static Arbitrary<DayOffset> DayOffset() => Gen.Choose(0, 700).Select(d => new DayOffset(d)).ToArbitrary();
}
