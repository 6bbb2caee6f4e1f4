using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds a trend page from the stored series of the chosen service area, team or council.</summary>
public sealed class TrendPageBuilder(MetricSeriesQuery series, TeamsQuery teams, ImportAuditStore audit)
{
    public async Task<TrendPageViewModel> BuildAsync(IReadOnlyList<(string Title, string[] MetricIds)> charts, string? serviceArea, string? team, string? caseType = null, CancellationToken cancellationToken = default)
    {
        var scope = SeriesScope.From(serviceArea, team, caseType);
        var ids = charts.SelectMany(c => c.MetricIds).ToArray();
        var points = await series.RunAsync(scope.Dimension.ToString(), scope.GroupKey, ids, cancellationToken);
        var built = charts.Select(c => new TrendPageViewModel.Chart(
            c.Title, c.MetricIds, [.. points.Where(p => c.MetricIds.Contains(p.MetricId))], SeriesDownload.Url(c.MetricIds, scope))).ToList();
        var runs = await audit.RecentRunsAsync(1, cancellationToken);
        DateOnly? asOf = points.Count > 0 ? points.Max(p => p.AsOf) : null;
        return new TrendPageViewModel(scope, await teams.RunAsync(cancellationToken), built, asOf, runs.Count > 0 ? runs[0].FinishedAt : null);
    }
}
