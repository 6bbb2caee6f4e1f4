using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Forecast;

/// <summary>The data as it stood on an earlier day, for a forecast made then (the backtest, or an earlier --as-of).</summary>
public static class ForecastInputs
{
    /// <summary>
    /// Spells, allocations and referrals starting after <paramref name="day"/> left out, and every end date after it
    /// treated as blank: the extract's later end dates are what happened, not what was planned then.
    /// </summary>
    public static MetricInputs AsItStoodOn(MetricInputs inputs, DateOnly day) => new(
        inputs.Teams.Values,
        inputs.History.Spells.Where(s => s.StartDate <= day).Select(s => s.EndDate > day ? s with { EndDate = null, LeavingReason = null } : s),
        inputs.Allocations.Where(a => a.StartDate <= day).Select(a => a.EndDate > day ? a with { EndDate = null } : a),
        inputs.Referrals.Where(r => r.ReferralDate <= day),
        inputs.Establishment,
        day);
}
