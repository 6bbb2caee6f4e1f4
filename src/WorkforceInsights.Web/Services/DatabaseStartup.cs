using Microsoft.Extensions.Options;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Web.Configuration;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// Before the app serves a page: applies pending schema scripts, then, when configured and the
/// database has never imported anything, loads the sample council so a new user sees figures.
/// </summary>
public sealed partial class DatabaseStartup(
    SchemaMigrator migrator,
    ImportAuditStore audit,
    ExtractFolderImporter importer,
    IOptions<SampleDataOptions> sampleData,
    IHostEnvironment environment,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await migrator.MigrateAsync(cancellationToken);
        LogMigrated(logger, applied.Count);
        if (!sampleData.Value.LoadOnFirstStart || (await audit.RecentRunsAsync(1, cancellationToken)).Count > 0)
        {
            return;
        }

        var folder = Path.GetFullPath(sampleData.Value.Folder, environment.ContentRootPath);
        var report = await importer.ImportAsync(folder, "first-start", cancellationToken: cancellationToken);
        LogSampleLoaded(logger, folder, report.Outcome);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Information, "Database schema checked: {Applied} script(s) applied")]
    private static partial void LogMigrated(ILogger logger, int applied);

    [LoggerMessage(2, LogLevel.Information, "Empty database: loaded the sample council from {Folder}: {Outcome}")]
    private static partial void LogSampleLoaded(ILogger logger, string folder, string outcome);
}
