using WorkforceInsights.Core.Metrics.Facts;

namespace WorkforceInsights.Core.Metrics.Definitions.DataQuality;

/// <summary>DQ-NOT-IN-POST: Allocations to workers not in post.</summary>
public sealed class AllocationsToWorkersNotInPost : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.AllocationsToWorkersNotInPost,
        Title: "Allocations to workers not in post",
        Definition: "Allocations open on D whose worker has no spell in post on D. Not counted in caseloads; shown as a data-quality warning.",
        Numerator: "allocations",
        Denominator: "",
        Unit: MetricUnit.Allocations,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.DataStatus,
        Json: "dataQuality.allocationsToWorkersNotInPost",
        SourceFields: "allocations.csv; workers.csv",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.CouncilOnly);

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.AllocationsToWorkersNotInPost.Count);
}
