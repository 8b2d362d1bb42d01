using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Tests.Census;

/// <summary>
/// The laws a caseload report obeys over generated censuses: the bands add up, and every episode's deadlines are what
/// evaluating its timeline directly gives, the timeline built here from the XML by the documented readings,
/// independently of the package's own reader and mapping.
/// </summary>
public class CaseloadPropertyTests
{
    private static readonly string[] Rules = { "DL-03", "DL-04", "DL-06", "DL-07" };

    private static Arbitrary<(int Seed, int Children, int Year, bool Apply)> Censuses() =>
        (from seed in Gen.Choose(0, int.MaxValue - 1)
         from children in Gen.Choose(0, 60)
         from year in Gen.Elements(2022, 2024, 2026, 2027, 2028)
         from apply in Gen.Elements(false, true)
         select (seed, children, year, apply)).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Band_counts_add_up_and_every_episode_agrees_with_evaluating_its_timeline_directly() =>
        Prop.ForAll(Censuses(), c =>
        {
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            CensusGenerator.Write(writer, c.Children, c.Seed, c.Year);
            var xml = writer.ToString();
            var readings = c.Apply ? CensusFragments.ApplyCurrentEdition : Readings.Default;
            using var reader = CensusReader.Create(new StringReader(xml));
            var report = new CaseloadEvaluator(WorkingDayCalendar.EnglandAndWales, readings).Evaluate(reader);

            bool bandsAddUp = new[] { report.AssessmentDuration, report.IcpcDuration }.All(m => m.Bands.Sum(b => b.Count) == m.Count);
            var (expectedCounts, expectedLate) = Direct(xml, readings, report.AsOf);
            bool countsAgree = Rules.All(rule => DirectCounts(expectedCounts, rule).SequenceEqual(
                System.Enum.GetValues<DeadlineStatus>().Select(s => report.Deadlines.Single(t => t.RuleId == rule).Count(s))));
            bool lateAgrees = expectedLate.SequenceEqual(report.Late.Select(l => $"{l.ChildId}/{l.Episode}/{l.RuleId}/{l.Occurrence}/{l.Status}/{l.DueDate}/{l.EndDate}/{l.Days}"));
            return (bandsAddUp && countsAgree && lateAgrees && report.Children == c.Children)
                .Label($"bands {bandsAddUp}, counts {countsAgree}, late {lateAgrees}");
        });

    private static IEnumerable<int> DirectCounts(Dictionary<(string, DeadlineStatus), int> counts, string rule) =>
        System.Enum.GetValues<DeadlineStatus>().Select(s => counts.TryGetValue((rule, s), out var n) ? n : 0);

    // The documented mapping, written again over XDocument: referral (unless ReferralNFA), authorisations, each s47
    // start as the initiating strategy discussion (unless no conference was needed and none held), each conference
    // date once with whether a plan starts on it, reviews and plan ends.
    private static (Dictionary<(string, DeadlineStatus), int> Counts, List<string> Late) Direct(string xml, Readings readings, LocalDate asOf)
    {
        var evaluator = new DeadlineEvaluator(WorkingDayCalendar.EnglandAndWales, readings);
        var counts = new Dictionary<(string, DeadlineStatus), int>();
        var late = new List<string>();
        foreach (var child in XDocument.Parse(xml).Root!.Element("Children")!.Elements("Child"))
        {
            var id = child.Element("ChildIdentifiers")!.Element("LAchildID")!.Value;
            int number = 0;
            foreach (var episode in child.Elements("CINdetails"))
            {
                number++;
                var events = new List<CaseEvent>();
                if (Yes(episode.Element("ReferralNFA")) != true)
                {
                    events.Add(new CaseEvent(CaseEventType.ReferralReceived, D(episode.Element("CINreferralDate")!)));
                }

                events.AddRange(episode.Elements("Assessments").Elements("AssessmentAuthorisationDate").Select(e => new CaseEvent(CaseEventType.AssessmentConcluded, D(e))));
                foreach (var s47 in episode.Elements("Section47"))
                {
                    if (!(Yes(s47.Element("ICPCnotRequired")) == true && s47.Element("DateOfInitialCPC") is null))
                    {
                        events.Add(new CaseEvent(CaseEventType.StrategyDiscussion, D(s47.Element("S47ActualStartDate")!)) { InitiatedSection47 = true });
                    }
                }

                var planStarts = episode.Elements("ChildProtectionPlans").Elements("CPPstartDate").Select(D).ToList();
                var conferences = episode.Elements("DateOfInitialCPC").Concat(episode.Elements("Section47").Elements("DateOfInitialCPC")).Select(D).Concat(planStarts).Distinct();
                events.AddRange(conferences.Select(d => new CaseEvent(CaseEventType.InitialChildProtectionConference, d) { PlanMade = planStarts.Contains(d) }));
                events.AddRange(episode.Elements("ChildProtectionPlans").Elements("Reviews").Elements("CPPreviewDate").Select(e => new CaseEvent(CaseEventType.ReviewConference, D(e))));
                events.AddRange(episode.Elements("ChildProtectionPlans").Elements("CPPendDate").Select(e => new CaseEvent(CaseEventType.PlanEnded, D(e))));

                foreach (var entry in evaluator.Evaluate(CaseTimeline.Create(events), asOf).Entries.Where(e => Rules.Contains(e.RuleId)))
                {
                    counts[(entry.RuleId, entry.Status)] = counts.TryGetValue((entry.RuleId, entry.Status), out var n) ? n + 1 : 1;
                    if (entry.Status is DeadlineStatus.MetLate or DeadlineStatus.Overdue or DeadlineStatus.Breached)
                    {
                        late.Add($"{id}/{number}/{entry.RuleId}/{entry.Occurrence}/{entry.Status}/{entry.DueDate}/{entry.EndDate}/{entry.Days}");
                    }
                }
            }
        }

        return (counts, late);
    }

    private static LocalDate D(XElement e) => LocalDatePattern.Iso.Parse(e.Value).Value;

    private static bool? Yes(XElement? e) => e?.Value switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        _ => null,
    };
}
