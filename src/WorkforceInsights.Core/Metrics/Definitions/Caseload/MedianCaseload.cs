using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;

namespace WorkforceInsights.Core.Metrics.Definitions.Caseload;

/// <summary>CASE-MEDIAN: the middle case holder's cases, which a few very high caseloads do not pull up as they do the average.</summary>
public sealed class MedianCaseload : IMetric
{
    public static MetricInfo Definition { get; } = new(
        Id: "CASE-MEDIAN",
        Title: "Median caseload",
        Definition: "The cases held on D by the middle case holder, with case holders in order of their cases (the mean of the middle two when their number is even). Unlike the average caseload, it counts people, not FTE.",
        Numerator: "cases of the middle case holder",
        Denominator: "case holders on D",
        Unit: MetricUnit.CasesPerCaseHolder,
        Polarity: Polarity.LowerIsBetter,
        Page: DashboardPage.Caseloads,
        Json: "caseload.medianCaseload",
        SourceFields: "allocations.csv: child_id, worker_id, start_date, end_date; workers.csv",
        AsAtRule: "In post on D: start_date <= D and (end_date blank or end_date >= D).",
        Dimensions: Breakdowns.Caseload) { Needs = HistoryNeed.WorkersAndAllocationsOnDay };

    public MetricInfo Info => Definition;

    public MetricResult Calculate(MetricDay day)
    {
        // A worker's cases are counted on their main spell only, so their spells' cases add up to theirs.
        var cases = day.SocialWorkerSpells.Where(s => s.WorkerHoldsCases)
            .GroupBy(s => s.Spell.WorkerId, StringComparer.Ordinal)
            .Select(worker => (decimal)worker.Sum(s => s.Cases))
            .Order()
            .ToList();
        if (cases.Count == 0)
        {
            return new MetricResult(0, 0, null);
        }

        var middle = cases.Count / 2;
        var median = cases.Count % 2 == 1 ? cases[middle] : (cases[middle - 1] + cases[middle]) / 2;
        return new MetricResult(median, cases.Count, median);
    }
}
