using System.Globalization;
using System.Text;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/leavers-by-reason.csv?asOf=yyyy-MM-dd[&amp;area=..][&amp;team=..]: the Workforce page's
/// leavers-by-reason chart as CSV; <c>leavers-by-reason.svg</c> and <c>.png</c> are the chart.
/// </summary>
public static class LeaversByReasonDownload
{
    public const string Path = "/download/leavers-by-reason.csv";

    public static string ToCsv(IEnumerable<LeaversByReason> rows)
    {
        var csv = new StringBuilder("reason,leavings,fte\n");
        foreach (var r in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{CsvText.Field(r.Reason)},{r.Leavings},{r.Fte}\n");
        }

        return csv.ToString();
    }

    public static IEndpointRouteBuilder MapLeaversByReasonDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] Request request, LeaversByReasonBuilder builder, CancellationToken cancellationToken) =>
        {
            var (error, filters, rows) = await ReadAsync(request, builder, cancellationToken);
            return error ?? Results.File(Encoding.UTF8.GetBytes(ToCsv(rows)), "text/csv", $"leavers_by_reason_{request.AsOf}_{filters.Scope.GroupKey}.csv");
        });
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, [AsParameters] Request request, LeaversByReasonBuilder builder, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, filters, rows) = await ReadAsync(request, builder, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var view = LeaversByReasonBuilder.View(filters.AsOf!.Value, filters, rows);
            var spec = ChartSpecs.Breakdown(view) with { Title = $"{view.Title}: {filters.Scope.Label}" };
            return ChartImage.Result(charts, spec, format, $"leavers_by_reason_{request.AsOf}_{filters.Scope.GroupKey}");
        });
        return endpoints;
    }

    private static async Task<(IResult? Error, PageFilters Filters, IReadOnlyList<LeaversByReason> Rows)> ReadAsync(Request request, LeaversByReasonBuilder builder, CancellationToken cancellationToken)
    {
        var filters = new PageFilters(ReportingDate.Parse(request.AsOf), request.Area, request.Team);
        if (filters.AsOf is not { } date)
        {
            return (Results.BadRequest("asOf is a date written yyyy-MM-dd."), filters, []);
        }

        return (null, filters, await builder.BuildAsync(date, filters.Scope, cancellationToken));
    }

    /// <summary>The query of a leavers-by-reason download.</summary>
    public sealed record Request(string AsOf, string? Area, string? Team);
}
