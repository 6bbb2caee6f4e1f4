using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Charts;

/// <summary>
/// A target at a date, set against the figure a chart gives for it (e.g. a plan's turnover of 8% by 30 September
/// 2027 against the forecast). It is drawn at <paramref name="CategoryKey"/> with a marker whose shape, and a label
/// beside it, say whether it is on track, so colour is never the only signal.
/// </summary>
/// <param name="Date">The target's own date.</param>
/// <param name="CategoryKey">The category it is drawn at (e.g. the last month end on or before its date); null where the chart does not reach it (listed, not drawn).</param>
/// <param name="Figure">The figure it is set against: a forecast, or what happened for a date already past.</param>
/// <param name="IsActual">The figure is what happened, not a forecast.</param>
public sealed record ChartTargetPoint(DateOnly Date, string? CategoryKey, double Value, MetricUnit Unit, double? Figure, bool? OnTrack, bool IsActual)
{
    public const string OnTrackText = "on track";
    public const string OffTrackText = "off track";

    /// <summary>"on track", "off track", or "no data" where there is no figure to judge it by.</summary>
    public string Status => OnTrack switch { true => OnTrackText, false => OffTrackText, null => "no data" };

    /// <summary>The figure minus the target.</summary>
    public double? Gap => Figure - Value;

    /// <summary>e.g. "target 8.0% by 30 September 2027: forecast 8.8%, off track".</summary>
    public string Describe() =>
        $"target {FigureText.Format(Value, Unit)} by {Date.ToString("d MMMM yyyy", FigureText.Culture)}: {(IsActual ? "actual" : "forecast")} {FigureText.Format(Figure, Unit)}, {Status}";
}
