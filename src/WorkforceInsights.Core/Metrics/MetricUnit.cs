namespace WorkforceInsights.Core.Metrics;

/// <summary>
/// What a figure counts or measures. It decides how the figure reads (whole counts, one decimal place for rates, FTE
/// and averages) and whether small-number suppression applies (counts of people, children or records).
/// </summary>
public enum MetricUnit
{
    Percent,
    Fte,
    CasesPerFte,
    CasesPerCaseHolder,
    ReportsPerManager,

    /// <summary>A difference of two percentages.</summary>
    Points,
    Workers,
    Children,
    Cases,
    Referrals,
    Changes,
    Leavings,
    Starters,
    Allocations,
    Pairs,
    CaseHolders,

    /// <summary>Money, in pounds (the Agency page's estimated spend).</summary>
    Pounds,
}
