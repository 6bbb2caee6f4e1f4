using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Children;

/// <summary>CH-3P-RATE: Children with 3+ social workers in the year.</summary>
public sealed class ThreePlusWorkersRate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.ThreePlusWorkersRate,
        Title: "Children with 3+ social workers in the year",
        Definition: "Percentage of children with an allocation to a social worker open on D who had three or more distinct social workers with an allocation overlapping the year to D (two or more changes of worker).",
        Numerator: "children with 3+ social workers in the year",
        Denominator: "children with a social worker on D",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Children,
        Json: "children.threePlusRate",
        Chart: PageCharts.ThreePlusWorkers,
        Theme: PackTheme.Children,
        SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Children) { Needs = HistoryNeed.YearOfAllocations };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Percentage(day.ChildrenWithSocialWorker.Count(c => c.WorkersInYear >= 3), day.ChildrenWithSocialWorker.Count);
}
