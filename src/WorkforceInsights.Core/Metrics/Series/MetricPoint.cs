namespace WorkforceInsights.Core.Metrics.Series;

/// <summary>One stored figure: a metric on a date for one group of one breakdown.</summary>
public sealed record MetricPoint(DateOnly AsOf, string MetricId, Dimension Dimension, string GroupKey, MetricResult Result);
