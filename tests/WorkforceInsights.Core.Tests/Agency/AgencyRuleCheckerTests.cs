using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Codes;
using static WorkforceInsights.Core.Tests.Agency.AgencySpells;

namespace WorkforceInsights.Core.Tests.Agency;

/// <summary>agency.md, "The rules checked, per assignment": each rule's met, breach and not recorded, at its boundary.</summary>
public class AgencyRuleCheckerTests
{
    private static readonly DateOnly s_registerDay = new(2026, 3, 31);

    private static RuleStatus Rule(AgencyRule rule, params TermedSpell[] spells)
    {
        var assignment = AgencyAssignment.From(spells, s_registerDay).Single();
        return new AgencyRuleChecker(Settings, spells).Check(assignment, s_registerDay, rulesApply: true).Rules[rule];
    }

    // Qualified 1 Feb 2023, started 1 Feb 2026: exactly 3 whole years, so met; a day later qualified is 2 years.
    [TestCase("2023-02-01", "met")]
    [TestCase("2023-02-02", "breach")]
    [TestCase(null, "not recorded")]
    public void ShouldMeetTheExperienceRuleFromExactlyThreeYearsQualified(string? qualified, string expected) =>
        Assert.That(Rule(AgencyRule.Experience, Placement("A1", "2026-02-01", qualified: qualified)).Text, Is.EqualTo(expected));

    [Test]
    public void ShouldSayWhyAnExperienceBreachIsOne_AndThatMetOnlyCountsYearsQualified()
    {
        var breach = Rule(AgencyRule.Experience, Placement("A1", "2026-02-01", qualified: "2023-03-11"));
        var met = Rule(AgencyRule.Experience, Placement("A1", "2026-02-01", qualified: "2015-01-01"));

        Assert.That(breach.Reason, Does.Contain("2 whole years").And.Contain("qualified 2023-03-11"));
        Assert.That(met.Reason, Does.Contain("check the employment history"));
    }

    // The social-worker cap is £45.00: a rate equal to it is within it.
    [TestCase("45.00", null, "met")]
    [TestCase("45.01", null, "breach")]
    [TestCase("47.50", "2025-10-15", "breach, signed off 2025-10-15")]
    public void ShouldMeetThePriceCapUpToAndIncludingTheCap(string rate, string? signedOff, string expected)
    {
        var terms = Recorded with { HourlyRate = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), CapBreachSignedOff = signedOff is null ? null : Day(signedOff) };

        Assert.That(Rule(AgencyRule.PriceCap, Placement("A1", "2026-02-01", terms: terms)).Text, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldNotRecordThePriceCap_WithoutARate_AJobType_OrACapForTheJobType()
    {
        var noRate = Rule(AgencyRule.PriceCap, Placement("A1", "2026-02-01", terms: Recorded with { HourlyRate = null }));
        var noJobType = Rule(AgencyRule.PriceCap, Placement("A1", "2026-02-01", role: Role.MiddleManager));
        var noCap = Rule(AgencyRule.PriceCap, Placement("A1", "2026-02-01", terms: Recorded with { JobType = AgencyJobType.TeamManager }));

        Assert.That(new[] { noRate.Text, noJobType.Text, noCap.Text }, Is.All.EqualTo("not recorded"), "never met without a cap");
        Assert.That(noCap.Reason, Does.Contain("Agency:Caps:team_manager"));
    }

    [TestCase(4, "met")]
    [TestCase(5, "breach")]
    [TestCase(null, "not recorded")]
    public void ShouldMeetTheNoticeRuleUpToExactlyFourWeeks(int? weeks, string expected) =>
        Assert.That(Rule(AgencyRule.Notice, Placement("A1", "2026-02-01", terms: Recorded with { NoticeWeeks = weeks })).Text, Is.EqualTo(expected));

    [TestCase(2, "met")]
    [TestCase(1, "breach")]
    [TestCase(null, "not recorded")]
    public void ShouldMeetTheReferencesRuleFromTwoReferences(int? references, string expected) =>
        Assert.That(Rule(AgencyRule.References, Placement("A1", "2026-02-01", terms: Recorded with { References = references })).Text, Is.EqualTo(expected));

    // The assignment starts 1 Feb 2026; start − 3 months is 1 Nov 2025. An employed spell ending on that day is
    // inside the cool-off (breach); one ending on 31 Oct 2025 is outside it (met).
    [TestCase("2025-11-01", "breach")]
    [TestCase("2025-10-31", "met")]
    [TestCase("2026-01-31", "breach")]
    public void ShouldBreachTheCoolOff_ForEmploymentHereEndingOnOrAfterThreeMonthsBeforeTheStart(string employedEnd, string expected) =>
        Assert.That(Rule(AgencyRule.CoolOff, Placement("E1", "2026-02-01"), Employed("E1", "2019-01-01", employedEnd)).Text, Is.EqualTo(expected));

    [Test]
    public void ShouldFindTheSamePersonByTheirSocialWorkEnglandNumber_AcrossStaffNumberAndAgencyReference()
    {
        var returning = Rule(AgencyRule.CoolOff, Placement("AG7", "2026-02-01"), Employed("E1", "2019-01-01", "2025-12-19", swe: "SW100001"));
        var someoneElse = Rule(AgencyRule.CoolOff, Placement("AG7", "2026-02-01"), Employed("E1", "2019-01-01", "2025-12-19", swe: "SW999999"));

        Assert.That((returning.Text, someoneElse.Text), Is.EqualTo(("breach", "met")));
        Assert.That(returning.Reason, Does.Contain("employed here as E1 until 2025-12-19"));
    }
}
