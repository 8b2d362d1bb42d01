using System.Linq;
using Safeguarding.Rules.Logic;
using Safeguarding.Rules.Provenance;
using Xunit;
using static Safeguarding.Rules.Decisions.SeriousIncidentRules;
using static Safeguarding.Rules.Tests.Decisions.DecisionAssert;

namespace Safeguarding.Rules.Tests.Decisions;

public class SeriousIncidentRuleTests
{
    private static readonly (string, object)[] SuspectedAbuseOfAChildInEngland =
    {
        ("la-in-england", true), ("abuse-or-neglect-known-or-suspected", true), ("age-at-death-or-harm", 9),
    };

    private static (string, object)[] Suspected(params (string, object)[] more) => [.. SuspectedAbuseOfAChildInEngland, .. more];

    [Fact]
    public void A_local_authority_that_suspects_neglect_of_a_child_normally_resident_in_its_area_who_is_seriously_harmed_outside_England_must_notify_the_Panel()
    {
        var d = Yes(Notification, Suspected(("died", false), ("serious-or-long-term-impairment", true), ("in-la-area", false), ("normally-resident-in-la-area", true), ("outside-england", true)));
        Assert.Equal(Force.Must, Notification.Force);
        Assert.Contains("DL-13", d.Timescales());
        d.HasConsequence("as “serious harm”", Force.Should);
    }

    [Fact]
    public void A_child_who_dies_in_the_area_where_abuse_is_suspected_is_notified_as_a_death_within_five_working_days_and_a_rapid_review_follows()
    {
        var d = Yes(Notification, Suspected(("died", true), ("in-la-area", true), ("child-identity-known", true)));
        Assert.Equal(new[] { "DL-13", "DL-14", "DL-47" }, d.Timescales());
        d.HasConsequence("notify the Panel", Force.Must);
        d.HasConsequence("submit the notification", Force.Should);
        d.HasConsequence("submit the rapid review", Force.NonStatutory);
        d.HasConsequence("as a “death”", Force.Should);
        d.LacksConsequence("as “serious harm”");
    }

    [Fact]
    public void An_incident_whose_child_is_not_yet_identified_is_still_notified_without_delay()
    {
        var d = Yes(Notification, Suspected(("died", true), ("in-la-area", true), ("child-identity-known", false)));
        Assert.Contains("DL-45", d.Timescales());
    }

    [Fact]
    public void A_death_in_the_area_needs_no_fact_about_normal_residence_or_England()
    {
        var d = Yes(Notification, Suspected(("died", true), ("in-la-area", true)));

        // Only a consequence waits on a fact: whether the child is identified (DL-45 applies if not).
        Assert.Equal(new[] { "child-identity-known" }, d.FactsToSettle.Select(f => f.Name));
    }

    [Fact]
    public void The_notification_test_does_not_need_the_abuse_to_have_caused_the_death_or_harm()
    {
        Assert.DoesNotContain(Notification.Facts, f => f.Name == "abuse-or-neglect-contributed");
    }

    [Fact]
    public void A_child_who_has_recovered_from_a_serious_impairment_has_still_been_seriously_harmed()
    {
        Yes(SeriousHarm, ("serious-or-long-term-impairment", true));
        Assert.DoesNotContain(SeriousHarm.Facts, f => f.Name.Contains("recover", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Harm_outside_the_listed_impairments_can_still_be_serious_harm_because_the_list_is_not_exhaustive()
    {
        Yes(SeriousHarm, ("serious-or-long-term-impairment", false), ("other-serious-harm", true));
        Undetermined(SeriousHarm, new[] { "other-serious-harm" }, ("serious-or-long-term-impairment", false));
    }

    [Fact]
    public void When_the_local_authority_has_not_said_whether_it_suspects_abuse_the_answer_is_undetermined_not_no()
    {
        Undetermined(Notification, new[] { "abuse-or-neglect-known-or-suspected" }, ("la-in-england", true), ("age-at-death-or-harm", 9), ("died", true), ("in-la-area", true));
    }

    [Fact]
    public void When_abuse_or_neglect_is_neither_known_nor_suspected_there_is_no_notification_and_partners_may_hold_a_local_learning_review()
    {
        var d = No(Notification, ("abuse-or-neglect-known-or-suspected", false));
        d.HasConsequence("local learning review", Force.May);
        Yes(LocalLearningReview, ("abuse-or-neglect-known-or-suspected", false));
    }

    [Fact]
    public void A_child_seriously_harmed_in_another_area_who_does_not_live_here_is_not_this_authoritys_notification()
    {
        No(Notification, Suspected(("serious-or-long-term-impairment", true), ("in-la-area", false), ("normally-resident-in-la-area", false)));
    }

    [Fact]
    public void Harm_to_an_18_year_old_is_not_a_child_serious_incident()
    {
        No(Notification, ("la-in-england", true), ("abuse-or-neglect-known-or-suspected", true), ("age-at-death-or-harm", 18), ("died", true), ("in-la-area", true));
        Yes(Notification, ("la-in-england", true), ("abuse-or-neglect-known-or-suspected", true), ("age-at-death-or-harm", 17), ("died", true), ("in-la-area", true));
    }

    [Fact]
    public void A_death_by_suicide_where_abuse_is_a_factor_is_notified_as_a_death_never_as_other()
    {
        var d = No(NotificationCategory, Suspected(("died", true), ("in-la-area", true), ("died-by-suicide", true), ("clear-rationale-for-other", true)));
        d.HasConsequence("as a “death”", Force.Should);
    }

    [Fact]
    public void An_incident_meeting_the_criteria_may_be_notified_as_other_only_with_a_clear_rationale()
    {
        Yes(NotificationCategory, Suspected(("died", false), ("serious-or-long-term-impairment", true), ("in-la-area", true), ("died-by-suicide", false), ("clear-rationale-for-other", true)));
        var d = No(NotificationCategory, Suspected(("died", false), ("serious-or-long-term-impairment", true), ("in-la-area", true), ("died-by-suicide", false), ("clear-rationale-for-other", false)));
        d.HasConsequence("as “serious harm”", Force.Should);
    }

    [Fact]
    public void The_death_of_a_looked_after_child_from_natural_causes_must_be_notified_to_the_Secretary_of_State_and_Ofsted()
    {
        var d = Yes(LookedAfterChildDeath, ("looked-after", true), ("died", true));
        d.HasConsequence("whether or not abuse or neglect occurred", Force.Must);
    }

    [Fact]
    public void A_care_leaver_who_dies_aged_24_is_notified_to_the_Secretary_of_State_and_Ofsted_with_no_rapid_review()
    {
        var d = Yes(CareLeaverDeath, ("care-leaver", true), ("died", true), ("age-at-death-or-harm", 24));
        d.HasConsequence("notify the Secretary of State for Education and Ofsted", Force.Should);
        d.HasConsequence("a rapid review or local child safeguarding practice review is not required", Force.Should);
        Assert.DoesNotContain("DL-14", d.Timescales());
    }

    [Fact]
    public void A_care_leaver_who_dies_aged_25_is_outside_the_notification_by_the_default_reading()
    {
        var d = No(CareLeaverDeath, ("care-leaver", true), ("died", true), ("age-at-death-or-harm", 25));
        Assert.Contains(CareLeaverDeath.Interpretations, i => i.Id == "care-leaver-death-age-limit");
        Assert.Empty(d.Consequences);
    }

    [Fact]
    public void A_care_leaver_under_18_whose_death_abuse_contributed_to_must_be_notified_as_a_serious_incident_with_the_full_learning_process()
    {
        var d = Yes(CareLeaverDeath, ("care-leaver", true), ("died", true), ("age-at-death-or-harm", 17), ("abuse-or-neglect-contributed", true));
        d.HasConsequence("children's serious incident notification", Force.Must);
        d.HasConsequence("follow the full learning process", Force.Should);
        Assert.Equal(new[] { "DL-13", "DL-14", "DL-47" }, d.Timescales());
    }

    [Fact]
    public void A_care_leaver_under_18_whose_death_abuse_did_not_contribute_to_gets_a_care_leaver_notification_with_no_rapid_review()
    {
        var d = Yes(CareLeaverDeath, ("care-leaver", true), ("died", true), ("age-at-death-or-harm", 17), ("abuse-or-neglect-contributed", false));
        d.HasConsequence("a rapid review or local child safeguarding practice review is not required", Force.Should);
        d.LacksConsequence("children's serious incident notification");
    }

    [Fact]
    public void A_care_leaver_death_of_unknown_age_is_undetermined_until_the_age_is_known()
    {
        Undetermined(CareLeaverDeath, new[] { "age-at-death-or-harm" }, ("care-leaver", true), ("died", true));
    }

    [Fact]
    public void For_a_care_leaver_under_18_it_is_unknown_which_route_applies_until_it_is_known_whether_abuse_contributed()
    {
        var d = Yes(CareLeaverDeath, ("care-leaver", true), ("died", true), ("age-at-death-or-harm", 16));
        Assert.Contains(d.FactsToSettle, f => f.Name == "abuse-or-neglect-contributed");
        Assert.NotEmpty(d.PossibleConsequences);
    }

    [Fact]
    public void A_young_adult_harmed_in_childhood_unreported_at_the_time_is_discussed_with_the_Panel_before_notification()
    {
        var d = Yes(YoungAdultHarmedInChildhood, Suspected(("now-over-18", true), ("harm-not-known-at-the-time", true), ("died", false), ("serious-or-long-term-impairment", true), ("in-la-area", true)));
        d.HasConsequence("consult the Panel for advice before submitting a notification", Force.Should);
    }

    [Fact]
    public void Once_partners_decide_on_an_LCSPR_they_tell_the_Panel_Ofsted_and_DfE_and_the_six_month_clock_starts()
    {
        var d = Yes(RapidReviewDecision, ("serious-incident-notified", true), ("lcspr-decided", true), ("complex-or-national-importance", false));
        Assert.Equal(new[] { "DL-14", "DL-15", "DL-47", "DL-48" }, d.Timescales());
        d.LacksConsequence("national review may be appropriate");
    }

    [Fact]
    public void Partners_who_think_a_case_is_of_national_importance_tell_the_Panel()
    {
        var d = Yes(RapidReviewDecision, ("serious-incident-notified", true), ("lcspr-decided", false), ("complex-or-national-importance", true));
        d.HasConsequence("national review may be appropriate", Force.Should);
    }

    [Fact]
    public void A_case_meeting_an_LCSPR_criterion_must_have_the_criterion_weighed_but_no_review_is_automatic()
    {
        var d = Yes(LcsprCriteria, ("highlights-recurrent-themes", true));
        d.HasConsequence("there is no automatic LCSPR", Force.Must);
        No(LcsprCriteria, ("highlights-improvements", false), ("highlights-recurrent-themes", false), ("highlights-agencies-working-together", false), ("panel-concluded-local-review", false))
            .HasConsequence("still decide whether an LCSPR is appropriate", Force.Should);
    }

    [Fact]
    public void The_Panel_considers_a_national_review_only_of_a_notified_incident()
    {
        No(NationalReviewCriteria, ("serious-incident-notified", false), ("raises-legislative-issues", true));
        Assert.Contains("DL-18", Yes(NationalReviewCriteria, ("serious-incident-notified", true), ("raises-legislative-issues", true)).Timescales());
    }
}
