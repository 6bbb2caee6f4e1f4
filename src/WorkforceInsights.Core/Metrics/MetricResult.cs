namespace WorkforceInsights.Core.Metrics;

/// <summary>
/// A metric's figure: its numerator, its denominator (null for plain counts) and its value. The
/// value is null ("no data") when the denominator is zero: never 0, never an exception.
/// </summary>
public sealed record MetricResult(decimal Numerator, decimal? Denominator, decimal? Value)
{
    public static MetricResult Count(decimal count) => new(count, null, count);

    /// <summary>numerator / denominator × multiplier (100 for a percentage); no data when the denominator is 0.</summary>
    public static MetricResult Ratio(decimal numerator, decimal denominator, decimal multiplier = 1) =>
        new(numerator, denominator, denominator == 0 ? null : numerator / denominator * multiplier);

    public static MetricResult Percentage(decimal numerator, decimal denominator) => Ratio(numerator, denominator, 100);
}
