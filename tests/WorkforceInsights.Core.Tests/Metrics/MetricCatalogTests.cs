using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Tests.Metrics;

public class MetricCatalogTests
{
    [Test]
    public void ShouldListEveryMetricType()
    {
        var types = typeof(IMetric).Assembly.GetTypes().Where(t => typeof(IMetric).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract);

        Assert.That(types, Is.SubsetOf(MetricCatalog.All.Select(m => m.GetType()).Distinct()));
    }

    [Test]
    public void ShouldGiveEveryMetricAUniqueIdAndAFullDescription()
    {
        Assert.That(MetricCatalog.All.Select(m => m.Info.Id), Is.Unique);
        Assert.That(MetricCatalog.All.Select(m => m.Info), Has.All.Matches<MetricInfo>(i =>
            i.Title.Length > 0 && i.Definition.Length > 20 && Enum.IsDefined(i.Unit) && i.Json.Length > 0 && i.SourceFields.Length > 0 && i.Dimensions.Contains(Dimension.Council)));
    }

    [Test]
    public void ShouldGiveEveryMetricItsOwnPlaceInTheJson()
    {
        var paths = MetricCatalog.All.Select(m => m.Info.Json).ToList();

        Assert.That(paths, Is.Unique);
        // A figure cannot also be an object that holds others ("children.changes" beside "children.changes.x").
        Assert.That(paths.Where(p => paths.Any(other => other.StartsWith(p + ".", StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public void ShouldDrawEveryChartOfAPage_WithTheMetricsThatNameIt()
    {
        var changes = PageCharts.For(DashboardPage.Changes);

        Assert.That(changes.Select(c => c.Title), Is.EqualTo(PageCharts.All.Where(c => c.Page == DashboardPage.Changes).Select(c => c.Title)));
        Assert.That(changes[0].MetricIds, Is.EqualTo(new[] { MetricIds.Changes, MetricIds.RecordedChanges }));
        Assert.That(changes.SelectMany(c => c.MetricIds), Is.Unique, "a metric is on one chart");
        Assert.That(PageCharts.All.Where(c => PageCharts.For(c.Page).Single(p => p.Title == c.Title).MetricIds.Length == 0), Is.Empty, "no empty chart");
    }

    /// <summary>
    /// metrics.md, "Complete years only": a figure over the year to D (or comparing D with D − 12 months) must wait for
    /// a year of history, or its first points are part-year figures that look like a rise or fall that never happened.
    /// </summary>
    [Test]
    public void ShouldMakeEveryYearToDFigureWaitForAYearOfHistory()
    {
        var yearBased = MetricCatalog.All.Select(m => m.Info).Where(i => i.AsAtRule.Contains("year to D", StringComparison.Ordinal) || i.AsAtRule.Contains("D - 12 months", StringComparison.Ordinal));

        Assert.That(yearBased.Select(i => i.Id), Is.Not.Empty);
        Assert.That(yearBased.Where(i => !i.Needs.Any(n => n.Months >= 12)).Select(i => i.Id), Is.Empty);
    }

    [Test]
    public void ShouldMakeEveryPointInTimeFigureWaitForTheHistoryToStart_ButNoDataQualityCount()
    {
        var infos = MetricCatalog.All.Select(m => m.Info).ToList();

        Assert.That(infos.Where(i => i.Id.StartsWith("DQ-", StringComparison.Ordinal)).SelectMany(i => i.Needs), Is.Empty);
        Assert.That(infos.Where(i => !i.Id.StartsWith("DQ-", StringComparison.Ordinal) && i.Needs.Count == 0).Select(i => i.Id), Is.Empty);
        Assert.That(MetricCatalog.Get(MetricIds.ReReferralRate).Info.Needs, Is.EqualTo(new[] { new HistoryNeed(HistorySource.Referrals, 24) }));
    }
}
