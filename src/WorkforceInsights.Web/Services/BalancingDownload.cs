using System.Globalization;
using Microsoft.Extensions.Options;
using WorkforceInsights.Web.Configuration;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/rebalance.csv, /download/rebalance-loads.csv (and its chart, .svg and .png) and
/// /download/handovers.csv ?[asOf=yyyy-MM-dd]&amp;(area=..|team=..): the Caseloads page's proposed moves, each case
/// holder's load before and after them, and the children about to lose their worker. Child-level data: a Leader, or
/// an operations manager within scope, else 403; every download is in the access log.
/// </summary>
public static class BalancingDownload
{
    public const string RebalancePath = "/download/rebalance.csv";
    public const string HandoversPath = "/download/handovers.csv";
    public const string LoadsPath = "/download/rebalance-loads.csv";

    public static IEndpointRouteBuilder MapBalancingDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(RebalancePath, async ([AsParameters] CaseloadsDownload.Request request, HttpContext context, BalancingViewBuilder builder, AccessLogger log, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(request, context, builder, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var moves = view!.Plan?.Moves ?? [];
            await log.RecordAsync(context, moves.Sum(m => m.ChildIds.Count), cancellationToken);
            return CsvDownload.File(CsvDownload.Write<RebalanceCsvRow, RebalanceCsvMap>(moves.Select(m => new RebalanceCsvRow(
                string.Join(" ", m.ChildIds), m.FamilyId, m.FromWorkerId, m.ToWorkerId, m.Weight.ToString(CultureInfo.InvariantCulture), m.ContinuityDays.ToString(CultureInfo.InvariantCulture)))),
                FileStem("rebalance", view, request));
        }).RequireAuthorization(Policies.WorkerLevel);
        endpoints.MapGet(HandoversPath, async ([AsParameters] CaseloadsDownload.Request request, HttpContext context, BalancingViewBuilder builder, AccessLogger log, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(request, context, builder, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var children = view!.Handovers?.Children ?? [];
            await log.RecordAsync(context, children.Count, cancellationToken);
            return CsvDownload.File(CsvDownload.Write<HandoverCsvRow, HandoverCsvMap>(children.Select(c => new HandoverCsvRow(
                c.ChildId, c.WorkerId, c.TeamCode, IsoDate.Of(c.LastDay), c.ThirdWorkerRisk ? "yes" : "no"))),
                FileStem("handovers", view, request));
        }).RequireAuthorization(Policies.WorkerLevel);
        endpoints.MapGet(LoadsPath, async ([AsParameters] CaseloadsDownload.Request request, HttpContext context, BalancingViewBuilder builder, AccessLogger log, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(request, context, builder, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var holders = ChartSpecs.RebalanceChartOrder(view!.Plan?.CaseHolders ?? []).ToList();
            await log.RecordAsync(context, holders.Count, cancellationToken);
            return CsvDownload.File(CsvDownload.Write<RebalanceLoadCsvRow, RebalanceLoadCsvMap>(holders.Select(h => new RebalanceLoadCsvRow(
                h.WorkerId, h.TeamCode, h.Threshold.ToString(CultureInfo.InvariantCulture), WithheldCells.Part((double)h.LoadBefore), WithheldCells.Part((double)h.LoadAfter),
                h.LoadAfter != h.LoadBefore ? "yes" : "no"))),
                FileStem("rebalance-loads", view, request));
        }).RequireAuthorization(Policies.WorkerLevel);
        endpoints.MapGet(ChartImage.RouteFor(LoadsPath), async (string format, [AsParameters] CaseloadsDownload.Request request, HttpContext context, BalancingViewBuilder builder, AccessLogger log, ChartCache charts, IOptions<DashboardOptions> dashboard, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(request, context, builder, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var holders = view!.Plan?.CaseHolders ?? [];
            await log.RecordAsync(context, holders.Count, cancellationToken);
            var stem = FileStem("rebalance-loads", view, request);
            return ChartImage.Result(charts, ChartSpecs.RebalanceLoads(holders, dashboard.Value.CaseHolderChartLimit, suppress: true), format, stem[..^".csv".Length]);
        }).RequireAuthorization(Policies.WorkerLevel);
        return endpoints;
    }

    private static string FileStem(string kind, BalancingView view, CaseloadsDownload.Request request) =>
        $"{kind}_{(view.Plan?.AsOf is { } d ? ReportingDate.Key(d) : "none")}_{request.Team ?? request.Area ?? "council"}.csv";

    private static async Task<(IResult? Error, BalancingView? View)> ReadAsync(CaseloadsDownload.Request request, HttpContext context, BalancingViewBuilder builder, CancellationToken cancellationToken)
    {
        var date = ReportingDate.Parse(request.AsOf);
        if (request.AsOf is not null && date is null)
        {
            return (Results.BadRequest("asOf is a date written yyyy-MM-dd."), null);
        }

        var view = await builder.BuildAsync(new PageFilters(date, request.Area, request.Team), new UserAccess(context.User), cancellationToken);
        return view.Permitted ? (null, view) : (Results.Forbid(), null);
    }
}
