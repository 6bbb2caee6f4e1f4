using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-STR-HC: Starters.</summary>
public sealed class StartersHeadcount : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.StartersHeadcount,
        Title: "Starters",
        Definition: "Number of employed social-worker starters with start_date in the year to D.",
        Numerator: "starters",
        Denominator: "",
        Unit: MetricUnit.Starters,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Workforce,
        Json: "workforce.startersHeadcount",
        SourceFields: "workers.csv: worker_id, role, employment_type, start_date, end_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.YearOfWorkers };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.Starters.Count);
}
