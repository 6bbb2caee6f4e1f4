using Microsoft.Extensions.Options;
using WorkforceInsights.Data.Access;
using WorkforceInsights.Web.Configuration;

namespace WorkforceInsights.Web.Security;

/// <summary>Purges access-log rows older than Access:AuditRetentionDays at start and then daily; a failure is logged and retried next day.</summary>
public sealed partial class AccessLogRetention(AccessLogStore store, IOptions<AccessOptions> options, TimeProvider clock, ILogger<AccessLogRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var days = options.Value.AuditRetentionDays;
                var purged = await store.PurgeAsync(days, stoppingToken);
                LogPurged(logger, purged, days);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error);
            }

            await Task.Delay(TimeSpan.FromDays(1), clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Access log: {Count} row(s) older than {Days} days purged.")]
    private static partial void LogPurged(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Access log: the purge failed; it runs again tomorrow.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
