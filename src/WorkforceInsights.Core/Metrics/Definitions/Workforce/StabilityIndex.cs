using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-STAB: Stability index.</summary>
public sealed class StabilityIndex : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.StabilityIndex,
        Title: "Stability index",
        Definition: "Percentage of employed social workers in post on D (headcount) who were also in post, in any employed social-worker spell, on D - 12 months.",
        Numerator: "employed social workers in post on D who were employed on D - 12 months",
        Denominator: "employed social workers in post on D",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.HigherIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.stabilityIndex",
        Chart: PageCharts.Stability,
        Theme: PackTheme.Workforce,
        SourceFields: "workers.csv: worker_id, role, employment_type, start_date, end_date",
        AsAtRule: "On D and on D - 12 months (calendar months).",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.YearOfWorkers };

    public MetricInfo Info => Definition;

    /// <remarks>Whether a worker was employed a year ago is a fact of the worker, so any of their spells answers it.</remarks>
    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Percentage(day.EmployedSocialWorkers.Count(w => w.EmployedYearAgo), day.EmployedSocialWorkers.Count);
}
