using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Caseload;

/// <summary>CASE-FTE: Case-holder FTE.</summary>
public sealed class CaseHolderFte : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.CaseHolderFte,
        Title: "Case-holder FTE",
        Definition: "Sum of the FTE of the social-worker spells in post on D of the workers who hold at least one case on D.",
        Numerator: "FTE of case holders",
        Denominator: "",
        Unit: MetricUnit.Fte,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Caseloads,
        Json: "caseload.caseHolderFte",
        SourceFields: "allocations.csv; workers.csv: fte",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Caseload) { Needs = HistoryNeed.WorkersAndAllocationsOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.SocialWorkerSpells.Where(s => s.WorkerHoldsCases).Sum(s => s.Spell.Fte));
}
