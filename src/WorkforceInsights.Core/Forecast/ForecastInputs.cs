using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Forecast;

/// <summary>The data as it stood on an earlier day, for a forecast made then (the backtest, or an earlier --as-of); not for the metrics.</summary>
public static class ForecastInputs
{
    /// <summary>
    /// Spells and allocations starting after <paramref name="day"/> left out, and every end date after it treated as
    /// blank: the extract's later end dates are what happened, not what was planned then. Only what the forecast reads
    /// is kept: of the allocations, those open on the day (its cases held); no referrals (no figure of it counts
    /// them). Indexing a council's whole children's history again would cost most of the forecast's time.
    /// </summary>
    public static MetricInputs AsItStoodOn(MetricInputs inputs, DateOnly day) => new(
        inputs.Teams.Values,
        inputs.History.Spells.Where(s => s.StartDate <= day).Select(s => s.EndDate > day ? s with { EndDate = null, LeavingReason = null } : s),
        inputs.Allocations.Where(a => a.StartDate <= day && !(a.EndDate < day)).Select(a => a.EndDate > day ? a with { EndDate = null } : a),
        [],
        inputs.Establishment,
        day);
}
