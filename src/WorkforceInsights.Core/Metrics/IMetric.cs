using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics;

/// <summary>One figure of metrics.md: its description and its pure calculation over a day's facts.</summary>
public interface IMetric
{
    MetricInfo Info { get; }

    /// <summary>The figure for the facts of one reporting date (the whole council or one group of a breakdown).</summary>
    MetricResult Calculate(MetricDay day);
}
