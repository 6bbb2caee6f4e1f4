using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-LVR-FTE: Leavers (FTE).</summary>
public sealed class LeaversFte : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.LeaversFte,
        Title: "Leavers (FTE)",
        Definition: "FTE of employed social-worker leavings with end_date in the year to D. A leaving is an employed social-worker spell ending on E when the worker has no employed social-worker spell in post on E + 1 day (team moves, role changes and permanent/fixed-term changes are not leavings; moving to agency work is).",
        Numerator: "FTE of the ending spells",
        Denominator: "",
        Unit: MetricUnit.Fte,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.leaversFte",
        Chart: PageCharts.StartersAndLeavers,
        SourceFields: "workers.csv: worker_id, role, employment_type, fte, start_date, end_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.YearOfWorkers };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.Leavings.Sum(l => l.Spell.Fte));
}
