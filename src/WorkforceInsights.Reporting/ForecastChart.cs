using WorkforceInsights.Charts;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Reporting;

/// <summary>
/// A forecast of one figure as a chart: a category per month end from E, the forecast as a line (the baseline beside
/// it when a scenario is tried), employed FTE with its 80% interval as a band, and the plan's targets for the figure
/// marked on or off track. The one place the Plan page, its downloads and the briefing pack turn a forecast into a
/// <see cref="ChartSpec"/>, so all three draw the same chart.
/// </summary>
public static class ForecastChart
{
    /// <summary>The figures the forecast gives, each one chart: every metric a plan's target may name.</summary>
    public static readonly IReadOnlyList<string> MetricIds =
    [
        Core.Metrics.MetricIds.EmployedFte, Core.Metrics.MetricIds.AgencyFte, Core.Metrics.MetricIds.AgencyRate,
        Core.Metrics.MetricIds.VacancyRate, Core.Metrics.MetricIds.TurnoverRate, Core.Metrics.MetricIds.AverageCaseload,
    ];

    public const string BaselineName = "Baseline (last year again)";
    public const string ScenarioName = "Scenario";
    public const string LowName = "80% interval, low";
    public const string HighName = "80% interval, high";

    /// <param name="metricId">One of <see cref="MetricIds"/>.</param>
    /// <param name="shown">The forecast drawn and judged against the targets: the scenario's where one is tried, else the baseline.</param>
    /// <param name="baseline">The baseline to draw beside a scenario; null when <paramref name="shown"/> is the baseline.</param>
    public static ChartSpec Of(string metricId, ForecastReport shown, ForecastReport? baseline = null)
    {
        var info = MetricCatalog.Get(metricId).Info;
        var points = shown.Forecast.Points;
        // The forecast shown comes first, so it takes the first colour and line style, as its interval band does.
        var series = new List<ChartSeries>
        {
            new(baseline is null ? "forecast" : "scenario", baseline is null ? BaselineName : ScenarioName, info.Unit, [.. points.Select(p => p.For(metricId))]),
        };
        if (baseline is not null)
        {
            series.Add(new ChartSeries("baseline", BaselineName, info.Unit, [.. baseline.Forecast.Points.Select(p => p.For(metricId))]));
        }

        if (metricId == Core.Metrics.MetricIds.EmployedFte)
        {
            series.Add(new ChartSeries("low", LowName, info.Unit, [.. points.Select(p => (double?)p.EmployedFteLow)], BandEdge: true));
            series.Add(new ChartSeries("high", HighName, info.Unit, [.. points.Select(p => (double?)p.EmployedFteHigh)], BandEdge: true));
        }

        return new ChartSpec(
            $"{info.Title}: forecast to {FigureText.Month(points[^1].Date)}",
            ChartKind.Line,
            TrendChart.MonthHeading,
            [.. points.Select(p => new ChartCategory(Core.Periods.IsoDate.Of(p.Date), FigureText.Month(p.Date)))],
            series,
            YearMark: 9, // labels fall on the workforce year's ends (30 September), as the trend charts'
            TargetPoints: Targets(metricId, shown, info.Unit));
    }

    /// <summary>The plan's targets for the figure; each is drawn at the last month end on or before its date.</summary>
    public static IReadOnlyList<ChartTargetPoint> Targets(string metricId, ForecastReport report, MetricUnit unit) =>
        [.. report.Targets.Where(t => t.Metric == metricId).Select(t => new ChartTargetPoint(
            t.Date,
            report.Forecast.Points.LastOrDefault(p => p.Date <= t.Date) is { } at ? Core.Periods.IsoDate.Of(at.Date) : null,
            t.Value, unit, t.Forecast, t.OnTrack, t.IsActual))];
}
