using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Caseload;

/// <summary>CASE-AVG: Average caseload.</summary>
public sealed class AverageCaseload : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.AverageCaseload,
        Title: "Average caseload",
        Definition: "Cases held on D divided by case-holder FTE on D (DfE workforce census). Split by experience band, it is the differential caseload.",
        Numerator: "cases held on D",
        Denominator: "case-holder FTE on D",
        Unit: MetricUnit.CasesPerFte,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Caseloads,
        Json: "caseload.averageCaseload",
        Theme: PackTheme.Caseloads,
        SourceFields: "allocations.csv; workers.csv: fte, qualified_date",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Caseload) { Needs = HistoryNeed.WorkersAndAllocationsOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Ratio(day.SocialWorkerSpells.Sum(s => s.Cases), day.SocialWorkerSpells.Where(s => s.WorkerHoldsCases).Sum(s => s.Spell.Fte));
}
