namespace WorkforceInsights.Core.Metrics;

/// <summary>How each <see cref="MetricUnit"/> is named beside a figure, and which are counts.</summary>
public static class MetricUnits
{
    /// <summary>The unit as a reader sees it beside a figure or on a chart's axis, e.g. "%", "FTE", "workers".</summary>
    public static string Label(this MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => "%",
        MetricUnit.Fte => "FTE",
        MetricUnit.CasesPerFte => "cases per FTE",
        MetricUnit.CasesPerCaseHolder => "cases per case holder",
        MetricUnit.ReportsPerManager => "reports per manager",
        MetricUnit.Points => "points",
        MetricUnit.Workers => "workers",
        MetricUnit.Children => "children",
        MetricUnit.Cases => "cases",
        MetricUnit.Referrals => "referrals",
        MetricUnit.Changes => "changes",
        MetricUnit.Leavings => "leavings",
        MetricUnit.Starters => "starters",
        MetricUnit.Allocations => "allocations",
        MetricUnit.Pairs => "pairs",
        MetricUnit.CaseHolders => "case holders",
        MetricUnit.Pounds => "£",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "A unit with no label."),
    };

    /// <summary>
    /// Counts of people, children or records: shown whole, and the figures small-number suppression applies to.
    /// Rates, FTE, averages and differences are not counts.
    /// </summary>
    public static bool IsCount(this MetricUnit unit) => unit switch
    {
        MetricUnit.Percent or MetricUnit.Fte or MetricUnit.CasesPerFte or MetricUnit.CasesPerCaseHolder or MetricUnit.ReportsPerManager or MetricUnit.Points or MetricUnit.Pounds => false,
        MetricUnit.Workers or MetricUnit.Children or MetricUnit.Cases or MetricUnit.Referrals or MetricUnit.Changes
            or MetricUnit.Leavings or MetricUnit.Starters or MetricUnit.Allocations or MetricUnit.Pairs or MetricUnit.CaseHolders => true,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "A unit that is neither a count nor a measure."),
    };
}
