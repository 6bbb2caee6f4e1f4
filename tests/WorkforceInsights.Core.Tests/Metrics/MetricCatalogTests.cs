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
            i.Title.Length > 0 && i.Definition.Length > 20 && i.Unit.Length > 0 && i.SourceFields.Length > 0 && i.Dimensions.Contains(Dimension.Council)));
    }
}
