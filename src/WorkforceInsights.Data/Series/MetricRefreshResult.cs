namespace WorkforceInsights.Data.Series;

/// <summary>What a series refresh stored: the date range, how many points, how long it took.</summary>
public sealed record MetricRefreshResult(DateOnly? FirstAsOf, DateOnly? LatestAsOf, long Points, double Seconds);
