using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-AGY-FTE: Agency social worker FTE.</summary>
public sealed class AgencyFte : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.AgencyFte,
        Title: "Agency social worker FTE",
        Definition: "Sum of the FTE of agency social-worker spells in post on D.",
        Numerator: "FTE of agency social-worker spells in post",
        Denominator: "",
        Unit: MetricUnit.Fte,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Workforce,
        Json: "workforce.agencyFte",
        Chart: PageCharts.AgencyWorkers,
        SourceFields: "workers.csv: role, employment_type, fte, start_date, end_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.SocialWorkerSpells.Where(s => s.IsAgencySocialWorker).Sum(s => s.Spell.Fte));
}
