using System.Reflection;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Tests.Metrics;

public class MetricIdsTests
{
    [Test]
    public void ShouldNameOnlyMetricsOfTheCatalogue_SoCodeNamesOnlyMetricsThatExist()
    {
        var constants = typeof(MetricIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.That(constants, Is.Unique);
        // A metric that no other code names needs no constant (adding a metric is its definition file alone).
        Assert.That(constants, Is.SubsetOf(MetricCatalog.All.Select(m => m.Info.Id)));
    }
}
