using Microsoft.Extensions.Options;
using WorkforceInsights.Import.DropFolder;
using WorkforceInsights.Web.Configuration;

namespace WorkforceInsights.Web.Services;

/// <summary>Runs the drop-folder import every night at the configured time while the app is up.</summary>
public sealed partial class NightlyImportService(
    DropFolderProcessor processor,
    IOptions<NightlyImportOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<NightlyImportService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var folder = Path.GetFullPath(settings.DropFolder, environment.ContentRootPath);
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = NightlySchedule.NextRun(clock.GetLocalNow(), settings.Time);
            LogNextRun(logger, next, folder);
            await Task.Delay(next - clock.GetLocalNow(), clock, stoppingToken);
            try
            {
                var report = await processor.ProcessAsync(folder, "schedule", settings.RequireManifest, stoppingToken);
                LogRan(logger, report?.Outcome ?? (settings.RequireManifest ? "no files, or no manifest.json yet" : "no files"));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // the app is stopping
            }
            catch (Exception ex)
            {
                // Unattended: whatever went wrong is logged (each inner exception of an AggregateException on its own)
                // and the service carries on to tomorrow's run; one bad night must not stop the dashboard.
                foreach (var inner in ex is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [ex])
                {
                    LogFailed(logger, inner);
                }
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Nightly import next runs at {NextRun} from {Folder}")]
    private static partial void LogNextRun(ILogger logger, DateTimeOffset nextRun, string folder);

    [LoggerMessage(2, LogLevel.Information, "Nightly import finished: {Outcome}")]
    private static partial void LogRan(ILogger logger, string outcome);

    [LoggerMessage(3, LogLevel.Error, "Nightly import failed; it will run again tomorrow")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
