using WorkforceInsights.Charts;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Reporting;

/// <summary>The forecast in words, the same on the Plan page and in the briefing pack.</summary>
public static class ForecastSentences
{
    /// <summary>e.g. "Turnover rate: target 8.0% by 30 September 2027: forecast 8.8%, off track".</summary>
    public static string Target(PlanTargetCheck target)
    {
        var info = MetricCatalog.Get(target.Metric).Info;
        var point = new ChartTargetPoint(target.Date, null, target.Value, info.Unit, target.Forecast, target.OnTrack, target.IsActual);
        return $"{info.Title}: {point.Describe()}";
    }

    /// <summary>e.g. "2 of the plan's 4 targets are on track".</summary>
    public static string TargetCount(IReadOnlyList<PlanTargetCheck> targets) =>
        $"{targets.Count(t => t.OnTrack == true)} of the plan's {targets.Count} target{(targets.Count == 1 ? string.Empty : "s")} {(targets.Count(t => t.OnTrack == true) == 1 ? "is" : "are")} on track";

    /// <summary>
    /// Last year's forecast of one figure against what happened, e.g. "A year ago this model said 344.4 employed FTE for
    /// 31 October 2026; it is 324.8: the forecast was 19.6 too high".
    /// </summary>
    public static string Backtest(string what, MetricUnit unit, BacktestFigure figure, DateOnly asOf)
    {
        var said = $"A year ago this model said {FigureText.Format(figure.Forecast, unit)} {what} for {Day(asOf)}; it is {FigureText.Format(figure.Actual, unit)}";
        return figure.Difference switch
        {
            null => said,
            var d when Math.Abs(d.Value) < 0.05 => said + ", as forecast",
            var d => $"{said}: the forecast was {FigureText.Difference(d.Value, unit)} too {(d > 0 ? "high" : "low")}",
        };
    }

    /// <summary>The three figures the backtest checks, with how each reads.</summary>
    public static IEnumerable<(string What, MetricUnit Unit, BacktestFigure Figure)> BacktestFigures(ForecastBacktest backtest) =>
    [
        ("employed FTE", MetricUnit.Fte, backtest.EmployedFte),
        ("agency FTE", MetricUnit.Fte, backtest.AgencyFte),
        ("turnover", MetricUnit.Percent, backtest.TurnoverRate),
    ];

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", FigureText.Culture);
}
