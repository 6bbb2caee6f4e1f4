using WorkforceInsights.Core.Metrics;

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
}
