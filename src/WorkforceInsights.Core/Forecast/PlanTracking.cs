using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Targets;

namespace WorkforceInsights.Core.Forecast;

/// <summary>Each of the plan's targets up to the forecast's horizon, on or off track (forecast.md, "The plan's targets").</summary>
public static class PlanTracking
{
    public static IReadOnlyList<PlanTargetCheck> Check(IEnumerable<PlanTarget> plan, WorkforceForecast forecast, MetricInputs inputs) =>
        [.. plan.Where(t => t.Day <= forecast.Points[^1].Date)
            .OrderBy(t => t.Day).ThenBy(t => t.Metric, StringComparer.Ordinal)
            .Select(t => Check(t, t.Day <= forecast.AsOf ? Actual(inputs, t.Metric, t.Day) : forecast.Points.Last(p => p.Date <= t.Day).For(t.Metric), t.Day <= forecast.AsOf))];

    private static PlanTargetCheck Check(PlanTarget target, double? figure, bool isActual)
    {
        var value = (double)target.Value!.Value;
        bool? onTrack = figure is not { } f ? null : target.HigherIsBetter ? f >= value : f <= value;
        return new PlanTargetCheck(target.Metric, target.Day, value, figure, figure - value, onTrack, isActual);
    }

    /// <summary>The metric's own definition on the day (the figure the dashboard stores for it).</summary>
    private static double? Actual(MetricInputs inputs, string metricId, DateOnly day) =>
        (double?)MetricCatalog.All.Single(m => m.Info.Id == metricId).Calculate(MetricDayBuilder.Build(inputs, day)).Value;
}
