using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Children;

/// <summary>CH-SAME-RATE: Same social worker for 12 months.</summary>
public sealed class SameWorkerRate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.SameWorkerRate,
        Title: "Same social worker for 12 months",
        Definition: "Among children with a social worker on D who also had an allocation (to anyone) open on D - 12 months, the percentage with exactly one distinct social worker in the year to D.",
        Numerator: "children with one social worker all year",
        Denominator: "children with a social worker on D and an allocation open on D - 12 months",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.HigherIsBetter,
        Page: DashboardPage.Children,
        Json: "children.sameWorkerRate",
        Chart: PageCharts.SameWorker,
        Theme: PackTheme.Children,
        SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Children) { Needs = HistoryNeed.YearOfAllocations };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Percentage(day.ChildrenWithSocialWorker.Count(c => c.OpenYearAgo && c.WorkersInYear == 1), day.ChildrenWithSocialWorker.Count(c => c.OpenYearAgo));
}
