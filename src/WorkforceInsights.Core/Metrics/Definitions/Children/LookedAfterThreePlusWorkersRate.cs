using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Children;

/// <summary>
/// CH-CLA-3P-RATE: the DfE's "children looked after on 31 March with 3 or more social workers in the year", so the
/// council's own figure compares like for like with the published one (benchmarks.md, claThreePlusRate).
/// </summary>
public sealed class LookedAfterThreePlusWorkersRate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.LookedAfterThreePlusWorkersRate,
        Title: "Children looked after with 3+ social workers in the year",
        Definition: "Percentage of children looked after on D (an open CLA allocation that day) who had allocations to three or more distinct social workers overlapping the year to D. The DfE's measure for 31 March.",
        Numerator: "children looked after on D with 3+ social workers in the year",
        Denominator: "children looked after on D",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Children,
        Json: "children.lookedAfterThreePlusRate",
        Chart: PageCharts.ThreePlusWorkers,
        Theme: PackTheme.Children,
        SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date, case_type",
        AsAtRule: "Looked after: an allocation with case_type CLA open on D. The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.CouncilOnly) { Needs = HistoryNeed.YearOfAllocations };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day)
    {
        var lookedAfter = day.Children.Where(c => c.LookedAfter).ToList();
        return MetricResult.Percentage(lookedAfter.Count(c => c.WorkersInYear >= 3), lookedAfter.Count);
    }
}
