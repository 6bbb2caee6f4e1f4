using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using WorkforceInsights.Web.Configuration;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/caseloads.csv?asOf=yyyy-MM-dd[&amp;area=..][&amp;team=..]: the numbers the Caseloads page's
/// per-case-holder chart plots (cases and threshold of each case holder), as CSV; <c>caseloads.svg</c> and
/// <c>caseloads.png</c> are the chart. Worker ids only, never names. Worker-level data: a Leader, or an
/// operations manager within scope, else 403; every download is in the access log.
/// </summary>
public static class CaseloadsDownload
{
    public const string Path = "/download/caseloads.csv";

    public static string Url(PageFilters filters) => PageLinks.To(Path, filters.AsOf, filters.ServiceArea, filters.Team);

    public static IEndpointRouteBuilder MapCaseloadsDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] Request request, HttpContext context, CaseloadsViewModelBuilder builder, TeamsQuery teams, AccessLogger log, CancellationToken cancellationToken) =>
        {
            var (error, model) = await ReadAsync(request, context, builder, teams, log, cancellationToken);
            return error ?? CsvDownload.File(ToCsv(model!.Workers), FileStem(model) + ".csv");
        }).RequireAuthorization(Policies.WorkerLevel);
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, [AsParameters] Request request, HttpContext context, CaseloadsViewModelBuilder builder, TeamsQuery teams, AccessLogger log, ChartCache charts, IOptions<DashboardOptions> dashboard, CancellationToken cancellationToken) =>
        {
            var (error, model) = await ReadAsync(request, context, builder, teams, log, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            // The page's own chart, with counts from 1 to 4 withheld as the CSV beside it withholds them (access.md: downloads).
            return ChartImage.Result(charts, ChartSpecs.CaseHolders(model!.Workers, dashboard.Value.CaseHolderChartLimit, suppress: true), format, FileStem(model));
        }).RequireAuthorization(Policies.WorkerLevel);
        return endpoints;
    }

    private static string FileStem(CaseloadsViewModel model) =>
        $"caseloads_{(model.AsOf is { } d ? ReportingDate.Key(d) : "none")}_{model.Scope.GroupKey}";

    private static async Task<(IResult? Error, CaseloadsViewModel? Model)> ReadAsync(
        Request request, HttpContext context, CaseloadsViewModelBuilder builder, TeamsQuery teams, AccessLogger log, CancellationToken cancellationToken)
    {
        var date = ReportingDate.Parse(request.AsOf);
        if (request.AsOf is not null && date is null)
        {
            return (Results.BadRequest("asOf is a date written yyyy-MM-dd."), null);
        }

        var access = new UserAccess(context.User);
        if (!access.MaySeeWorkers(request.Area, request.Team, await teams.RunAsync(cancellationToken)))
        {
            return (Results.Forbid(), null);
        }

        var model = await builder.BuildAsync(new PageFilters(date, request.Area, request.Team), access, cancellationToken);
        await log.RecordAsync(context, model.Workers.Count, cancellationToken);
        return (null, model);
    }

    /// <summary>A download: each worker's cases from 1 to 4 are written "&lt;5" (access.md); the dashboard table shows them to rights holders.</summary>
    public static string ToCsv(IEnumerable<CaseloadsViewModel.Worker> workers) => CsvDownload.Write<CaseloadCsvRow, CaseloadCsvMap>(
        workers.Select(w => new CaseloadCsvRow(
            w.WorkerId, w.TeamCode, w.Band, w.Fte.ToString(CultureInfo.InvariantCulture), WithheldCells.Part(w.Cases),
            w.Threshold.ToString(CultureInfo.InvariantCulture), w.AboveThreshold ? "yes" : "no")));

    /// <summary>The query of a caseloads download.</summary>
    public sealed record Request(string? AsOf, string? Area, string? Team);
}
