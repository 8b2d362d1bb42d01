using System.IO;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Census;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.Tests.Census;

/// <summary>Hand-made census fragments: a header and children written inline, read and evaluated.</summary>
internal static class CensusFragments
{
    public static string CensusXml(string children, string year = "2027", string? reference = "2027-03-31") =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>{year}</Year>
              {(reference is null ? string.Empty : $"<ReferenceDate>{reference}</ReferenceDate>")}
            </CollectionDetails>
          </Header>
          <Children>
        {children}
          </Children>
        </Message>
        """;

    public static string Child(string id, params string[] episodes) =>
        $"""
            <Child>
              <ChildIdentifiers>
                <LAchildID>{id}</LAchildID>
                <UPN>A123456789012</UPN>
                <PersonBirthDate>2015-01-01</PersonBirthDate>
                <Sex>F</Sex>
              </ChildIdentifiers>
              {string.Concat(episodes)}
            </Child>
        """;

    public static string Episode(string body) => $"<CINdetails>{body}</CINdetails>";

    public static (CensusHeader Header, CensusChild[] Children) Read(string xml)
    {
        using var reader = CensusReader.Create(new StringReader(xml));
        return (reader.Header, reader.ReadChildren().ToArray());
    }

    public static CaseloadReport Evaluate(string xml, Readings? readings = null, LocalDate? asOf = null)
    {
        using var reader = CensusReader.Create(new StringReader(xml));
        return new CaseloadEvaluator(WorkingDayCalendar.EnglandAndWales, readings).Evaluate(reader, asOf);
    }

    public static int Count(this CaseloadReport report, string rule, DeadlineStatus status) =>
        report.Deadlines.Single(t => t.RuleId == rule).Count(status);

    public static Readings ApplyCurrentEdition => Readings.Default.With("clocks-before-commencement", "apply-current-edition");
}
