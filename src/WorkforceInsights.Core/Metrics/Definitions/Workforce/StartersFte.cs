using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-STR-FTE: Starters (FTE).</summary>
public sealed class StartersFte : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.StartersFte,
        Title: "Starters (FTE)",
        Definition: "FTE of employed social-worker starters with start_date in the year to D. A starter is an employed social-worker spell starting on S when the worker has no employed social-worker spell in post on S - 1 day (an agency worker converting to permanent is a starter).",
        Numerator: "FTE of the starting spells",
        Denominator: "",
        Unit: MetricUnit.Fte,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Workforce,
        Json: "workforce.startersFte",
        Chart: PageCharts.StartersAndLeavers,
        SourceFields: "workers.csv: worker_id, role, employment_type, fte, start_date, end_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.YearOfWorkers };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.Starters.Sum(s => s.Spell.Fte));
}
