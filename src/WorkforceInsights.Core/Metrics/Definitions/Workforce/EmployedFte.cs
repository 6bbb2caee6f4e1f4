using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Workforce;

/// <summary>WF-EMP-FTE: Employed social worker FTE.</summary>
public sealed class EmployedFte : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.EmployedFte,
        Title: "Employed social worker FTE",
        Definition: "Sum of the FTE of employed (permanent or fixed-term) social-worker spells in post on D.",
        Numerator: "FTE of employed social-worker spells in post",
        Denominator: "",
        Unit: MetricUnit.Fte,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Workforce,
        Json: "workforce.employedFte",
        SourceFields: "workers.csv: role, employment_type, fte, start_date, end_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Workforce) { Needs = HistoryNeed.WorkersOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.SocialWorkerSpells.Where(s => s.IsEmployedSocialWorker).Sum(s => s.Spell.Fte));
}
