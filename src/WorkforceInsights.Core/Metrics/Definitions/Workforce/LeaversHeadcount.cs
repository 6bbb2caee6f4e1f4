using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-LVR-HC: Leavers.</summary>
public sealed class LeaversHeadcount : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.LeaversHeadcount,
        Title: "Leavers",
        Definition: "Number of employed social-worker leavings with end_date in the year to D (a person who leaves twice counts twice).",
        Numerator: "leavings",
        Denominator: "",
        Unit: MetricUnit.Leavings,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.leaversHeadcount",
        SourceFields: "workers.csv: worker_id, role, employment_type, start_date, end_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.YearOfWorkers };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.Leavings.Count);
}
