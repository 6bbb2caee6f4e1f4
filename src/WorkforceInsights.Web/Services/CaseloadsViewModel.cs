using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Web.Services;

/// <summary>The Caseloads page for one date and scope: every case holder, area and team averages, spans of control, the trend.</summary>
/// <param name="Dates">Every stored month end (the reporting dates on offer).</param>
/// <param name="Requested">The reporting date the URL names; null for the latest.</param>
/// <param name="AreaAverages">Each service area's average, shown at council level for drill-down (empty within an area or team).</param>
/// <param name="WorkersPermitted">Whether the user may see this scope's case holders and managers (access.md); when not, <paramref name="Workers"/> and <paramref name="Spans"/> are empty.</param>
public sealed record CaseloadsViewModel(
    DateOnly? AsOf,
    DateOnly? Requested,
    string? LastImport,
    SeriesScope Scope,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<CaseloadsViewModel.Worker> Workers,
    IReadOnlyList<CaseloadsViewModel.GroupAverage> AreaAverages,
    IReadOnlyList<CaseloadsViewModel.GroupAverage> TeamAverages,
    IReadOnlyList<CaseloadsViewModel.BandAverage> BandAverages,
    IReadOnlyList<CaseloadsViewModel.Span> Spans,
    ChartSpec Trend,
    string TrendDownloadUrl,
    string WorkersDownloadUrl,
    bool WorkersPermitted)
{
    /// <summary>A case holder: cases against the pro-rata threshold of their experience band (target × FTE).</summary>
    public sealed record Worker(string WorkerId, string? Name, string TeamCode, string Band, decimal Fte, int Cases, decimal Threshold)
    {
        public bool AboveThreshold => Cases > Threshold;

        /// <summary>Cases over the threshold (negative: under it).</summary>
        public decimal Excess => Cases - Threshold;
    }

    /// <summary>Within the threshold, over by up to the margin (Targets:OverThresholdMargin), or over by more.</summary>
    public static ThresholdBand BandOf(Worker worker, decimal margin) => ThresholdBands.Of(worker.Excess, margin);

    /// <summary>A service area's or team's average caseload against the council target, with the link that drills into it.</summary>
    /// <param name="Average">Null where withheld.</param>
    /// <param name="Note">"suppressed" where the small-numbers rule withholds the average (its cases or FTE below 5), else null.</param>
    public sealed record GroupAverage(string Key, string Name, decimal? Average, decimal Target, string Link, string? Note = null);

    /// <param name="Average">Null where withheld.</param>
    /// <param name="Note">"suppressed" where the small-numbers rule withholds the average, else null.</param>
    public sealed record BandAverage(string Band, decimal? Average, decimal? Target, string? Note = null);

    public sealed record Span(string ManagerId, int Reports, decimal Target);
}
