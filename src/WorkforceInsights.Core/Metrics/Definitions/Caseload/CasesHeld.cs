using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Caseload;

/// <summary>CASE-HELD: Cases held.</summary>
public sealed class CasesHeld : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: MetricIds.CasesHeld,
        Title: "Cases held",
        Definition: "Distinct (worker, child) pairs with an allocation open on D, where the worker has a social-worker spell in post on D (agency workers included; a co-allocated child is a case for each worker).",
        Numerator: "cases",
        Denominator: "",
        Unit: MetricUnit.Cases,
        Polarity: Polarity.Neutral,
        Page: DashboardPage.Caseloads,
        Json: "caseload.casesHeld",
        SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date; workers.csv",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Caseload) { Needs = HistoryNeed.WorkersAndAllocationsOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day) =>
        MetricResult.Count(day.SocialWorkerSpells.Sum(s => s.Cases));
}
