using WorkforceInsights.Charts;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Reporting;
using WorkforceInsights.Web.Security;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The Plan page's downloads, for Leader and HR (access.md, workforce planning):
/// GET /download/forecast.csv?metric=WF-TURN&amp;asOf=..&amp;months=..[&amp;extraAsye=..&amp;conversions=..&amp;leavingChange=..&amp;establishmentChange=..&amp;demandChange=..]
/// (a forecast chart's figures, with the plan's targets for it) and GET /download/cohorts.csv?asOf=.. (the early-career
/// cohorts, small numbers withheld since a download leaves the council); <c>.svg</c> and <c>.png</c> are the charts.
/// </summary>
public static class PlanDownload
{
    public const string ForecastPath = "/download/forecast.csv";
    public const string CohortsPath = "/download/cohorts.csv";

    public static string ForecastUrl(string metricId, string query) => $"{ForecastPath}?metric={Uri.EscapeDataString(metricId)}&{query}";

    public static string CohortsUrl(string query) => $"{CohortsPath}?{query}";

    public static IEndpointRouteBuilder MapPlanDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ForecastPath, async (string? metric, [AsParameters] PlanQuery query, PlanViewBuilder builder, CancellationToken cancellationToken) =>
        {
            var (error, view, spec) = await ForecastAsync(metric, query, builder, cancellationToken);
            return error ?? CsvDownload.File(ForecastCsv(view!, metric!), $"forecast_{metric}_{IsoDate.Of(view!.Shown!.Forecast.AsOf)}.csv");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        endpoints.MapGet(ChartImage.RouteFor(ForecastPath), async (string format, string? metric, [AsParameters] PlanQuery query, PlanViewBuilder builder, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, view, spec) = await ForecastAsync(metric, query, builder, cancellationToken);
            return error ?? ChartImage.Result(charts, spec!, format, $"forecast_{metric}_{IsoDate.Of(view!.Shown!.Forecast.AsOf)}");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        endpoints.MapGet(CohortsPath, async ([AsParameters] PlanQuery query, PlanViewBuilder builder, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(query, builder, cancellationToken);
            return error ?? CsvDownload.File(CsvDownload.Write<CohortCsvRow, CohortCsvMap>(CohortFigures.Rows(view!.Shown!.Cohorts, withhold: true, raw: true).Select(r => new CohortCsvRow(r))), $"cohorts_{IsoDate.Of(view.Shown!.Forecast.AsOf)}.csv");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        endpoints.MapGet(ChartImage.RouteFor(CohortsPath), async (string format, [AsParameters] PlanQuery query, PlanViewBuilder builder, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, view) = await ReadAsync(query, builder, cancellationToken);
            return error ?? ChartImage.Result(charts, view!.CohortChart!, format, $"cohorts_{IsoDate.Of(view.Shown!.Forecast.AsOf)}");
        }).RequireAuthorization(Policies.WorkforcePlanning);
        return endpoints;
    }

    /// <summary>The view for a download: the rule on small numbers always applies, since the file leaves the council.</summary>
    private static async Task<(IResult? Error, PlanView? View)> ReadAsync(PlanQuery query, PlanViewBuilder builder, CancellationToken cancellationToken)
    {
        var view = await builder.BuildAsync(query, withholdCohorts: true, cancellationToken);
        return view.Errors.Count > 0 ? (Results.BadRequest(string.Join(" ", view.Errors)), null)
            : !view.HasForecast ? (Results.NotFound("No data is imported yet: import the council's extracts first."), null)
            : (null, view);
    }

    private static async Task<(IResult? Error, PlanView? View, ChartSpec? Spec)> ForecastAsync(string? metric, PlanQuery query, PlanViewBuilder builder, CancellationToken cancellationToken)
    {
        var index = ForecastChart.MetricIds.ToList().IndexOf(metric ?? string.Empty);
        if (index < 0)
        {
            return (Results.BadRequest($"metric is one of {string.Join(", ", ForecastChart.MetricIds)}."), null, null);
        }

        var (error, view) = await ReadAsync(query, builder, cancellationToken);
        return (error, view, view?.Charts![index]);
    }

    /// <summary>The chart's figures, unrounded, with the plan's targets for the figure (forecast.md).</summary>
    public static string ForecastCsv(PlanView view, string metricId)
    {
        var shown = view.Shown!;
        var info = Core.Metrics.MetricCatalog.Get(metricId).Info;
        var targets = ForecastChart.Targets(metricId, shown, info.Unit);
        var from = IsoDate.Of(shown.Forecast.AsOf);
        var isEmployed = metricId == Core.Metrics.MetricIds.EmployedFte;
        var rows = targets.Where(t => t.CategoryKey is null).Select(t => Row(from, IsoDate.Of(t.Date), info, Figures.Raw(t.Figure), string.Empty, string.Empty, string.Empty, t)).ToList();
        rows.AddRange(shown.Forecast.Points.Select((p, m) =>
        {
            var key = IsoDate.Of(p.Date);
            var baseline = view.IsScenario ? Figures.Raw(view.Baseline!.Forecast.Points[m].For(metricId)) : string.Empty;
            return Row(from, key, info, Figures.Raw(p.For(metricId)), baseline,
                isEmployed ? Figures.Raw(p.EmployedFteLow) : string.Empty, isEmployed ? Figures.Raw(p.EmployedFteHigh) : string.Empty,
                targets.FirstOrDefault(t => t.CategoryKey == key));
        }));
        return CsvDownload.Write<ForecastCsvRow, ForecastCsvMap>(rows);
    }

    private static ForecastCsvRow Row(string from, string date, Core.Metrics.MetricInfo info, string forecast, string baseline, string low, string high, ChartTargetPoint? target) => new(
        from, date, info.Id, info.Title, forecast, baseline, low, high,
        target is null ? string.Empty : IsoDate.Of(target.Date), target is null ? string.Empty : Figures.Raw(target.Value),
        target is null ? string.Empty : Figures.Raw(target.Gap), target?.Status ?? string.Empty);
}
