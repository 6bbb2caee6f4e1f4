using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics.Definitions.DataQuality;

/// <summary>DQ-REF-NEVER-ALLOCATED: Referrals for children never allocated.</summary>
public sealed class ReferralsNeverAllocated : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: "DQ-REF-NEVER-ALLOCATED",
        Title: "Referrals for children never allocated",
        Definition: "Referrals in the year to D for children with no allocation in allocations.csv (often no further action; many suggest a mismatch of child ids between systems).",
        Numerator: "referrals",
        Denominator: "",
        Unit: "referrals",
        Polarity: Polarity.Neutral,
        SourceFields: "referrals.csv; allocations.csv: child_id",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.CouncilOnly);

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.DataQuality.ReferralsNeverAllocated);
}
