using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/changes-by-reason.csv?asOf=yyyy-MM-dd[&amp;area=..][&amp;team=..][&amp;caseType=..]: the year's changes of
/// social worker by reason, recorded and inferred, as CSV (small numbers withheld); .svg and .png are the chart.
/// </summary>
public static class ChangesDownload
{
    public const string Path = "/download/changes-by-reason.csv";

    public static IEndpointRouteBuilder MapChangesDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] Request request, ChangesBuilder builder, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(request, builder, cancellationToken);
            return error ?? CsvDownload.File(CsvDownload.Write<ChangesCsvRow, ChangesCsvMap>(
                view!.Rows.Select(r => new ChangesCsvRow(r.Key, r.Label, r.Notes?[0] ?? Figures.Raw(r.Values[0]), r.Notes?[1] ?? Figures.Raw(r.Values[1])))),
                $"changes_by_reason_{request.AsOf}.csv");
        });
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, [AsParameters] Request request, ChangesBuilder builder, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(request, builder, cancellationToken);
            return error ?? ChartImage.Result(charts, ChartSpecs.Breakdown(view!), format, $"changes_by_reason_{request.AsOf}");
        });
        return endpoints;
    }

    private static async Task<(IResult? Error, BreakdownView? View)> ReadAsync(Request request, ChangesBuilder builder, CancellationToken cancellationToken)
    {
        var filters = new PageFilters(ReportingDate.Parse(request.AsOf), request.Area, request.Team, request.CaseType);
        if (filters.AsOf is not { } date)
        {
            return (Results.BadRequest("asOf is a date written yyyy-MM-dd."), null);
        }

        var changes = await builder.InScopeAsync(date, filters.Scope, cancellationToken);
        // A download leaves the council: the reasons are parts at every level, the council's too.
        return (null, ChangesBuilder.ByReason(date, filters, changes, suppress: true));
    }

    /// <summary>The query of a changes download.</summary>
    public sealed record Request(string AsOf, string? Area, string? Team, string? CaseType);
}
