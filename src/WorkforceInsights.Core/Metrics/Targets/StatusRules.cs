namespace WorkforceInsights.Core.Metrics.Targets;

/// <summary>
/// Better, on target (or unchanged) and worse, by the metric's polarity: for "lower is better"
/// metrics such as turnover, a value below the target by more than the tolerance is better.
/// </summary>
public static class StatusRules
{
    public static Status AgainstTarget(MetricInfo info, decimal? value, decimal? target, decimal tolerance) =>
        value is { } v && target is { } t ? Compare(info.Polarity, v, t, Math.Abs(t) * tolerance) : Status.NoData;

    /// <summary>Against the same date a year before; a change within the tolerance of last year's value is "on target" (no real change).</summary>
    public static Status AgainstYearBefore(MetricInfo info, decimal? value, decimal? yearBefore, decimal tolerance) =>
        value is { } v && yearBefore is { } previous ? Compare(info.Polarity, v, previous, Math.Abs(previous) * tolerance) : Status.NoData;

    private static Status Compare(Polarity polarity, decimal value, decimal reference, decimal margin)
    {
        if (polarity == Polarity.Neutral || Math.Abs(value - reference) <= margin)
        {
            return Status.OnTarget;
        }

        var lower = value < reference;
        return lower == (polarity == Polarity.LowerIsBetter) ? Status.Better : Status.Worse;
    }
}
