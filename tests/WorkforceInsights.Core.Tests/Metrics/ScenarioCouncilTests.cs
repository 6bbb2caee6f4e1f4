using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Tests.Fixtures;

namespace WorkforceInsights.Core.Tests.Metrics;

/// <summary>Every figure of the hand-worked council (see the comments in <see cref="ScenarioCouncil"/>).</summary>
public class ScenarioCouncilTests
{
    private static readonly CouncilMetrics s_metrics = CouncilMetrics.Calculate(FixtureCsv.Scenario(), FixtureCsv.Date(ScenarioCouncil.AsOf));

    private static IEnumerable<string> Paths() => ScenarioCouncil.Expected.Keys;

    [TestCaseSource(nameof(Paths))]
    public void ShouldGiveTheFigureWorkedOutByHand(string path)
    {
        var expected = ScenarioCouncil.Expected[path];
        var actual = MetricsByPath.Get(s_metrics, path);

        if (expected is null)
        {
            Assert.That(actual, Is.Null, "no data: zero denominator");
        }
        else
        {
            Assert.That(actual, Is.EqualTo(expected.Value).Within(0.0000001m));
        }
    }

    [Test]
    public void ShouldCountSpanOfControl_AsReportsPerNamedManager()
    {
        // M1 is named by A1, A2, A6's agency spell and A8's T1 spell: 4 reports, 1 manager.
        Assert.That(s_metrics["WF-SPAN"].Value, Is.EqualTo(4));
    }

    [Test]
    public void ShouldFindTheDataQualityProblems()
    {
        Assert.That(s_metrics["DQ-NOT-IN-POST"].Value, Is.EqualTo(1), "C7's allocation to A7, who left on 2024-08-31");
        Assert.That(s_metrics["DQ-NO-QUALIFIED"].Value, Is.EqualTo(1), "A4 holds C8 with no qualified_date");
        Assert.That(s_metrics["REF-NO-ALLOC"].Value, Is.EqualTo(2), "R4a and R4 for C9: referrals that led to no allocation (demand, not data quality)");
        Assert.That(s_metrics["DQ-OVERLAP"].Value, Is.Zero, "A8's concurrent spells are in different teams");
    }
}
