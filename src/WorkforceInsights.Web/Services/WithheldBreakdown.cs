using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The small-numbers rule over one date's stored figures of every group of a dimension: each group on its own, its
/// breakdown parts judged together (read them all: <see cref="BreakdownFamily.WithFamilies"/>).
/// </summary>
public static class WithheldBreakdown
{
    public static IReadOnlyDictionary<(string GroupKey, string MetricId), Withheld> Of(Dimension dimension, IEnumerable<MetricBreakdownPoint> points) =>
        points.GroupBy(p => p.GroupKey, StringComparer.Ordinal)
            .SelectMany(g => Withholding.OfOneDate(dimension, [.. g.Select(p => new Figure(p.MetricId, p.Value, p.Numerator, p.Denominator))])
                .Select(w => (Key: (g.Key, w.Key), w.Value)))
            .ToDictionary(w => w.Key, w => w.Value);
}
