using System.Globalization;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Status;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /health, for the council's monitoring (no sign-in, no personal data): whether the database answers,
/// and when the last import finished and how long ago. 200 when the database answers, 503 when it does not.
/// </summary>
public static partial class HealthEndpoint
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (TableRowCountsQuery rows, ImportAuditStore audit, TimeProvider clock, ILogger<HealthCheckLog> logger, CancellationToken cancellationToken) =>
        {
            try
            {
                await rows.RunAsync(cancellationToken);
                var finished = await audit.LastRunFinishedAtAsync(cancellationToken);
                double? hours = DateTimeOffset.TryParse(finished, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? Math.Round((clock.GetUtcNow() - at).TotalHours, 1) : null;
                return Results.Json(new { status = "ok", database = "ok", lastImportFinishedAt = finished, lastImportAgeHours = hours });
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogUnhealthy(logger, error);
                return Results.Json(new { status = "unhealthy", database = "not answering" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous().DisableRateLimiting();
        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Health check: the database did not answer.")]
    private static partial void LogUnhealthy(ILogger logger, Exception error);

    /// <summary>The log category of the health endpoint.</summary>
    public sealed class HealthCheckLog;
}
