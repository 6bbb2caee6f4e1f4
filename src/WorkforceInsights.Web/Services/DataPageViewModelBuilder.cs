using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Data.Queries.Results;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the Data page from the import audit and the stored data-quality counts; lists findings on request.</summary>
public sealed class DataPageViewModelBuilder(ImportAuditStore audit, MetricSeriesQuery series, StoredResultsQuery stored)
{
    public const int RunsShown = 10;

    public static IReadOnlyList<string> QualityIds { get; } = [MetricIds.AllocationsToWorkersNotInPost, MetricIds.CaseHoldersWithoutQualifiedDate, MetricIds.OverlappingSpells];

    /// <param name="requested">The reporting date the URL names (the latest stored date when null).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<DataPageViewModel> BuildAsync(DateOnly? requested, CancellationToken cancellationToken = default)
    {
        var runs = new List<DataPageViewModel.Run>();
        foreach (var run in await audit.RecentRunsAsync(RunsShown, cancellationToken))
        {
            var files = new List<DataPageViewModel.File>();
            foreach (var file in await audit.FilesOfRunAsync(run.RunId, cancellationToken))
            {
                files.Add(new(file, file.ErrorCount + file.WarningCount > 0 ? await audit.IssuesOfFileAsync(file.FileId, cancellationToken) : []));
            }

            runs.Add(new(run, files));
        }

        var quality = await series.RunAsync(nameof(Dimension.Council), MetricDaySplitter.CouncilKey, QualityIds, cancellationToken);
        var dates = quality.Select(p => p.AsOf).Distinct().Order().ToList();
        var asOf = ReportingDate.Resolve(dates, requested);
        return new DataPageViewModel(runs, asOf, requested is null ? null : asOf, dates, [.. quality.Where(p => p.AsOf == asOf)]);
    }

    /// <summary>Every finding behind the counts on a stored date, as the series refresh stored them with the counts.</summary>
    public Task<IReadOnlyList<DataQualityFinding>> FindingsAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        stored.FindingsOnAsync(asOf, cancellationToken);
}
