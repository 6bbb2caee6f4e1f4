using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Children;

/// <summary>
/// CH-W1, CH-W2, CH-W3P: children with a social worker on D by the number of distinct social
/// workers they had in the year to D (1, 2, 3 or more: 0, 1, 2+ changes of worker).
/// </summary>
public sealed class ChildrenBySocialWorkersInYear : IMetric
{
    private readonly int _workers;
    private readonly bool _orMore;

    private ChildrenBySocialWorkersInYear(int workers, bool orMore)
    {
        _workers = workers;
        _orMore = orMore;
        var label = orMore ? $"{workers}+" : workers.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Info = new MetricInfo(
            Id: orMore ? $"CH-W{workers}P" : $"CH-W{workers}",
            Title: $"Children with {label} social worker{(workers == 1 && !orMore ? string.Empty : "s")} in the year",
            Definition: $"Children with an allocation to a social worker open on D who had {(orMore ? $"{workers} or more" : $"exactly {workers}")} distinct social workers with an allocation overlapping the year to D ({(orMore ? $"{workers - 1}+" : (workers - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))} changes of worker).",
            Numerator: "children",
            Denominator: string.Empty,
            Unit: MetricUnit.Children,
            Polarity: Polarity.Neutral,
            Page: DashboardPage.Children,
            Json: $"children.workersPerChild.{label}",
            Chart: PageCharts.WorkersPerChild,
            SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date",
            AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
            Dimensions: Breakdowns.Children) { Needs = HistoryNeed.YearOfAllocations };
    }

    public static ChildrenBySocialWorkersInYear One { get; } = new(1, false);

    public static ChildrenBySocialWorkersInYear Two { get; } = new(2, false);

    public static ChildrenBySocialWorkersInYear ThreeOrMore { get; } = new(3, true);

    public MetricInfo Info { get; }

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.ChildrenWithSocialWorker.Count(c => _orMore ? c.WorkersInYear >= _workers : c.WorkersInYear == _workers));
}
