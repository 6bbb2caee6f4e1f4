using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Status;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the home page's view model from the status and audit queries.</summary>
public sealed class HomeViewModelBuilder(IDbConnectionFactory connections, TableRowCountsQuery rowCounts, ImportAuditStore audit)
{
    public const int RunsShown = 10;

    public async Task<HomeViewModel> BuildAsync(CancellationToken cancellationToken = default)
    {
        var runs = new List<HomeViewModel.ImportRun>();
        foreach (var run in await audit.RecentRunsAsync(RunsShown, cancellationToken))
        {
            runs.Add(new(run, await audit.FilesOfRunAsync(run.RunId, cancellationToken)));
        }

        return new HomeViewModel(connections.Describe(), await rowCounts.RunAsync(cancellationToken), runs);
    }
}
