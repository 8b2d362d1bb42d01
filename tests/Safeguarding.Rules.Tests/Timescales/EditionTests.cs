using System;
using System.Linq;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;
using Xunit;
using static Safeguarding.Rules.Tests.Timescales.T;
using static Safeguarding.Rules.Timescales.CaseEventType;

namespace Safeguarding.Rules.Tests.Timescales;

/// <summary>A rule applies to a clock that starts while its edition is in force; anything earlier is said, not judged.</summary>
public class EditionTests
{
    [Fact]
    public void A_referral_in_2019_gets_edition_not_in_force_naming_the_edition_it_replaces_and_no_verdict()
    {
        var report = Report("2019-06-01", Ev(ReferralReceived, "2019-03-04"));
        Assert.All(report.For("DL-03"), e =>
        {
            Assert.Equal(DeadlineStatus.EditionNotInForce, e.Status);
            Assert.Null(e.DueDate);
            Assert.Contains("Working Together to Safeguard Children 2023", e.Note, StringComparison.Ordinal);
            Assert.Contains("not encoded", e.Note, StringComparison.Ordinal);
        });
        Assert.False(report.HasOverdue);
        Assert.False(report.AppliedBeforeCommencement);
        Assert.Equal(new[] { Edition.WorkingTogether2026 }, report.Editions);
    }

    [Fact]
    public void A_caller_may_apply_the_2026_rules_to_an_earlier_clock_and_the_report_says_so()
    {
        var readings = Readings.Default.With("clocks-before-commencement", "apply-current-edition");
        var report = Report(readings, "2019-06-01", Ev(ReferralReceived, "2019-03-04"));
        Assert.Equal(DeadlineStatus.Overdue, report.Entry("DL-03").Status);
        Assert.True(report.AppliedBeforeCommencement);
        Assert.Contains(report.Readings, r => r.Interpretation.Id == "clocks-before-commencement" && r.ReadingId == "apply-current-edition" && r.ChosenByCaller);
    }

    [Theory]
    [InlineData("2026-02-27", DeadlineStatus.EditionNotInForce)]
    [InlineData("2026-03-02", DeadlineStatus.Due)]
    public void By_default_Working_Together_2026_is_in_force_from_1_March_2026(string referral, DeadlineStatus status)
    {
        Assert.Equal(status, Report("2026-03-02", Ev(ReferralReceived, referral)).Entry("DL-03").Status);
    }

    [Fact]
    public void The_commencement_day_is_a_reading_the_caller_can_set()
    {
        var readings = Readings.Default.WithCommencement(D("2026-04-01"));
        Assert.Equal(DeadlineStatus.EditionNotInForce, Report(readings, "2026-04-02", Ev(ReferralReceived, "2026-03-31")).Entry("DL-03").Status);
        Assert.Equal(DeadlineStatus.Due, Report(readings, "2026-04-02", Ev(ReferralReceived, "2026-04-01")).Entry("DL-03").Status);
        Assert.Equal(D("2026-04-01"), Edition.WorkingTogether2026.InForceFrom(readings));
        Assert.Equal("2026-04-01", readings.ReadingOf(EditionInterpretations.Commencement2026));
    }

    [Fact]
    public void The_2012_draft_was_never_in_force_and_applies_to_no_date()
    {
        Assert.False(Edition.WorkingTogether2012Draft.AppliesOn(D("2013-01-01"), Readings.Default.With("clocks-before-commencement", "apply-current-edition")));
        Assert.False(Edition.WorkingTogether2012Draft.IsEncoded);
        Assert.False(Edition.WorkingTogether2023.IsEncoded);
        Assert.True(Edition.WorkingTogether2026.IsEncoded);
        Assert.Equal("working-together-2023", Edition.WorkingTogether2026.Replaces);
    }

    [Fact]
    public void Every_rule_of_every_family_states_its_edition_and_only_section_11_keeps_2007_items()
    {
        Assert.All(Safeguarding.Rules.Catalog.RuleCatalog.Rules, r => Assert.True(r.Edition.IsEncoded));
        Assert.All(Safeguarding.Rules.Section11.Section11Catalog.Section11Guidance2007Items, a => Assert.Same(Edition.Section11Guidance2007, a.Edition));
        Assert.DoesNotContain(Safeguarding.Rules.Catalog.RuleCatalog.Rules, r => r.Edition == Edition.WorkingTogether2012Draft);
    }

    [Fact]
    public void A_determination_states_its_edition()
    {
        var determination = Safeguarding.Rules.Decisions.SeriousIncidentRules.Notification.Evaluate(Safeguarding.Rules.Logic.Facts.None);
        Assert.Same(Edition.WorkingTogether2026, determination.Edition);
    }
}
