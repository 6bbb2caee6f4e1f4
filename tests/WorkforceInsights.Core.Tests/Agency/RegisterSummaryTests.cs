using WorkforceInsights.Core.Agency;
using static WorkforceInsights.Core.Tests.Agency.AgencySpells;

namespace WorkforceInsights.Core.Tests.Agency;

/// <summary>The register's headline counts, which the Agency page, the Overview tile and the pack read.</summary>
public class RegisterSummaryTests
{
    [Test]
    public void ShouldCountBreaches_UnsignedRateBreaches_GapsAndLongAssignments()
    {
        var day = Day("2026-10-31");
        var spells = new[]
        {
            Placement("A1", "2025-06-01"),                                                                            // meets every rule; in post 17 months
            Placement("B2", "2026-01-05", terms: Recorded with { HourlyRate = 50m }),                                 // above the £45 cap, not signed off
            Placement("C3", "2026-02-01", terms: Recorded with { HourlyRate = 48m, CapBreachSignedOff = Day("2026-02-10") }), // above, signed off
            Placement("D4", "2026-03-01", terms: Recorded with { NoticeWeeks = null }),                               // notice not recorded
        };

        var summary = RegisterSummary.Of(day, AgencyRegister.On(day, spells, Settings, day));

        Assert.That(summary.Assignments, Is.EqualTo(4));
        Assert.That(summary.BreachingAny, Is.EqualTo(2), "B2 and C3: a signed-off breach is still a breach");
        Assert.That(summary.CapBreachesNotSignedOff, Is.EqualTo(1), "B2");
        Assert.That(summary.WithRuleNotRecorded, Is.EqualTo(1), "D4");
        Assert.That(summary.LongerThanAYear, Is.EqualTo(1), "A1 started before 31 October 2025");
        Assert.That(summary.RuleCounts[AgencyRule.PriceCap][RuleOutcome.Met], Is.EqualTo(2));
    }
}
