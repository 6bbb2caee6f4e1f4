using Microsoft.Extensions.Options;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Web.Configuration;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Before the app serves a page: applies pending schema scripts, then, when configured and the
/// database has never imported anything, loads the sample council so a new user sees figures; imported
/// data whose results are not stored yet is refreshed.
/// </summary>
public sealed partial class DatabaseStartup(
    SchemaMigrator migrator,
    ImportAuditStore audit,
    ExtractFolderImporter importer,
    WorkforceInsights.Data.Series.MetricSeriesRefresher refresher,
    WorkforceInsights.Data.State.ImportLock importLock,
    WorkforceInsights.Import.Benchmarks.BenchmarkImporter benchmarkImporter,
    WorkforceInsights.Data.Benchmarks.BenchmarkStore benchmarks,
    IOptions<SampleDataOptions> sampleData,
    IOptions<BenchmarksOptions> benchmarkFiles,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await migrator.MigrateAsync(cancellationToken);
        LogMigrated(logger, applied.Count);
        if (sampleData.Value.LoadOnFirstStart && (await audit.RecentRunsAsync(1, cancellationToken)).Count == 0)
        {
            var folder = Path.GetFullPath(sampleData.Value.Folder, environment.ContentRootPath);
            var report = await importer.ImportAsync(folder, "first-start", cancellationToken: cancellationToken);
            LogSampleLoaded(logger, folder, report.Outcome);
        }
        else if ((await audit.RecentRunsAsync(1, cancellationToken)).Count > 0 && await refresher.IsPendingAsync(cancellationToken))
        {
            // Data was imported but its results are not stored (a new schema's tables, or a refresh a crash skipped).
            // Under the import lock: an import running now (the CLI, say) refreshes when it finishes.
            await using var held = await importLock.TryAcquireAsync(cancellationToken);
            if (held is not null)
            {
                await audit.AbandonRunningAsync(cancellationToken);
                try
                {
                    var refresh = await refresher.RefreshAsync(cancellationToken);
                    LogRefreshedAtStart(logger, refresh.Points);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The previous results stay on show; the refresh stays pending for the next import or start.
                    LogRefreshAtStartFailed(logger, ex);
                }
            }
        }

        await LoadBenchmarksAsync(cancellationToken);
    }

    /// <summary>The shipped DfE files go into an empty benchmark store (benchmarks.md); a missing folder is logged, never fatal.</summary>
    private async Task LoadBenchmarksAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(benchmarkFiles.Value.Folder, environment.ContentRootPath);
        if (!benchmarkFiles.Value.LoadOnFirstStart || !await benchmarks.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        if (!Directory.Exists(folder))
        {
            LogNoBenchmarks(logger, folder);
            return;
        }

        var report = await benchmarkImporter.ImportAsync(folder, "first-start", cancellationToken);
        LogBenchmarksLoaded(logger, folder, report.Outcome);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(5, LogLevel.Information, "Imported data without stored results: refreshed them at start ({Points} points)")]
    private static partial void LogRefreshedAtStart(ILogger logger, long points);

    [LoggerMessage(6, LogLevel.Error, "Refreshing the stored results at start failed; the previous results are shown and the refresh runs again at the next import or start")]
    private static partial void LogRefreshAtStartFailed(ILogger logger, Exception exception);

    [LoggerMessage(1, LogLevel.Information, "Database schema checked: {Applied} script(s) applied")]
    private static partial void LogMigrated(ILogger logger, int applied);

    [LoggerMessage(2, LogLevel.Information, "Empty database: loaded the sample council from {Folder}: {Outcome}")]
    private static partial void LogSampleLoaded(ILogger logger, string folder, string outcome);

    [LoggerMessage(3, LogLevel.Information, "Empty benchmark store: loaded the published files from {Folder}: {Outcome}")]
    private static partial void LogBenchmarksLoaded(ILogger logger, string folder, string outcome);

    [LoggerMessage(4, LogLevel.Warning, "Empty benchmark store and no benchmark files at {Folder}: run 'wi benchmarks import <folder>' (Benchmarks:Folder).")]
    private static partial void LogNoBenchmarks(ILogger logger, string folder);
}
