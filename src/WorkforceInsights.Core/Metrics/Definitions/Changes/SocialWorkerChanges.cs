using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Changes;

/// <summary>CH-CHG: changes of social worker in the year to D (metrics.md, "Changes of social worker").</summary>
public sealed class SocialWorkerChanges : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.Changes,
        Title: "Changes of social worker in the year",
        Definition: "Allocations to a social worker starting in the year to D that take over from another social worker's allocation to the child (open, or ended within 30 days before), where the new worker was not already allocated the day before.",
        Numerator: "changes of social worker",
        Denominator: "-",
        Unit: MetricUnit.Changes,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Changes,
        Json: "children.changes",
        Chart: PageCharts.AllChanges,
        Theme: PackTheme.Children,
        SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date, case_type, change_reason; workers.csv for inferred reasons",
        AsAtRule: "The year to D: the new allocation's start_date after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Children) { Needs = HistoryNeed.YearOfAllocations };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) => MetricResult.Count(day.Changes.Count);
}
