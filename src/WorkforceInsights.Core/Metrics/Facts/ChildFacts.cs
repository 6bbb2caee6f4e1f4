using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// The children's-measure facts of one child on D (metrics.md, "Children's experience"), and the child's part
/// in the day's caseloads. Plain loops over numbered workers: this runs for every child on every reporting date.
/// </summary>
internal sealed class ChildFacts(MetricInputs inputs, ReportingPeriod period, WorkerSpell?[] mainSpells, bool[] inPost)
{
    private readonly int[] _lastChildCounted = Enumerable.Repeat(-1, inputs.Workers.Count).ToArray();
    private readonly List<int> _workersInYear = new(8);

    /// <summary>Distinct children allocated on D to each in-post social worker (counted on their main spell).</summary>
    public int[] CasesByWorker { get; } = new int[inputs.Workers.Count];

    /// <summary>Allocations open on D whose worker has no spell in post on D (the data-quality warning).</summary>
    public List<Allocation> NotInPost { get; } = [];

    /// <summary>The child's facts on D, or null when none of its allocations is open on D.</summary>
    public ChildOnDay? On(int childNumber, ChildAllocations child)
    {
        AllocationSlot? main = null;
        var hasSocialWorker = false;
        var lookedAfter = false;
        foreach (var slot in child.All)
        {
            if (!slot.Allocation.IsOpenOn(period.AsOf))
            {
                continue;
            }

            if (main is null || IsMoreRecentOrHigher(slot.Allocation, main.Value.Allocation))
            {
                main = slot;
            }

            hasSocialWorker |= slot.ToSocialWorker;
            lookedAfter |= slot.Allocation.CaseType == CaseType.CLA;
            if (mainSpells[slot.Worker] is not null)
            {
                if (_lastChildCounted[slot.Worker] != childNumber)
                {
                    _lastChildCounted[slot.Worker] = childNumber;
                    CasesByWorker[slot.Worker]++;
                }
            }
            else if (!inPost[slot.Worker])
            {
                NotInPost.Add(slot.Allocation);
            }
        }

        if (main is not { } chosen)
        {
            return null;
        }

        var openYearAgo = false;
        _workersInYear.Clear();
        foreach (var slot in child.All)
        {
            openYearAgo |= slot.Allocation.IsOpenOn(period.YearAgo);
            if (SocialWorkersInYear.Counts(slot.Allocation, slot.ToSocialWorker, period) && !_workersInYear.Contains(slot.Worker))
            {
                _workersInYear.Add(slot.Worker);
            }
        }

        return new ChildOnDay(child.ChildId, chosen.Allocation.CaseType, TeamOf(chosen.Worker), hasSocialWorker, _workersInYear.Count, openYearAgo, lookedAfter);
    }

    /// <summary>
    /// The child's main open allocation: the latest start_date, then CP, CLA, CIN, CL; then the smaller worker id, so the
    /// choice does not depend on the order of the extract's rows (a partial refresh relies on that).
    /// </summary>
    private static bool IsMoreRecentOrHigher(Allocation candidate, Allocation current) =>
        candidate.StartDate != current.StartDate ? candidate.StartDate > current.StartDate
        : candidate.CaseType != current.CaseType ? Priority(candidate.CaseType) > Priority(current.CaseType)
        : string.CompareOrdinal(candidate.WorkerId, current.WorkerId) < 0;

    private static int Priority(CaseType caseType) => caseType switch
    {
        CaseType.CP => 4,
        CaseType.CLA => 3,
        CaseType.CIN => 2,
        _ => 1,
    };

    /// <summary>The worker's team on D (main spell), else the team of their latest spell started by D (ties: the greater team code, as a worker's team on a day).</summary>
    private Team? TeamOf(int worker)
    {
        if (mainSpells[worker] is { } spell)
        {
            return inputs.TeamOf(spell.TeamCode);
        }

        WorkerSpell? latest = null;
        foreach (var candidate in inputs.Workers.Spells[worker])
        {
            if (candidate.StartDate <= period.AsOf && (latest is null || candidate.StartDate > latest.StartDate
                || (candidate.StartDate == latest.StartDate && string.CompareOrdinal(candidate.TeamCode, latest.TeamCode) > 0)))
            {
                latest = candidate;
            }
        }

        return latest is null ? null : inputs.TeamOf(latest.TeamCode);
    }
}
