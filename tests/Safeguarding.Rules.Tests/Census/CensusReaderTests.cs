using System;
using System.IO;
using System.Linq;
using NodaTime;
using Safeguarding.Rules.Census;
using Xunit;
using static Safeguarding.Rules.Tests.Census.CensusFragments;

namespace Safeguarding.Rules.Tests.Census;

public class CensusReaderTests
{
    [Theory]
    [InlineData("2027", 2027)]
    [InlineData("2026-27", 2027)]
    [InlineData("2026/27", 2027)]
    [InlineData("2026-2027", 2027)]
    [InlineData("1999-00", 2000)]
    public void Both_spellings_of_the_collection_year_name_the_year_it_ends_in(string written, int year)
    {
        var (header, _) = Read(CensusXml(Child("A1", Episode("<CINreferralDate>2026-05-05</CINreferralDate>")), written));
        Assert.Equal(year, header.CollectionYear);
        Assert.Equal(new LocalDate(2027, 3, 31), header.ReferenceDate);
    }

    [Theory]
    [InlineData("2026-28")]
    [InlineData("twenty")]
    [InlineData("")]
    public void A_collection_year_that_is_not_one_is_not_guessed(string written)
    {
        var (header, _) = Read(CensusXml(Child("A1", Episode("<CINreferralDate>2026-05-05</CINreferralDate>")), written));
        Assert.Null(header.CollectionYear);
    }

    [Theory]
    [InlineData("<GenderCurrent>1</GenderCurrent>", 0)]
    [InlineData("<GenderCurrent>9</GenderCurrent>", 0)]
    [InlineData("<Sex>M</Sex>", 0)]
    [InlineData("<Sex>U</Sex>", 0)]
    [InlineData("<Sex>1</Sex>", 1)]
    [InlineData("<GenderCurrent>M</GenderCurrent>", 1)]
    public void GenderCurrent_and_Sex_are_both_read_and_a_value_outside_the_code_list_is_a_finding(string element, int findings)
    {
        var xml = CensusXml($"<Child><ChildIdentifiers><LAchildID>A1</LAchildID>{element}</ChildIdentifiers>{Episode("<CINreferralDate>2026-05-05</CINreferralDate>")}</Child>");
        var (_, children) = Read(xml);
        Assert.Equal(findings, children[0].Findings.Count);
        Assert.DoesNotContain(children[0].Findings, f => f.Problem.Contains('M', StringComparison.Ordinal) && f.Problem.Contains("is M", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    [InlineData(" true ", true)]
    [InlineData("yes", null)]
    public void Yes_and_no_are_read_as_0_and_1_or_false_and_true(string written, bool? value)
    {
        var xml = CensusXml(Child("A1", Episode($"<CINreferralDate>2026-05-05</CINreferralDate><Section47><S47ActualStartDate>2026-05-06</S47ActualStartDate><ICPCnotRequired>{written}</ICPCnotRequired></Section47><ReferralNFA>{written}</ReferralNFA>")));
        var episode = Read(xml).Children[0].Episodes[0];
        Assert.Equal(value, episode.ReferralNfa);
        Assert.Equal(value, episode.Section47s[0].ConferenceNotRequired);
        Assert.Equal(value is null ? 2 : 0, Read(xml).Children[0].Findings.Count);
    }

    [Fact]
    public void Elements_the_reader_does_not_know_are_skipped_and_the_rest_is_read()
    {
        var xml = CensusXml(Child("A1", Episode("""
            <CINreferralDate>2026-05-05</CINreferralDate>
            <CINPlanDates><CINPlanStartDate>2026-06-01</CINPlanStartDate></CINPlanDates>
            <Assessments><AssessmentActualStartDate>2026-05-06</AssessmentActualStartDate><Unknown><Deeper>x</Deeper></Unknown><AssessmentAuthorisationDate>2026-06-10</AssessmentAuthorisationDate></Assessments>
            <PreProceedingsandFGDM><LetterBeforeProceedingsDate>2026-09-01</LetterBeforeProceedingsDate></PreProceedingsandFGDM>
            <ReferralNFA>0</ReferralNFA>
            """)) + "<Stray>text</Stray>" + Child("A2", Episode("<CINreferralDate>2026-05-07</CINreferralDate>")));
        var (_, children) = Read(xml);
        Assert.Equal(new[] { "A1", "A2" }, children.Select(c => c.ChildId));
        Assert.Equal(new LocalDate(2026, 6, 10), children[0].Episodes[0].Assessments[0].AuthorisationDate);
        Assert.Empty(children[0].Findings);
    }

    [Theory]
    [InlineData("2023-02-29", "not a date in the form YYYY-MM-DD")]
    [InlineData("2026-13-01", "not a date in the form YYYY-MM-DD")]
    [InlineData("31/03/2026", "not a date in the form YYYY-MM-DD")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("<![CDATA[2026-06-1]]>", "not a date in the form YYYY-MM-DD")]
    [InlineData("2026-06-10 and then a very long run of text that is longer than any buffer the reader keeps for a date, and more", "not a date in the form YYYY-MM-DD")]
    [InlineData("1899-12-31", "outside the working-day calendar's range")]
    public void An_impossible_or_missing_date_is_a_finding_on_the_child_and_the_file_is_still_read(string written, string problem)
    {
        var xml = CensusXml(Child("A1", Episode($"<CINreferralDate>2026-05-05</CINreferralDate><Assessments><AssessmentActualStartDate>2026-05-06</AssessmentActualStartDate><AssessmentAuthorisationDate>{written}</AssessmentAuthorisationDate></Assessments>")) + Child("A2", Episode("<CINreferralDate>2026-05-07</CINreferralDate>")));
        var (_, children) = Read(xml);
        var finding = Assert.Single(children[0].Findings);
        Assert.Equal("A1", finding.ChildId);
        Assert.Equal("Child/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate", finding.Path);
        Assert.StartsWith(problem, finding.Problem, StringComparison.Ordinal);
        Assert.Null(children[0].Episodes[0].Assessments[0].AuthorisationDate);
        Assert.Equal("A2", children[1].ChildId);
    }

    [Fact]
    public void Missing_required_dates_and_a_missing_LAchildID_are_findings_naming_the_child_by_its_position()
    {
        var xml = CensusXml("<Child><ChildIdentifiers><UPN>A123456789012</UPN></ChildIdentifiers><CINdetails><Assessments/><Section47/><ChildProtectionPlans/></CINdetails></Child>");
        var child = Read(xml).Children.Single();
        Assert.Equal("(child 1 in the file)", child.ChildId);
        Assert.Equal(
            new[]
            {
                "Child/CINdetails[1]/Assessments[1]/AssessmentActualStartDate",
                "Child/CINdetails[1]/Section47[1]/S47ActualStartDate",
                "Child/CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate",
                "Child/CINdetails[1]/CINreferralDate",
                "Child/ChildIdentifiers/LAchildID",
            },
            child.Findings.Select(f => f.Path));
    }

    [Fact]
    public void Dates_out_of_order_are_findings()
    {
        var xml = CensusXml(Child("A1", Episode("""
            <CINreferralDate>2026-05-05</CINreferralDate>
            <Assessments><AssessmentActualStartDate>2026-05-06</AssessmentActualStartDate><AssessmentAuthorisationDate>2026-05-01</AssessmentAuthorisationDate></Assessments>
            <Section47><S47ActualStartDate>2026-05-12</S47ActualStartDate><DateOfInitialCPC>2026-05-11</DateOfInitialCPC></Section47>
            <ChildProtectionPlans><CPPstartDate>2026-04-01</CPPstartDate><CPPendDate>2027-05-01</CPPendDate></ChildProtectionPlans>
            """)));
        var problems = Read(xml).Children[0].Findings.Select(f => $"{f.Path}: {f.Problem}").ToArray();
        Assert.Contains("Child/CINdetails[1]/Assessments[1]/AssessmentAuthorisationDate: 2026-05-01 is before AssessmentActualStartDate (2026-05-06)", problems);
        Assert.Contains("Child/CINdetails[1]/Section47[1]/DateOfInitialCPC: 2026-05-11 is before S47ActualStartDate (2026-05-12)", problems);
        Assert.Contains("Child/CINdetails[1]/ChildProtectionPlans[1]/CPPstartDate: 2026-04-01 is before CINreferralDate (2026-05-05)", problems);
        Assert.Contains("Child/CINdetails[1]/ChildProtectionPlans[1]/CPPendDate: 2027-05-01 is after the census reference date (2027-03-31)", problems);
    }

    [Theory]
    [InlineData("<Message><Children><Child></Children></Message>", 1)]
    [InlineData("<Message>\n<Children>\n<Child><ChildIdentifiers><LAchildID>SECRET-NAME</LAchildID></ChildIdentifiers>\n<CINdetails><CINreferralDate>2026-05-05</CINreferralDate></CINdetails></Child>\n<Child><Oops attr=\"Jane Smith></Child>\n</Children></Message>", 5)]
    [InlineData("<Message><Children>&undefined;</Children></Message>", 1)]
    public void A_file_that_is_not_well_formed_stops_the_read_naming_line_and_column_and_nothing_of_the_file(string xml, int line)
    {
        var e = Assert.Throws<CensusFormatException>(() => Read(xml));
        Assert.Equal(line, e.Line);
        Assert.True(e.Column >= 1);
        Assert.StartsWith("the census is not well-formed XML at line", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Oops", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Child", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<Return><Children/></Return>", "the root element is not Message")]
    [InlineData("<Message><Header/></Message>", "there is no Children element")]
    [InlineData("<Message xmlns=\"urn:other\"><Children/></Message>", "the root element is not Message")]
    public void A_file_that_is_not_a_census_stops_the_read(string xml, string problem)
    {
        var e = Assert.Throws<CensusFormatException>(() => Read(xml));
        Assert.StartsWith("not a children in need census: " + problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_census_with_no_header_and_no_children_is_read()
    {
        using var reader = CensusReader.Create(new StringReader("<Message><Children/></Message>"));
        Assert.Null(reader.Header.CollectionYear);
        Assert.Empty(reader.ReadChildren());
    }

    [Fact]
    public void The_reader_reads_its_children_once()
    {
        using var reader = CensusReader.Create(new StringReader(CensusXml(Child("A1", Episode("<CINreferralDate>2026-05-05</CINreferralDate>")))));
        _ = reader.ReadChildren().ToArray();
        Assert.Throws<InvalidOperationException>(() => reader.ReadChildren());
    }

    [Fact]
    public void Reading_streams_one_child_at_a_time()
    {
        // A file whose end is broken: the children before the break are returned before the error is.
        var xml = CensusXml(Child("A1", Episode("<CINreferralDate>2026-05-05</CINreferralDate>")) + Child("A2", Episode("<CINreferralDate>2026-05-05</CINreferralDate>"))).Replace("</Message>", "</Mess>", StringComparison.Ordinal);
        using var reader = CensusReader.Create(new StringReader(xml));
        using var children = reader.ReadChildren().GetEnumerator();
        Assert.True(children.MoveNext());
        Assert.Equal("A1", children.Current.ChildId);
        Assert.True(children.MoveNext());
        Assert.Equal("A2", children.Current.ChildId);
        Assert.Throws<CensusFormatException>(() => children.MoveNext());
    }
}
