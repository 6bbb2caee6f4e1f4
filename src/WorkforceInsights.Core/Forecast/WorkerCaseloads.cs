using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Forecast;

/// <summary>
/// A few workers' cases held on any day, by metrics.md's caseload rule (distinct children with an allocation open on
/// the day, while the worker has a social-worker spell in post) and their social-worker FTE that day. For a cohort's
/// own month ends: building the whole council's day for each of a dozen dates per starter would cost far more.
/// </summary>
internal sealed class WorkerCaseloads
{
    private readonly ILookup<string, Allocation> _allocations;
    private readonly ILookup<string, WorkerSpell> _spells;

    public WorkerCaseloads(MetricInputs inputs, IEnumerable<string> workerIds)
    {
        var workers = workerIds.ToHashSet(StringComparer.Ordinal);
        _allocations = inputs.Allocations.Where(a => workers.Contains(a.WorkerId)).ToLookup(a => a.WorkerId, StringComparer.Ordinal);
        _spells = inputs.History.Spells.Where(s => s.IsSocialWorker && workers.Contains(s.WorkerId)).ToLookup(s => s.WorkerId, StringComparer.Ordinal);
    }

    public (int Cases, double Fte) On(string workerId, DateOnly day)
    {
        var fte = (double)_spells[workerId].Where(s => s.IsInPostOn(day)).Sum(s => s.Fte);
        return fte == 0 ? (0, 0)
            : (_allocations[workerId].Where(a => a.StartDate <= day && !(a.EndDate < day)).Select(a => a.ChildId).Distinct(StringComparer.Ordinal).Count(), fte);
    }
}
