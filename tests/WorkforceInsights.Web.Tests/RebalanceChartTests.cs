using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Web.Services;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// The Rebalance chart (balancing.md: the before and after of every case holder): every case holder while a scope has
/// few enough to read, furthest over their threshold first; beyond the Caseloads chart's limit, only those the plan
/// changes, while the table and the CSV keep every one.
/// </summary>
public class RebalanceChartTests
{
    // A plan that moves one child of weight 2 from W1 (18 against a threshold of 14: 4 over) to W3 (10 against 14);
    // W2 (13 against 14) is left alone.
    private static readonly CaseHolderLoad[] s_holders =
    [
        new("W3", "FS01", 14m, 10m, 12m),
        new("W2", "FS01", 14m, 13m, 13m),
        new("W1", "FS01", 14m, 18m, 16m),
    ];

    [Test]
    public void ShouldDrawEveryCaseHolder_FurthestOverFirst_WithinTheLimit()
    {
        var chart = ChartSpecs.RebalanceLoads(s_holders, limit: 3);

        Assert.That(chart.Categories.Select(c => c.Key), Is.EqualTo(new[] { "W1", "W2", "W3" }), "4 over, 1 under, 4 under");
        Assert.That(chart.Series.Single(s => s.Key == "before").Values, Is.EqualTo(new double?[] { 18, 13, 10 }));
        Assert.That(chart.Series.Single(s => s.Key == "after").Values, Is.EqualTo(new double?[] { 16, 13, 12 }));
        Assert.That(chart.Series.Single(s => s.Key == "threshold").DrawAsLine, Is.True);
    }

    [Test]
    public void ShouldDrawOnlyTheCaseHoldersThePlanChanges_BeyondTheLimit()
    {
        var chart = ChartSpecs.RebalanceLoads(s_holders, limit: 2);

        Assert.That(chart.Categories.Select(c => c.Key), Is.EqualTo(new[] { "W1", "W3" }), "the giver, then the receiver; W2 is in the table only");
        Assert.That(chart.Title, Does.Contain("the plan changes"));
    }

    [Test]
    public void ShouldWithholdALoadFromOneToFour_InADownload()
    {
        var chart = ChartSpecs.RebalanceLoads([new("W4", "FS01", 7m, 3m, 5m), .. s_holders], limit: 10, suppress: true);

        var before = chart.Series.Single(s => s.Key == "before");
        Assert.That(before.Values[^1], Is.Null, "W4's 3 cases before are not drawn");
        Assert.That(before.Notes![^1], Is.EqualTo("<5"));
        Assert.That(chart.Series.Single(s => s.Key == "after").Values[^1], Is.EqualTo(5), "5 is not a small number");
    }
}
