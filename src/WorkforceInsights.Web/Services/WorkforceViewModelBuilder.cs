using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the Workforce page from the stored series of the chosen service area, team or council.</summary>
public sealed class WorkforceViewModelBuilder(MetricSeriesQuery series, TeamsQuery teams)
{
    /// <summary>The charts, each with the metrics it plots (titles come from the metric definitions).</summary>
    public static IReadOnlyList<(string Title, string[] MetricIds)> ChartDefinitions { get; } =
    [
        ("Turnover rate, rolling 12 months", ["WF-TURN"]),
        ("Starters and leavers in the year (FTE)", ["WF-STR-FTE", "WF-LVR-FTE"]),
        ("Agency social workers", ["WF-AGY-HC", "WF-AGY-FTE"]),
        ("Agency worker rate and vacancy rate", ["WF-AGY-RATE", "WF-VAC-RATE"]),
        ("Stability index", ["WF-STAB"]),
    ];

    public async Task<WorkforceViewModel> BuildAsync(string? serviceArea, string? team, CancellationToken cancellationToken = default)
    {
        var scope = SeriesScope.From(serviceArea, team);
        var ids = ChartDefinitions.SelectMany(c => c.MetricIds).ToArray();
        var points = await series.RunAsync(scope.Dimension.ToString(), scope.GroupKey, ids, cancellationToken);
        var charts = ChartDefinitions.Select(c => new WorkforceViewModel.Chart(
            c.Title, c.MetricIds, [.. points.Where(p => c.MetricIds.Contains(p.MetricId))], SeriesDownload.Url(c.MetricIds, scope))).ToList();
        return new WorkforceViewModel(scope, await teams.RunAsync(cancellationToken), charts);
    }
}
