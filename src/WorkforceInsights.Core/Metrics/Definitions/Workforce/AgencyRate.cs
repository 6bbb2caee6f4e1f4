using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-AGY-RATE: Agency worker rate.</summary>
public sealed class AgencyRate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.AgencyRate,
        Title: "Agency worker rate",
        Definition: "Agency social-worker FTE on D divided by agency plus employed social-worker FTE on D, x 100 (DfE workforce census).",
        Numerator: "agency FTE on D",
        Denominator: "agency FTE + employed FTE on D",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.agencyRate",
        Chart: PageCharts.AgencyAndVacancyRates,
        Theme: PackTheme.Workforce,
        SourceFields: "workers.csv: role, employment_type, fte, start_date, end_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Percentage(day.SocialWorkerSpells.Where(s => s.IsAgencySocialWorker).Sum(s => s.Spell.Fte), day.SocialWorkerSpells.Sum(s => s.Spell.Fte));
}
