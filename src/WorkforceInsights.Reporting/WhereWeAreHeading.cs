using WorkforceInsights.Charts;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Reporting;

/// <summary>
/// The briefing pack's "Where we are heading" (forecast.md): the baseline forecast in words, each of the plan's
/// targets on or off track, how last year's forecast compared with what happened, and one chart of the forecast
/// against the plan's targets. Its figures are the council's own totals and rates, which the small-numbers rule shows.
/// </summary>
public static class WhereWeAreHeading
{
    public const string Title = "Where we are heading";

    /// <summary>The figure charted: the first of these the plan sets a target for, else turnover.</summary>
    private static readonly string[] s_chartPreference =
        [MetricIds.TurnoverRate, MetricIds.EmployedFte, MetricIds.AgencyRate, MetricIds.AgencyFte, MetricIds.VacancyRate, MetricIds.AverageCaseload];

    public static PackSection Of(ForecastReport baseline)
    {
        var metric = s_chartPreference.FirstOrDefault(id => baseline.Targets.Any(t => t.Metric == id && !t.IsActual)) ?? MetricIds.TurnoverRate;
        var spec = ForecastChart.Of(metric, baseline);
        const int Width = 900, Height = 380;
        var chart = new PackChart(spec.Title, ChartRenderer.Png(spec, Width, Height), Width, Height, ChartSummary.Describe(spec));
        return new PackSection(Title, [chart], [], [Outlook(baseline.Forecast), Targets(baseline), Backtest(baseline)]);
    }

    private static string Outlook(WorkforceForecast forecast)
    {
        var (now, then) = (forecast.Points[0], forecast.Points[^1]);
        string Figure(string id, string name) =>
            $"{name} {FigureText.Format(then.For(id), MetricCatalog.Get(id).Info.Unit)} ({FigureText.Format(now.For(id), MetricCatalog.Get(id).Info.Unit)} now)";
        return $"If the council's last year repeats, the forecast for {FigureText.LongMonth(then.Date)} is: "
            + $"employed social worker FTE {FigureText.Format(then.EmployedFte, MetricUnit.Fte)} (80% interval {FigureText.Format(then.EmployedFteLow, MetricUnit.Fte)} to {FigureText.Format(then.EmployedFteHigh, MetricUnit.Fte)}; {FigureText.Format(now.EmployedFte, MetricUnit.Fte)} on {ForecastSentences.Day(forecast.AsOf)}); "
            + $"{Figure(MetricIds.AgencyFte, "agency FTE")}; {Figure(MetricIds.TurnoverRate, "turnover")}; {Figure(MetricIds.VacancyRate, "vacancy rate")}; {Figure(MetricIds.AverageCaseload, "average caseload")}. "
            + "This is advice, not a prediction: it carries the council's last year of leavings and starters forward.";
    }

    private static string Targets(ForecastReport report) => report.Targets.Count == 0
        ? $"The plan sets no target up to {FigureText.LongMonth(report.Forecast.Points[^1].Date)}."
        : $"{ForecastSentences.TargetCount(report.Targets)}. " + string.Join(". ", report.Targets.Select(ForecastSentences.Target)) + ".";

    private static string Backtest(ForecastReport report) =>
        "How far to trust it: " + string.Join("; ", ForecastSentences.BacktestFigures(report.Backtest)
            .Select((f, i) => (i == 0 ? ForecastSentences.Backtest(f.What, f.Unit, f.Figure, report.Forecast.AsOf)
                : $"for {f.What} it said {FigureText.Format(f.Figure.Forecast, f.Unit)} and it is {FigureText.Format(f.Figure.Actual, f.Unit)}"))) + ".";
}
