using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>Terse helpers for table tests.</summary>
internal static class T
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static CaseEvent Ev(CaseEventType type, string date) => new(type, D(date));

    public static DeadlineReport Report(string asOf, params CaseEvent[] events) =>
        DeadlineEvaluator.Default.Evaluate(CaseTimeline.Create(events), D(asOf));

    public static DeadlineReport Report(Readings options, string asOf, params CaseEvent[] events) =>
        new DeadlineEvaluator(Safeguarding.Rules.Calendars.WorkingDayCalendar.EnglandAndWales, options).Evaluate(CaseTimeline.Create(events), D(asOf));

    public static DeadlineEntry Entry(this DeadlineReport report, string ruleId, int occurrence = 1, int obligation = 0) =>
        report.Entries.Single(e => e.RuleId == ruleId && e.Occurrence == occurrence && e.ObligationIndex == obligation);

    public static IEnumerable<DeadlineEntry> For(this DeadlineReport report, string ruleId) => report.Entries.Where(e => e.RuleId == ruleId);
}
