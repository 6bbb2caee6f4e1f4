using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Referrals;

/// <summary>
/// REF-NO-ALLOC: referrals that led to no allocation. A demand figure, not a data-quality fault: most referrals
/// that are never allocated end with no further action, which is normal practice.
/// </summary>
public sealed class ReferralsWithNoAllocation : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.ReferralsWithNoAllocation,
        Title: "Referrals that led to no allocation",
        Definition: "Referrals in the year to D for children with no allocation in allocations.csv starting on or before D. Most end with no further action, which is normal practice; a sudden rise can also mean child ids that do not match between systems. As at D: a child's later allocation does not change earlier dates' figures.",
        Numerator: "referrals",
        Denominator: "",
        Unit: MetricUnit.Referrals,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.ReferralsAndDemand,
        Json: "referrals.referralsWithNoAllocation",
        Chart: PageCharts.Referrals,
        SourceFields: "referrals.csv; allocations.csv: child_id",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.CouncilOnly) { Needs = HistoryNeed.YearOfReferrals };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.CouncilOnly.ReferralsWithNoAllocation);
}
