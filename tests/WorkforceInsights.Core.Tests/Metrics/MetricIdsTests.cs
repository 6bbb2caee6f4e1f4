using System.Reflection;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Tests.Metrics;

public class MetricIdsTests
{
    [Test]
    public void ShouldHoldExactlyTheCataloguesIds_SoCodeNamesOnlyMetricsThatExist()
    {
        var constants = typeof(MetricIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.That(constants, Is.Unique);
        Assert.That(constants, Is.EquivalentTo(MetricCatalog.All.Select(m => m.Info.Id)));
    }
}
