using WorkforceInsights.Core.Agency;
using static WorkforceInsights.Core.Tests.Agency.AgencySpells;

namespace WorkforceInsights.Core.Tests.Agency;

/// <summary>agency.md, "Where it shows": the estimated spend, hourly_rate × 37 × FTE × the weeks in post in the month.</summary>
public class AgencySpendTests
{
    [Test]
    public void ShouldEstimateEachMonthFromTheRateFteAndDaysInPost()
    {
        var spells = new[]
        {
            Placement("A1", "2026-08-20", terms: Recorded with { HourlyRate = 42.00m }),
            // Half-time from 16 September: 15 days of the month.
            new TermedSpell(Placement("B2", "2026-09-16").Spell with { Fte = 0.5m }, Recorded),
            Placement("C3", "2026-09-01", "2026-09-10", terms: Recorded with { HourlyRate = null }),
        };

        var months = AgencySpend.Monthly(spells, Day("2026-09-01"), Day("2026-09-30"));

        var september = months.Single();
        // A1: 42 × 37 × 1.0 × 30/7 = 6,660.00; B2: 40 × 37 × 0.5 × 15/7 = 1,585.71 (to the penny). C3 has no rate.
        Assert.That(september.Estimate, Is.EqualTo(6660.00m + 1585.71m).Within(0.01m));
        Assert.That((september.WorkersCharged, september.WorkersWithoutRate), Is.EqualTo((2, 1)));
    }

    [Test]
    public void ShouldCountAPartMonth_OnlyUpToTheDayLookedAt()
    {
        var spells = new[] { Placement("A1", "2026-01-01", terms: Recorded with { HourlyRate = 35.00m }) };

        var months = AgencySpend.Monthly(spells, Day("2026-08-01"), Day("2026-09-14"));

        // August: 35 × 37 × 31/7 = 5,735.00; September to the 14th: 35 × 37 × 14/7 = 2,590.00.
        Assert.That(months.Select(m => (m.Month, m.To)), Is.EqualTo(new[] { (Day("2026-08-01"), Day("2026-08-31")), (Day("2026-09-01"), Day("2026-09-14")) }));
        Assert.That(months.Select(m => m.Estimate), Is.EqualTo(new[] { 5735.00m, 2590.00m }));
    }

    [Test]
    public void ShouldLeaveEmployedStaffOut() =>
        Assert.That(AgencySpend.Monthly([Employed("E1", "2020-01-01", null)], Day("2026-09-01"), Day("2026-09-30")).Single().Estimate, Is.Zero);
}
