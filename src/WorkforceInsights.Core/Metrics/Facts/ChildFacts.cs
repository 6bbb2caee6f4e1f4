using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// The children's-measure facts of one child on D (metrics.md, "Children's experience"). Plain
/// loops: this runs for every open child on every reporting date of the series.
/// </summary>
internal static class ChildFacts
{
    public static ChildOnDay On(MetricInputs inputs, string childId, List<Allocation> open, ReportingPeriod period, Dictionary<string, WorkerSpell> mainSpells)
    {
        var socialWorkers = inputs.History.SocialWorkerIds;
        var main = open[0];
        var hasSocialWorker = false;
        var lookedAfter = false;
        foreach (var allocation in open)
        {
            if (IsMoreRecentOrHigher(allocation, main))
            {
                main = allocation;
            }

            hasSocialWorker |= socialWorkers.Contains(allocation.WorkerId);
            lookedAfter |= allocation.CaseType == CaseType.CLA;
        }

        var yearStart = period.YearAgo.AddDays(1);
        var workers = new List<string>(4);
        var openYearAgo = false;
        foreach (var allocation in inputs.AllocationsByChild[childId])
        {
            openYearAgo |= allocation.IsOpenOn(period.YearAgo);
        }

        foreach (var allocation in inputs.SocialWorkerAllocationsByChild[childId])
        {
            if (allocation.Overlaps(yearStart, period.AsOf) && !workers.Contains(allocation.WorkerId))
            {
                workers.Add(allocation.WorkerId);
            }
        }

        return new ChildOnDay(childId, main.CaseType, TeamOf(inputs, main.WorkerId, period.AsOf, mainSpells), hasSocialWorker, workers.Count, openYearAgo, lookedAfter);
    }

    /// <summary>The child's main open allocation: the latest start_date, then CP, CLA, CIN, CL.</summary>
    private static bool IsMoreRecentOrHigher(Allocation candidate, Allocation current) =>
        candidate.StartDate > current.StartDate
        || (candidate.StartDate == current.StartDate && Priority(candidate.CaseType) > Priority(current.CaseType));

    private static int Priority(CaseType caseType) => caseType switch
    {
        CaseType.CP => 4,
        CaseType.CLA => 3,
        CaseType.CIN => 2,
        _ => 1,
    };

    /// <summary>The worker's team on D (main spell), else the team of their latest spell started by D.</summary>
    private static Team? TeamOf(MetricInputs inputs, string workerId, DateOnly asOf, Dictionary<string, WorkerSpell> mainSpells)
    {
        if (mainSpells.TryGetValue(workerId, out var spell))
        {
            return inputs.TeamOf(spell.TeamCode);
        }

        WorkerSpell? latest = null;
        foreach (var candidate in inputs.SpellsByWorker.GetValueOrDefault(workerId) ?? [])
        {
            if (candidate.StartDate <= asOf && (latest is null || candidate.StartDate > latest.StartDate))
            {
                latest = candidate;
            }
        }

        return latest is null ? null : inputs.TeamOf(latest.TeamCode);
    }
}
