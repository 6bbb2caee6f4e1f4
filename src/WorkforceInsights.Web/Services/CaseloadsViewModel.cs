using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>The Caseloads page for one date and scope: every case holder, team averages, spans of control, the trend.</summary>
public sealed record CaseloadsViewModel(
    DateOnly? AsOf,
    SeriesScope Scope,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<CaseloadsViewModel.Worker> Workers,
    IReadOnlyList<CaseloadsViewModel.TeamAverage> TeamAverages,
    IReadOnlyList<CaseloadsViewModel.BandAverage> BandAverages,
    IReadOnlyList<CaseloadsViewModel.Span> Spans,
    IReadOnlyList<MetricSeriesPoint> Trend,
    string TrendDownloadUrl)
{
    /// <summary>A case holder: cases against the pro-rata threshold of their experience band (target × FTE).</summary>
    public sealed record Worker(string WorkerId, string? Name, string TeamCode, string Band, decimal Fte, int Cases, decimal Threshold)
    {
        public bool AboveThreshold => Cases > Threshold;
    }

    public sealed record TeamAverage(string TeamCode, string TeamName, decimal? Average, decimal Target);

    public sealed record BandAverage(string Band, decimal? Average, decimal? Target);

    public sealed record Span(string ManagerId, int Reports, decimal Target);
}
