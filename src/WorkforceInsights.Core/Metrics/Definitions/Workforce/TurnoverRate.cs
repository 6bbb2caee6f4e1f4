using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-TURN: Turnover rate.</summary>
public sealed class TurnoverRate : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.TurnoverRate,
        Title: "Turnover rate",
        Definition: "FTE of employed social-worker leavings in the year to D, divided by employed social-worker FTE on D, x 100 (DfE workforce census).",
        Numerator: "leavers FTE in the year to D",
        Denominator: "employed social worker FTE on D",
        Unit: MetricUnit.Percent,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.turnoverRate",
        Chart: PageCharts.Turnover,
        Theme: PackTheme.Workforce,
        SourceFields: "workers.csv: worker_id, role, employment_type, fte, start_date, end_date",
        AsAtRule: "The year to D: dates after D - 12 months and on or before D.",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.YearOfWorkers };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Percentage(day.Leavings.Sum(l => l.Spell.Fte), day.SocialWorkerSpells.Where(s => s.IsEmployedSocialWorker).Sum(s => s.Spell.Fte));
}
