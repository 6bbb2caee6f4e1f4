using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-EMP-HC: Employed social workers.</summary>
public sealed class EmployedHeadcount : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.EmployedHeadcount,
        Title: "Employed social workers",
        Definition: "Distinct workers with an employed social-worker spell in post on D.",
        Numerator: "distinct employed social workers in post",
        Denominator: "",
        Unit: MetricUnit.Workers,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Workforce,
        Json: "workforce.employedHeadcount",
        SourceFields: "workers.csv: worker_id, role, employment_type, start_date, end_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.EmployedSocialWorkers.Count);
}
