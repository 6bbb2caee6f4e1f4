using System.Globalization;
using System.Text;

namespace WorkforceInsights.Web.Services;

/// <summary>GET /download/leavers-by-reason.csv?asOf=yyyy-MM-dd[&amp;area=..][&amp;team=..]: the Workforce page's leavers-by-reason chart as CSV.</summary>
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
        endpoints.MapGet(Path, async (string asOf, string? area, string? team, LeaversByReasonBuilder builder, CancellationToken cancellationToken) =>
        {
            if (ReportingDate.Parse(asOf) is not { } date)
            {
                return Results.BadRequest("asOf is a date written yyyy-MM-dd.");
            }

            var filters = new PageFilters(date, area, team);
            var rows = await builder.BuildAsync(date, filters.Scope, cancellationToken);
            return Results.File(Encoding.UTF8.GetBytes(ToCsv(rows)), "text/csv", $"leavers_by_reason_{asOf}_{filters.Scope.GroupKey}.csv");
        });
        return endpoints;
    }
}
