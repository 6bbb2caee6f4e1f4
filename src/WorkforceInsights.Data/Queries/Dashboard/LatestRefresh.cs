namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>The latest metric refresh: the data's "as at" date and when the figures were computed (UTC).</summary>
public sealed record LatestRefresh(long RefreshId, string RefreshedAt, string? FirstAsOf, string? LatestAsOf, long Points);
