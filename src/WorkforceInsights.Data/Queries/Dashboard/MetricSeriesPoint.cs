namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>One stored figure of a series, as read back for the dashboard.</summary>
public sealed record MetricSeriesPoint(DateOnly AsOf, string MetricId, double Numerator, double? Denominator, double? Value);
