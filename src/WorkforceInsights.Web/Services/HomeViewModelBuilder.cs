using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.Queries.Status;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the home page's view model from the status and audit queries.</summary>
public sealed class HomeViewModelBuilder(IDbConnectionFactory connections, TableRowCountsQuery rowCounts, ImportAuditStore audit, MetricSeriesQuery series)
{
    public const int RunsShown = 10;

    public async Task<HomeViewModel> BuildAsync(CancellationToken cancellationToken = default)
    {
        var runs = new List<HomeViewModel.ImportRun>();
        foreach (var run in await audit.RecentRunsAsync(RunsShown, cancellationToken))
        {
            runs.Add(new(run, await audit.FilesOfRunAsync(run.RunId, cancellationToken)));
        }

        // The stored series' latest month end is the data's date (every metric is stored for every date).
        var turnover = await series.RunAsync(nameof(Core.Metrics.Dimension.Council), Core.Metrics.Facts.MetricDaySplitter.CouncilKey, [MetricIds.TurnoverRate], cancellationToken);
        DateOnly? asOf = turnover.Count > 0 ? turnover.Max(p => p.AsOf) : null;
        return new HomeViewModel(connections.Describe(), await rowCounts.RunAsync(cancellationToken), runs, asOf);
    }
}
