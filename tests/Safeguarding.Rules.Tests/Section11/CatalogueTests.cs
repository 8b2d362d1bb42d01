using System;
using System.Linq;
using System.Text.RegularExpressions;
using Safeguarding.Rules.Catalog;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Section11;
using Xunit;

namespace Safeguarding.Rules.Tests.Section11;

public class CatalogueTests
{
    private static bool Has(string kind, string id) =>
        AgencyKinds.TryParse(kind, out var k) && Section11Catalog.For(new[] { k }).Any(a => a.Id == id);

    [Fact]
    public void Every_agency_kind_has_a_checklist()
    {
        Assert.All(AgencyKinds.All, k => Assert.NotEmpty(Section11Catalog.For(new[] { k })));
    }

    [Fact]
    public void Every_arrangement_has_a_unique_kebab_case_id_a_title_and_a_citation()
    {
        var ids = Section11Catalog.All.Select(a => a.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Section11Catalog.All, a =>
        {
            Assert.Matches(new Regex("^[a-z0-9]+(-[a-z0-9]+)*$"), a.Id);
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.NotEmpty(a.Citations);
            Assert.Equal(RuleKind.Section11Arrangement, a.Kind);
        });
    }

    [Fact]
    public void The_common_arrangements_are_C01_to_C14_in_order_and_all_should()
    {
        var common = Section11Catalog.Arrangements.Where(a => a.Code is { } c && c.StartsWith('C')).ToArray();
        Assert.Equal(Enumerable.Range(1, 14).Select(i => $"C{i:00}"), common.Select(a => a.Code));
        Assert.All(common, a => Assert.Equal(Force.Should, a.Force));
        Assert.Equal("allegations-against-staff-policy", common[13].Id);
    }

    [Theory]
    [InlineData("school")]
    [InlineData("nhs-trust")]
    [InlineData("local-authority")]
    [InlineData("district-council")]
    [InlineData("vcse")]
    [InlineData("sports-club")]
    [InlineData("prison")]
    [InlineData("secure-estate")]
    public void The_checklist_of_a_section_11_body_opens_with_the_fourteen_common_arrangements(string kind)
    {
        Assert.True(AgencyKinds.TryParse(kind, out var k));
        Assert.Equal(Enumerable.Range(1, 14).Select(i => $"C{i:00}"), Section11Catalog.For(new[] { k }).Take(14).Select(a => a.Code));
    }

    [Theory]
    [InlineData("cafcass")]
    [InlineData("immigration")]
    [InlineData("mappa-agency")]
    public void Bodies_the_text_gives_no_section_11_list_are_not_checked_against_the_common_arrangements(string kind)
    {
        Assert.False(Has(kind, "clear-line-of-accountability"));
    }

    [Theory]
    [InlineData("school", "edu-have-regard-to-kcsie")]
    [InlineData("early-years", "ey-policy-covers-mobile-phones-and-cameras")]
    [InlineData("nhs-trust", "nhs-provider-named-professionals")]
    [InlineData("integrated-care-board", "icb-designated-professionals")]
    [InlineData("gp-practice", "gp-practice-lead-and-deputy")]
    [InlineData("nhs-england", "nhse-regional-safeguarding-lead")]
    [InlineData("police", "police-operation-encompass-notification")]
    [InlineData("adult-social-care", "asc-identify-young-carers")]
    [InlineData("housing", "housing-hazards-account-for-children")]
    [InlineData("british-transport-police", "btp-act-within-powers-with-partners")]
    [InlineData("prison", "mbu-consult-csc-on-board-decisions")]
    [InlineData("probation", "pdu-information-exchange-arrangements")]
    [InlineData("mappa-agency", "mappa-consider-child-welfare")]
    [InlineData("childrens-home", "ch-reg34-policies")]
    [InlineData("secure-estate", "secure-annual-safeguarding-policy")]
    [InlineData("youth-offending-team", "yot-safeguarding-lead-officer")]
    [InlineData("immigration", "s55-arrangements")]
    [InlineData("cafcass", "cafcass-records-access")]
    [InlineData("vcse", "vcse-policies-followed-with-compliance-systems")]
    [InlineData("sports-club", "ngb-aim-to-meet-cpsu-standards")]
    [InlineData("local-authority", "la-lado-designated")]
    [InlineData("local-authority", "la-us-base-liaison")]
    [InlineData("local-authority", "channel-links-with-statutory-partners")]
    [InlineData("local-authority", "homelessness-duty-to-refer")]
    [InlineData("district-council", "contracted-out-services-covered")]
    public void Each_agency_kind_gets_its_own_arrangements(string kind, string id)
    {
        Assert.True(Has(kind, id), $"{kind} should have {id}");
    }

    [Theory]
    [InlineData("prison-identify-pprc")]
    [InlineData("pprc-inform-childrens-social-care")]
    [InlineData("pprc-consult-on-significant-change")]
    [InlineData("pprc-notify-probation-yot-and-police")]
    [InlineData("pprc-child-contact-risk-assessment")]
    [InlineData("pprc-refer-unknown-child")]
    [InlineData("pprc-record-shared-information")]
    public void The_secure_estate_gets_the_prisoner_risk_arrangements_because_footnote_163_applies_them_there(string id)
    {
        Assert.True(Has("secure-estate", id));
        Assert.True(Has("prison", id));
        Assert.Contains(Section11Catalog.Find(id)!.Citations, c => c.Location == "footnote 163 (paragraph 305)");
    }

    [Theory]
    [InlineData("allegations-against-staff-policy")]
    [InlineData("allegations-policy-timescales-and-support")]
    [InlineData("allegation-reported-immediately-to-senior-manager")]
    [InlineData("lado-informed-within-one-working-day")]
    [InlineData("dbs-barring-referral")]
    [InlineData("dbs-referral-consider-when-conditions-not-met")]
    public void Cafcass_has_the_allegations_and_DBS_arrangements_of_every_organisation_working_with_children(string id)
    {
        Assert.True(Has("cafcass", id));
    }

    [Fact]
    public void A_Cafcass_checklist_has_required_arrangements()
    {
        Assert.Contains(Section11Catalog.For(new[] { AgencyKind.Cafcass }), a => a.IsRequired);
    }

    [Theory]
    [InlineData("probation", "probation-rmp-aligned-with-child-plans", Force.Should)]
    [InlineData("probation", "probation-intervention-impact-on-caring-considered", Force.Should)]
    [InlineData("probation", "probation-request-quick-response-on-contact-concerns", Force.Should)]
    [InlineData("prison", "prison-first-night-care-arrangements", Force.Should)]
    [InlineData("police", "police-arrest-impact-on-child-considered", Force.Should)]
    [InlineData("mappa-agency", "mappa-child-offenders-safeguarded", Force.Should)]
    [InlineData("nhs-england", "nhse-accountable-for-commissioned-services", Force.Should)]
    public void The_will_and_should_sentences_the_audit_found_are_arrangements_of_their_body(string kind, string id, Force force)
    {
        Assert.True(Has(kind, id), $"{kind} should have {id}");
        Assert.Equal(force, Section11Catalog.Find(id)!.Force);
    }

    [Theory]
    [InlineData("police", true)]
    [InlineData("probation", true)]
    [InlineData("youth-offending-team", true)]
    [InlineData("integrated-care-board", true)]
    [InlineData("local-authority", true)]
    [InlineData("school", false)]
    [InlineData("prison", false)]
    [InlineData("secure-estate", false)]
    [InlineData("nhs-trust", false)]
    public void The_serious_violence_duty_falls_on_the_specified_authorities_only(string kind, bool specified)
    {
        Assert.Equal(specified, Has(kind, "svd-work-together-and-strategy"));
        Assert.Equal(specified, Has(kind, "svd-consult-education-prison-youth-custody"));
        Assert.Equal(Force.Must, Section11Catalog.Find("svd-work-together-and-strategy")!.Force);
        Assert.Equal(Force.Must, Section11Catalog.Find("svd-consult-education-prison-youth-custody")!.Force);
    }

    [Theory]
    [InlineData("relevant-agency-must-cooperate", Force.Must, "name them as a relevant partner they must cooperate")]
    [InlineData("asked-to-cooperate-should-do-so", Force.Should, "can also be asked to co-operate as part of the local arrangements and should do so")]
    public void A_VCSE_must_cooperate_only_when_named_as_a_relevant_agency_and_should_when_asked(string id, Force force, string quoted)
    {
        var arrangement = Section11Catalog.Find(id)!;
        Assert.Equal(force, arrangement.Force);
        Assert.Single(arrangement.Citations);
        Assert.Contains(quoted, arrangement.Citations[0].Quote, StringComparison.Ordinal);
        Assert.True(Has("vcse", id));
        Assert.True(Has("sports-club", id));
    }

    [Theory]
    [InlineData("relevant-agency-must-cooperate", "When the safeguarding partners name the organisation as a relevant agency")]
    [InlineData("lado-informed-within-one-working-day", "or that is made directly to the police")]
    [InlineData("prison-identify-pprc", "in the secure estate for children, children")]
    public void A_title_says_everything_its_text_covers(string id, string wording)
    {
        Assert.Contains(wording, Section11Catalog.Find(id)!.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("school", "nhs-provider-named-professionals")]
    [InlineData("nhs-trust", "edu-have-regard-to-kcsie")]
    [InlineData("police", "la-lado-designated")]
    [InlineData("school", "contracted-out-services-covered")]
    public void An_agency_kind_does_not_get_another_kinds_arrangements(string kind, string id)
    {
        Assert.False(Has(kind, id), $"{kind} should not have {id}");
    }

    [Theory]
    [InlineData("dbs-barring-referral", Force.Must)]
    [InlineData("ey-designated-safeguarding-lead", Force.Must)]
    [InlineData("mbu-referral-to-csc-on-application", Force.Must)]
    [InlineData("escalation-policy", Force.Should)]
    [InlineData("lado-informed-within-one-working-day", Force.Should)]
    [InlineData("prison-monitor-communications", Force.May)]
    [InlineData("mappa-associate-agencies", Force.May)]
    public void Each_arrangement_keeps_the_force_of_its_wording(string id, Force force)
    {
        Assert.Equal(force, Section11Catalog.Find(id)!.Force);
    }

    [Theory]
    [InlineData("escalation-policy", Verifiability.Evidence)]
    [InlineData("senior-board-level-lead", Verifiability.Judgement)]
    [InlineData("culture-of-safety-equality-protection", Verifiability.Judgement)]
    [InlineData("supervision-support-and-training", Verifiability.Judgement)]
    [InlineData("yot-safeguarding-lead-officer", Verifiability.Evidence)]
    public void A_culture_or_a_sufficiency_is_a_judgement_and_a_policy_or_a_named_lead_is_evidence(string id, Verifiability verifiability)
    {
        Assert.Equal(verifiability, Section11Catalog.Find(id)!.Verifiability);
    }

    [Fact]
    public void The_2007_items_are_tagged_with_their_edition_and_left_out_unless_asked_for()
    {
        Assert.NotEmpty(Section11Catalog.Section11Guidance2007Items);
        Assert.All(Section11Catalog.Section11Guidance2007Items, a =>
        {
            Assert.Equal(SourceDocument.Section11Guidance2007, a.Source);
            Assert.All(a.Citations, c => Assert.Equal(SourceDocument.Section11Guidance2007, c.Document));
        });
        var school = new[] { AgencyKind.School };
        Assert.DoesNotContain(Section11Catalog.For(school), a => a.Source == SourceDocument.Section11Guidance2007);
        Assert.Contains(Section11Catalog.For(school, includeSection11Guidance2007: true), a => a.Id == "complaints-system");
        Assert.DoesNotContain(RuleCatalog.Rules, r => r.Id == "complaints-system");
    }

    [Theory]
    [InlineData("L09", "references-always-taken-up", "school", Force.Should)]
    [InlineData("L10", "recruiters-trained", "nhs-trust", Force.Must)]
    [InlineData("L11", "mbu-staff-prioritised-for-child-protection-training", "prison", Force.Should)]
    public void A_2007_item_Working_Together_2026_no_longer_lists_is_kept_as_a_2007_item(string code, string id, string kind, Force force)
    {
        var arrangement = Section11Catalog.Find(id)!;
        Assert.Equal(code, arrangement.Code);
        Assert.Equal(force, arrangement.Force);
        Assert.Equal(SourceDocument.Section11Guidance2007, arrangement.Source);
        Assert.True(AgencyKinds.TryParse(kind, out var k));
        Assert.Contains(Section11Catalog.For(new[] { k }, includeSection11Guidance2007: true), a => a.Id == id);
    }

    [Theory]
    [InlineData("interventions take place at an early point", "paragraph 139")]
    [InlineData("racial heritage, language, religion, faith, gender and disability", "paragraph 351")]
    public void A_2007_item_Working_Together_2026_still_lists_in_substance_is_a_documented_change_not_a_kept_item(string quoted2007, string location2026)
    {
        var change = Assert.Single(EditionChange.From2007, c => c.Citations.Any(q => q.Quote.Contains(quoted2007, StringComparison.Ordinal)));
        Assert.Contains(change.Citations, c => c.Document == SourceDocument.WorkingTogether2026 && c.Location == location2026);
        Assert.DoesNotContain(Section11Catalog.Section11Guidance2007Items, a => a.Citations.Any(q => q.Quote.Contains(quoted2007, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_2026_arrangements_cite_only_Working_Together_2026()
    {
        Assert.All(Section11Catalog.Arrangements, a => Assert.All(a.Citations, c => Assert.Equal(SourceDocument.WorkingTogether2026, c.Document)));
    }

    [Fact]
    public void The_citation_test_reaches_every_section_11_citation_including_the_2007_ones()
    {
        var all = RuleCatalog.AllCitations().ToHashSet();
        Assert.All(Section11Catalog.All.SelectMany(a => a.Citations), c => Assert.Contains(c, all));
        Assert.All(EditionChange.From2007.SelectMany(c => c.Citations), c => Assert.Contains(c, all));
        Assert.All(Section11Interpretations.All, i => Assert.Contains(i, RuleCatalog.Interpretations));
    }

    [Fact]
    public void The_lado_timescale_is_cited_in_two_parts_because_a_page_break_splits_the_sentence()
    {
        var quotes = Section11Catalog.Find("lado-informed-within-one-working-day")!.Citations.Select(c => c.Quote).ToArray();
        Assert.Equal(2, quotes.Length);
        Assert.EndsWith("come to an", quotes[0], StringComparison.Ordinal);
        Assert.StartsWith("employer's attention", quotes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void No_section_11_quote_carries_a_footnote_marker()
    {
        var markers = new Regex("[¹²³⁴⁵⁶⁷⁸⁹⁰]|\\^\\{");
        var cited = Section11Catalog.All.Cast<ICited>().Concat(EditionChange.From2007).Concat(Section11Interpretations.All);
        Assert.All(cited.SelectMany(c => c.Citations), c => Assert.DoesNotMatch(markers, c.Quote));
    }

    [Fact]
    public void An_organisation_of_several_kinds_gets_each_arrangement_once()
    {
        var both = Section11Catalog.For(new[] { AgencyKind.NhsTrust, AgencyKind.School });
        Assert.Equal(both.Count, both.Select(a => a.Id).Distinct().Count());
        Assert.Contains(both, a => a.Id == "edu-have-regard-to-kcsie");
        Assert.Contains(both, a => a.Id == "nhs-provider-named-professionals");
    }

    [Fact]
    public void Agency_kind_ids_round_trip()
    {
        Assert.All(AgencyKinds.All, k => Assert.True(AgencyKinds.TryParse(AgencyKinds.Id(k), out var parsed) && parsed == k));
        Assert.False(AgencyKinds.TryParse("School", out _));
    }
}
