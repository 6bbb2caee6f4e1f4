namespace WorkforceInsights.Core.Metrics;

/// <summary>What a <see cref="MetricInfo.Unit"/> says about its values.</summary>
public static class MetricUnits
{
    public const string Percent = "%";
    public const string Fte = "FTE";

    /// <summary>
    /// Counts of people, children or records (workers, children, cases, referrals, leavings, pairs...): whole numbers,
    /// and what small-number suppression writes "&lt;5". Rates, FTE and averages are not counts.
    /// </summary>
    public static bool IsCount(string unit) => unit is not (Percent or Fte or "cases per FTE" or "reports per manager" or "points");
}
