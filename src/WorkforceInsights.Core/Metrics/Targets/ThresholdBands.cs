namespace WorkforceInsights.Core.Metrics.Targets;

/// <summary>Which <see cref="ThresholdBand"/> a case holder is in.</summary>
public static class ThresholdBands
{
    /// <param name="excess">Cases over the threshold (negative: under it).</param>
    /// <param name="margin">The margin (Targets:OverThresholdMargin).</param>
    public static ThresholdBand Of(decimal excess, decimal margin) =>
        excess <= 0 ? ThresholdBand.Within : excess <= margin ? ThresholdBand.ALittleOver : ThresholdBand.WellOver;
}
