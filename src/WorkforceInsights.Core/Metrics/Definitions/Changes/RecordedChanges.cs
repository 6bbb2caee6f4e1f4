using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Changes;

/// <summary>CH-CHG-REC: changes of social worker in the year whose reason the case management system recorded.</summary>
public sealed class RecordedChanges : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.RecordedChanges,
        Title: "Changes with a recorded reason",
        Definition: "Changes of social worker in the year to D whose allocation carries a change_reason (the rest have a reason inferred from HR data).",
        Numerator: "changes with change_reason recorded",
        Denominator: "-",
        Unit: MetricUnit.Changes,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Changes,
        Json: "children.changesRecorded",
        Chart: PageCharts.AllChanges,
        SourceFields: "allocations.csv: change_reason",
        AsAtRule: "The year to D: the new allocation's start_date after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Children) { Needs = HistoryNeed.YearOfAllocations };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) => MetricResult.Count(day.RecordedChanges);
}
