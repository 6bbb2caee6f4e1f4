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

    /// <param name="isDataOfficer">
    /// Decided on the server from the signed-in user (access.md): only a data officer's model holds the import history,
    /// its files' messages and where the database lives; nobody else's reads them at all.
    /// </param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<HomeViewModel> BuildAsync(bool isDataOfficer, CancellationToken cancellationToken = default)
    {
        List<HomeViewModel.ImportRun>? runs = null;
        if (isDataOfficer)
        {
            runs = [];
            foreach (var run in await audit.RecentRunsAsync(RunsShown, cancellationToken))
            {
                runs.Add(new(run, await audit.FilesOfRunAsync(run.RunId, cancellationToken)));
            }
        }

        // The stored series' latest month end is the data's date (every metric is stored for every date).
        var turnover = await series.RunAsync(nameof(Core.Metrics.Dimension.Council), Core.Metrics.Facts.MetricDaySplitter.CouncilKey, [MetricIds.TurnoverRate], cancellationToken);
        DateOnly? asOf = turnover.Count > 0 ? turnover.Max(p => p.AsOf) : null;
        return new HomeViewModel(
            isDataOfficer ? connections.Describe() : null,
            await rowCounts.RunAsync(cancellationToken),
            runs,
            asOf,
            await audit.LastRunFinishedAtAsync(cancellationToken));
    }
}
