using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics.Results;
using System.Globalization;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/leavers-by-reason.csv?asOf=yyyy-MM-dd[&amp;area=..][&amp;team=..]: the Workforce page's
/// leavers-by-reason chart as CSV; <c>leavers-by-reason.svg</c> and <c>.png</c> are the chart. A team's or
/// area's: Leader, HR, DataOfficer, or an operations manager within scope (else 403), and in the access log.
/// </summary>
public static class LeaversByReasonDownload
{
    public const string Path = "/download/leavers-by-reason.csv";

    /// <summary>The parts of a breakdown: a reason with 1 to 4 leavings is written "&lt;5" (and the next smallest "suppressed"), its FTE withheld with it.</summary>
    public static string ToCsv(IReadOnlyList<LeaversByReason> rows)
    {
        var withheld = LeaversByReasonBuilder.Withheld(rows, suppress: true);
        return CsvDownload.Write<LeaversCsvRow, LeaversCsvMap>(
            rows.Select((r, i) => new LeaversCsvRow(r.Reason, SmallNumbers.Text(withheld[i]) ?? r.Leavings.ToString(CultureInfo.InvariantCulture),
                SmallNumbers.Text(SmallNumbers.ShareOf(withheld[i])) ?? r.Fte.ToString(CultureInfo.InvariantCulture))));
    }

    public static IEndpointRouteBuilder MapLeaversByReasonDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] Request request, HttpContext context, LeaversByReasonBuilder builder, TeamsQuery teams, AccessLogger log, CancellationToken cancellationToken) =>
        {
            var (error, filters, rows) = await ReadAsync(request, context, builder, teams, log, cancellationToken);
            return error ?? CsvDownload.File(ToCsv(rows), $"leavers_by_reason_{request.AsOf}_{filters.Scope.GroupKey}.csv");
        });
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, [AsParameters] Request request, HttpContext context, LeaversByReasonBuilder builder, TeamsQuery teams, AccessLogger log, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, filters, rows) = await ReadAsync(request, context, builder, teams, log, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var view = LeaversByReasonBuilder.View(filters.AsOf!.Value, filters, rows, suppress: true);
            var spec = ChartSpecs.Breakdown(view) with { Title = $"{view.Title}: {filters.Scope.Label}" };
            return ChartImage.Result(charts, spec, format, $"leavers_by_reason_{request.AsOf}_{filters.Scope.GroupKey}");
        });
        return endpoints;
    }

    private static async Task<(IResult? Error, PageFilters Filters, IReadOnlyList<LeaversByReason> Rows)> ReadAsync(
        Request request, HttpContext context, LeaversByReasonBuilder builder, TeamsQuery teams, AccessLogger log, CancellationToken cancellationToken)
    {
        var filters = new PageFilters(ReportingDate.Parse(request.AsOf), request.Area, request.Team);
        if (filters.AsOf is not { } date)
        {
            return (Results.BadRequest("asOf is a date written yyyy-MM-dd."), filters, []);
        }

        if (!new UserAccess(context.User).MaySeeLeaversByReason(request.Area, request.Team, await teams.RunAsync(cancellationToken)))
        {
            return (Results.Forbid(), filters, []);
        }

        var rows = await builder.BuildAsync(date, filters.Scope, cancellationToken);
        if (filters.Scope.Dimension != Core.Metrics.Dimension.Council)
        {
            await log.RecordAsync(context, rows.Sum(r => r.Leavings), cancellationToken);
        }

        return (null, filters, rows);
    }

    /// <summary>The query of a leavers-by-reason download.</summary>
    public sealed record Request(string AsOf, string? Area, string? Team);
}
