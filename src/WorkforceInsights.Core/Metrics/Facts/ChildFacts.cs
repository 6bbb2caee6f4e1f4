using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>The children's-measure facts of one child on D (metrics.md, "Children's experience").</summary>
internal static class ChildFacts
{
    /// <summary>Where a child has several open allocations: CP, then CLA, then CIN, then CL.</summary>
    private static readonly CaseType[] s_priority = [CaseType.CL, CaseType.CIN, CaseType.CLA, CaseType.CP];

    public static ChildOnDay On(MetricInputs inputs, string childId, List<Allocation> open, ReportingPeriod period, Dictionary<string, WorkerSpell> mainSpells)
    {
        var socialWorkers = inputs.History.SocialWorkerIds;
        var main = open.OrderByDescending(a => a.StartDate).ThenByDescending(a => Array.IndexOf(s_priority, a.CaseType)).First();
        var all = inputs.AllocationsByChild[childId];
        var workersInYear = all.Where(a => socialWorkers.Contains(a.WorkerId) && a.Overlaps(period.YearAgo.AddDays(1), period.AsOf))
            .Select(a => a.WorkerId).Distinct(StringComparer.Ordinal).Count();
        return new ChildOnDay(
            childId,
            main.CaseType,
            TeamOf(inputs, main.WorkerId, period.AsOf, mainSpells),
            open.Any(a => socialWorkers.Contains(a.WorkerId)),
            workersInYear,
            all.Any(a => a.IsOpenOn(period.YearAgo)));
    }

    /// <summary>The worker's team on D (main spell), else the team of their latest spell started by D.</summary>
    private static Team? TeamOf(MetricInputs inputs, string workerId, DateOnly asOf, Dictionary<string, WorkerSpell> mainSpells)
    {
        if (mainSpells.TryGetValue(workerId, out var spell))
        {
            return inputs.TeamOf(spell.TeamCode);
        }

        var latest = inputs.SpellsByWorker.GetValueOrDefault(workerId)?.Where(s => s.StartDate <= asOf).MaxBy(s => s.StartDate);
        return latest is null ? null : inputs.TeamOf(latest.TeamCode);
    }
}
