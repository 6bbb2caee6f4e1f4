namespace WorkforceInsights.Core.Metrics;

/// <summary>
/// A metric's figure: its numerator, its denominator (null for plain counts) and its value. The
/// value is null ("no data") when the denominator is zero: never 0, never an exception. It is null too, with
/// <see cref="ShortHistory"/> set, when the extracts' history does not yet cover what the figure needs.
/// </summary>
public sealed record MetricResult(decimal Numerator, decimal? Denominator, decimal? Value, bool ShortHistory = false)
{
    /// <summary>
    /// No figure: the history is shorter than the figure needs ("fewer than 12 months of data"). The numerator is 0
    /// so a part-year count cannot be read from it.
    /// </summary>
    public static MetricResult FewerThanAYear { get; } = new(0, null, null, true);

    public static MetricResult Count(decimal count) => new(count, null, count);

    /// <summary>numerator / denominator × multiplier (100 for a percentage); no data when the denominator is 0.</summary>
    public static MetricResult Ratio(decimal numerator, decimal denominator, decimal multiplier = 1) =>
        new(numerator, denominator, denominator == 0 ? null : numerator / denominator * multiplier);

    public static MetricResult Percentage(decimal numerator, decimal denominator) => Ratio(numerator, denominator, 100);
}
