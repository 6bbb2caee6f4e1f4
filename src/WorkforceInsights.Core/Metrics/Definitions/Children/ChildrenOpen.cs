using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Children;

/// <summary>CH-OPEN: Children with a social worker.</summary>
public sealed class ChildrenOpen : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.ChildrenOpen,
        Title: "Children with a social worker",
        Definition: "Children with an allocation to a social worker open on D (a social worker: a worker_id with a social-worker spell at any time).",
        Numerator: "children",
        Denominator: "",
        Unit: MetricUnit.Children,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Children,
        Json: "children.childrenOpen",
        SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Children) { Needs = HistoryNeed.AllocationsOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.ChildrenWithSocialWorker.Count);
}
