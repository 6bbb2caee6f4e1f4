using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Web.Services;

/// <summary>The <c>metrics=</c> and <c>dimension=</c> of a download URL, checked against the metric catalogue (anything else is a 400).</summary>
public static class MetricsParameter
{
    public static bool TryParse(string metrics, string dimension, out string[] ids, out Dimension parsed)
    {
        ids = metrics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Enum.TryParse(dimension, out parsed) && ids.Length > 0 && ids.All(id => MetricCatalog.All.Any(m => m.Info.Id == id));
    }
}
