using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-AGY-HC: Agency social workers.</summary>
public sealed class AgencyHeadcount : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.AgencyHeadcount,
        Title: "Agency social workers",
        Definition: "Distinct workers with an agency social-worker spell in post on D (the agency worker count).",
        Numerator: "distinct agency social workers in post",
        Denominator: "",
        Unit: MetricUnit.Workers,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.agencyHeadcount",
        Chart: PageCharts.AgencyWorkers,
        Theme: PackTheme.Workforce,
        SourceFields: "workers.csv: worker_id, role, employment_type, start_date, end_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.AgencySocialWorkers.Count);
}
