namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>One stored figure of a series, as read back for the dashboard.</summary>
/// <param name="ShortHistory">No value because the extracts' history did not yet cover what the figure needs ("fewer than 12 months of data").</param>
public sealed record MetricSeriesPoint(DateOnly AsOf, string MetricId, double Numerator, double? Denominator, double? Value, bool ShortHistory = false);
