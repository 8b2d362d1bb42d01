using System;
using System.Globalization;
using System.IO;
using NodaTime;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Census;

/// <summary>
/// Writes a synthetic, valid census return of N children from a seed, for tests, benchmarks and demonstrations. Its
/// dates follow shapes like DfE's national tables: most assessments authorised within 45 working days of their start
/// (median about 33), most initial conferences 11 to 15 working days after the section 47 start with a tail beyond 20,
/// reviews mostly on time. It also writes made-up UPNs and birth dates (never real ones) so that a test can check no
/// report repeats them. The same seed always writes the same file.
/// </summary>
public static class CensusGenerator
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    // C2 bands and weights (national shape: median 33, quartiles 17 and 43, 86% within 45).
    private static readonly (int From, int To, double Weight)[] AssessmentDays =
    {
        (0, 0, 0.03), (1, 10, 0.11), (11, 20, 0.13), (21, 30, 0.16), (31, 40, 0.2), (41, 45, 0.22), (46, 50, 0.06), (51, 60, 0.05), (61, 110, 0.04),
    };

    // C4 bands and weights (national 2025: 8.7% at 0-10, 72.7% at 11-15, 8.9% at 16-20, 9.7% at 21+).
    private static readonly (int From, int To, double Weight)[] ConferenceDays =
    {
        (3, 10, 0.087), (11, 15, 0.727), (16, 20, 0.089), (21, 40, 0.097),
    };

    /// <summary>Writes a census.</summary>
    /// <param name="writer">Where to write the XML.</param>
    /// <param name="children">The number of children.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="collectionYear">The collection year, named by the year it ends in (2027: 1 April 2026 to 31 March 2027).</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative number of children, or a year outside 2003 to 2098.</exception>
    public static void Write(TextWriter writer, int children, int seed, int collectionYear = 2027)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (children < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(children), "must not be negative");
        }

        if (collectionYear < 2003 || collectionYear > 2098)
        {
            throw new ArgumentOutOfRangeException(nameof(collectionYear), "must be between 2003 and 2098");
        }

        var random = new Random(seed);
        var yearStart = new LocalDate(collectionYear - 1, 4, 1);
        var reference = new LocalDate(collectionYear, 3, 31);
        var w = new Writer(writer);
        w.Line("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        w.Line("<Message>");
        w.Line("  <Header>");
        w.Line("    <CollectionDetails>");
        w.Line("      <Collection>CIN</Collection>");
        w.Raw("      <Year>").Raw(collectionYear.ToString(CultureInfo.InvariantCulture)).Line("</Year>");
        w.Raw("      <ReferenceDate>").Date(reference).Line("</ReferenceDate>");
        w.Line("    </CollectionDetails>");
        w.Line("    <Source>");
        w.Line("      <SourceLevel>L</SourceLevel>");
        w.Line("      <LEA>999</LEA>");
        w.Line("      <SoftwareCode>Safeguarding.Rules synthetic census</SoftwareCode>");
        w.Line("      <Release>1</Release>");
        w.Raw("      <SerialNo>").Raw(seed.ToString(CultureInfo.InvariantCulture)).Line("</SerialNo>");
        w.Raw("      <DateTime>").Date(reference).Line("T00:00:00</DateTime>");
        w.Line("    </Source>");
        w.Line("  </Header>");
        w.Line("  <Children>");
        for (int i = 1; i <= children; i++)
        {
            Child(w, random, i, collectionYear, yearStart, reference);
        }

        w.Line("  </Children>");
        w.Line("</Message>");
    }

    private static void Child(Writer w, Random random, int index, int year, LocalDate yearStart, LocalDate reference)
    {
        w.Line("    <Child>");
        w.Line("      <ChildIdentifiers>");
        w.Raw("        <LAchildID>C").Raw(index.ToString("D7", CultureInfo.InvariantCulture)).Line("</LAchildID>");
        if (random.NextDouble() < 0.85)
        {
            // A made-up UPN: a check letter and 12 digits, not a real pupil's.
            w.Raw("        <UPN>").Raw(((char)('A' + random.Next(26))).ToString()).Raw(random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture)).Raw(random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture)).Line("</UPN>");
        }
        else
        {
            w.Raw("        <UPNunknown>UN").Raw((1 + random.Next(7)).ToString(CultureInfo.InvariantCulture)).Line("</UPNunknown>");
        }

        // Birth dates at least four years before the collection year starts: no report date can equal one.
        var born = yearStart.PlusYears(-17).PlusDays(random.Next(13 * 365));
        w.Raw("        <PersonBirthDate>").Date(born).Line("</PersonBirthDate>");
        if (year <= 2024)
        {
            w.Raw("        <GenderCurrent>").Raw(random.Next(2) == 0 ? "1" : "2").Line("</GenderCurrent>");
        }
        else
        {
            w.Raw("        <Sex>").Raw(random.Next(2) == 0 ? "M" : "F").Line("</Sex>");
        }

        w.Line("      </ChildIdentifiers>");
        w.Line("      <ChildCharacteristics>");
        w.Line("        <Ethnicity>WBRI</Ethnicity>");
        w.Line("      </ChildCharacteristics>");
        int episodes = random.NextDouble() < 0.1 ? 2 : 1;
        var earliest = yearStart.PlusDays(-240);
        for (int e = 0; e < episodes; e++)
        {
            var span = Period.DaysBetween(earliest, reference);
            if (span <= 0)
            {
                break;
            }

            var referral = earliest.PlusDays(random.Next(span + 1));
            if (random.NextDouble() < 0.9)
            {
                referral = Calendar.OnOrNextWorkingDay(referral);
            }

            if (referral > reference)
            {
                break;
            }

            var end = Episode(w, random, referral, reference, year);
            earliest = end.PlusDays(1);
        }

        w.Line("    </Child>");
    }

    // Writes one episode and returns the last date in it.
    private static LocalDate Episode(Writer w, Random random, LocalDate referral, LocalDate reference, int year)
    {
        var last = referral;
        w.Line("      <CINdetails>");
        w.Raw("        <CINreferralDate>").Date(referral).Line("</CINreferralDate>");
        w.Line("        <ReferralSource>1A</ReferralSource>");
        w.Raw("        <PrimaryNeedCode>N").Raw((1 + random.Next(9)).ToString(CultureInfo.InvariantCulture)).Line("</PrimaryNeedCode>");
        bool nfa = random.NextDouble() < 0.15;
        string yes = year % 2 == 0 ? "true" : "1";
        string no = year % 2 == 0 ? "false" : "0";
        LocalDate? closure = null;
        LocalDate? conference = null;
        LocalDate? assessmentStart = null, authorised = null;
        LocalDate? s47 = null, target = null;
        bool notRequired = false;
        var reviews = new System.Collections.Generic.List<LocalDate>();
        LocalDate? planEnd = null;

        if (nfa)
        {
            closure = Min(referral.PlusDays(random.Next(3)), reference);
        }
        else
        {
            assessmentStart = Calendar.AddWorkingDays(referral, random.Next(3));
            if (assessmentStart > reference)
            {
                assessmentStart = null;
            }
            else
            {
                var done = Calendar.AddWorkingDays(assessmentStart.Value, Draw(random, AssessmentDays));
                authorised = done <= reference ? done : null;
            }

            if (random.NextDouble() < 0.22)
            {
                var start = Calendar.AddWorkingDays(referral, random.Next(8));
                if (random.NextDouble() < 0.03 && start.PlusDays(-1) >= referral && !Calendar.IsWorkingDay(start.PlusDays(-1)))
                {
                    start = start.PlusDays(-1); // now and then on a weekend or a bank holiday
                }

                if (start <= reference)
                {
                    s47 = start;
                    target = random.NextDouble() < 0.03 ? start.PlusDays(21) : Calendar.AddWorkingDays(start, 15);
                    if (random.NextDouble() < 0.4)
                    {
                        notRequired = true;
                    }
                    else
                    {
                        var held = Calendar.AddWorkingDays(start, Draw(random, ConferenceDays));
                        if (held <= reference)
                        {
                            conference = held;
                        }
                    }
                }
            }

            if (conference is { } icpc && random.NextDouble() < 0.85)
            {
                var next = icpc.PlusDays(random.NextDouble() < 0.93 ? random.Next(60, 92) : random.Next(93, 120));
                bool ends = random.NextDouble() < 0.5;
                while (next <= reference)
                {
                    reviews.Add(next);
                    if (ends && random.NextDouble() < 0.5)
                    {
                        var ended = next.PlusDays(random.Next(0, 30));
                        if (ended <= reference)
                        {
                            planEnd = ended;
                        }

                        break;
                    }

                    next = next.PlusDays(random.NextDouble() < 0.93 ? random.Next(120, 183) : random.Next(184, 215));
                }
            }

            if (authorised is { } a && s47 is null && random.NextDouble() < 0.7)
            {
                var closed = a.PlusDays(random.Next(40));
                closure = closed <= reference ? closed : null;
            }
        }

        if (closure is { } c)
        {
            w.Raw("        <CINclosureDate>").Date(c).Line("</CINclosureDate>");
            w.Line("        <ReasonForClosure>RC8</ReasonForClosure>");
            last = Max(last, c);
        }

        if (conference is { } conf)
        {
            w.Raw("        <DateOfInitialCPC>").Date(conf).Line("</DateOfInitialCPC>");
            last = Max(last, conf);
        }

        if (assessmentStart is { } s)
        {
            w.Line("        <Assessments>");
            w.Raw("          <AssessmentActualStartDate>").Date(s).Line("</AssessmentActualStartDate>");
            if (authorised is { } auth)
            {
                w.Raw("          <AssessmentAuthorisationDate>").Date(auth).Line("</AssessmentAuthorisationDate>");
                last = Max(last, auth);
            }

            w.Line("          <FactorsIdentifiedAtAssessment>");
            w.Line("            <AssessmentFactors>21</AssessmentFactors>");
            w.Line("          </FactorsIdentifiedAtAssessment>");
            w.Line("        </Assessments>");
        }

        if (s47 is { } st)
        {
            w.Line("        <Section47>");
            w.Raw("          <S47ActualStartDate>").Date(st).Line("</S47ActualStartDate>");
            w.Raw("          <InitialCPCtarget>").Date(target!.Value).Line("</InitialCPCtarget>");
            if (conference is { } held)
            {
                w.Raw("          <DateOfInitialCPC>").Date(held).Line("</DateOfInitialCPC>");
            }

            w.Raw("          <ICPCnotRequired>").Raw(notRequired ? yes : no).Line("</ICPCnotRequired>");
            w.Line("        </Section47>");
        }

        w.Raw("        <ReferralNFA>").Raw(nfa ? yes : no).Line("</ReferralNFA>");
        if (conference is { } planStart && (reviews.Count > 0 || random.NextDouble() < 0.5))
        {
            w.Line("        <ChildProtectionPlans>");
            w.Raw("          <CPPstartDate>").Date(planStart).Line("</CPPstartDate>");
            if (planEnd is { } pe)
            {
                w.Raw("          <CPPendDate>").Date(pe).Line("</CPPendDate>");
                last = Max(last, pe);
            }

            w.Line("          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>");
            w.Line("          <LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>");
            w.Line("          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>");
            if (reviews.Count > 0)
            {
                w.Line("          <Reviews>");
                foreach (var review in reviews)
                {
                    w.Raw("            <CPPreviewDate>").Date(review).Line("</CPPreviewDate>");
                    last = Max(last, review);
                }

                w.Line("          </Reviews>");
            }

            w.Line("        </ChildProtectionPlans>");
        }

        w.Line("      </CINdetails>");
        return last;
    }

    private static int Draw(Random random, (int From, int To, double Weight)[] bands)
    {
        double x = random.NextDouble();
        foreach (var (from, to, weight) in bands)
        {
            if (x < weight)
            {
                return random.Next(from, to + 1);
            }

            x -= weight;
        }

        var lastBand = bands[bands.Length - 1];
        return random.Next(lastBand.From, lastBand.To + 1);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private sealed class Writer
    {
        private readonly TextWriter writer;
        private readonly char[] date = new char[10];

        public Writer(TextWriter writer) => this.writer = writer;

        public Writer Raw(string text)
        {
            writer.Write(text);
            return this;
        }

        public Writer Line(string text)
        {
            writer.Write(text);
            writer.Write('\n');
            return this;
        }

        public Writer Date(LocalDate d)
        {
            Four(d.Year, 0);
            date[4] = '-';
            Two(d.Month, 5);
            date[7] = '-';
            Two(d.Day, 8);
            writer.Write(date);
            return this;
        }

        private void Four(int v, int at)
        {
            date[at] = (char)('0' + (v / 1000));
            date[at + 1] = (char)('0' + (v / 100 % 10));
            date[at + 2] = (char)('0' + (v / 10 % 10));
            date[at + 3] = (char)('0' + (v % 10));
        }

        private void Two(int v, int at)
        {
            date[at] = (char)('0' + (v / 10));
            date[at + 1] = (char)('0' + (v % 10));
        }
    }
}
