using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics.History;

/// <summary>
/// Where a figure the history does not yet cover becomes null: a part-year figure would read as a fall or a rise
/// that never happened (metrics.md, "Complete years only"). Every path that computes figures goes through here.
/// </summary>
public static class HistoryGate
{
    /// <summary>Whether the history covers every need of the metric on D.</summary>
    public static bool Covers(MetricInfo info, DateOnly asOf, HistoryStarts starts) =>
        info.Needs.All(need => need.IsCoveredOn(asOf, starts.Of(need.Source)));

    /// <summary>The metric's figure on the day, or <see cref="MetricResult.FewerThanAYear"/> when the history is too short.</summary>
    public static MetricResult Calculate(IMetric metric, MetricDay day, HistoryStarts starts) =>
        Covers(metric.Info, day.Period.AsOf, starts) ? metric.Calculate(day) : MetricResult.FewerThanAYear;
}
