using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Reporting;

/// <summary>
/// The small-numbers rule (<see cref="Withholding"/>) over a group's stored points, date by date: what the pack, the
/// trend pages, the tiles and the series downloads withhold. Read every part of a breakdown first
/// (<see cref="BreakdownFamily.WithFamilies"/>), so the parts a chart shows are judged with those it does not.
/// </summary>
public sealed class WithheldPoints
{
    private readonly Dictionary<(DateOnly AsOf, string MetricId), Withheld> _withheld;

    private WithheldPoints(Dictionary<(DateOnly, string), Withheld> withheld) => _withheld = withheld;

    /// <summary>Nothing withheld: a user with worker-level rights on a page of their own scope.</summary>
    public static WithheldPoints None { get; } = new([]);

    /// <param name="dimension">The group's dimension (the council's headline totals are shown at council level).</param>
    /// <param name="points">The group's stored points (of one group only).</param>
    public static WithheldPoints Of(Dimension dimension, IEnumerable<MetricSeriesPoint> points) =>
        new(points.GroupBy(p => p.AsOf)
            .SelectMany(date => Withholding.OfOneDate(dimension, [.. date.Select(p => new Figure(p.MetricId, p.Value, p.Numerator, p.Denominator))])
                .Select(w => (Key: (date.Key, w.Key), w.Value)))
            .Where(w => w.Value != Withheld.None)
            .ToDictionary(w => w.Key, w => w.Value));

    /// <summary>The rule where it applies (<see cref="SmallNumbers.Applies"/>), else nothing withheld.</summary>
    public static WithheldPoints Of(Dimension dimension, IEnumerable<MetricSeriesPoint> points, bool applies) =>
        applies ? Of(dimension, points) : None;

    public Withheld this[DateOnly asOf, string metricId] => _withheld.GetValueOrDefault((asOf, metricId));

    public Withheld this[MetricSeriesPoint point] => this[point.AsOf, point.MetricId];

    /// <summary>What is written instead of the point, or null when it is shown (<see cref="TrendChart.Of"/>'s hook).</summary>
    public string? Note(MetricSeriesPoint point, MetricUnit unit) => SmallNumbers.Text(this[point]);

    /// <summary>A value as the pack and pages write it: "&lt;5" or "suppressed" where withheld.</summary>
    public string Format(DateOnly asOf, string metricId, double? value, MetricUnit unit) =>
        SmallNumbers.Text(this[asOf, metricId]) ?? Charts.FigureText.Format(value, unit);
}
