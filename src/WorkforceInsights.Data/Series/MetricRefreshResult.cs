namespace WorkforceInsights.Data.Series;

/// <summary>What a series refresh did: the series' date range, which of its dates it recomputed, how many points, how long.</summary>
/// <param name="FirstAsOf">The series' first date.</param>
/// <param name="LatestAsOf">The series' latest date.</param>
/// <param name="RecomputedFrom">The first date recomputed; <see cref="DateOnly.MinValue"/> when everything was; null when no input had changed.</param>
/// <param name="DatesRecomputed">How many series dates were computed.</param>
/// <param name="DatesInSeries">How many dates the series has.</param>
/// <param name="Points">Metric points computed.</param>
public sealed record MetricRefreshResult(DateOnly? FirstAsOf, DateOnly? LatestAsOf, DateOnly? RecomputedFrom, int DatesRecomputed, int DatesInSeries, long Points, double Seconds)
{
    public bool IsFull => RecomputedFrom == DateOnly.MinValue;
}
