namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// A plan's target against the forecast (or, for a date already past, the actual figure): the gap is figure minus
/// target, and on track when the figure meets the target in the metric's better direction.
/// </summary>
/// <param name="Forecast">The forecast for the last D_m on or before the date, or the actual figure on the date; null where there is no data.</param>
/// <param name="IsActual">The date is on or before E, so <paramref name="Forecast"/> is what happened.</param>
public sealed record PlanTargetCheck(string Metric, DateOnly Date, double Value, double? Forecast, double? Gap, bool? OnTrack, bool IsActual);
