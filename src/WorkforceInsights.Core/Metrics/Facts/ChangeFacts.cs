using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// Every change of a child's social worker, with its reason (metrics.md, "Changes of social worker"). A change
/// does not depend on the reporting date, so the whole history is worked out once; each date takes its year's.
/// </summary>
internal static class ChangeFacts
{
    /// <summary>A previous allocation that ended more than this many days before the new one starts began a new episode.</summary>
    private const int GapDays = 30;

    /// <summary>Every change of the history, in date order (changes of one date in the order of their children).</summary>
    /// <remarks>
    /// Each change is made only once its place in date order is known, so the changes lie in memory in the order each
    /// date reads its year of them: made child by child and then sorted, they were scattered, and the passes over a
    /// year's tens of thousands of changes waited on memory on every date of a refresh.
    /// </remarks>
    public static ChangeOfWorker[] InDateOrder(MetricInputs inputs)
    {
        var found = new List<FoundChange>();
        foreach (var child in inputs.Children)
        {
            AllocationSlot[] allocations = [.. child.All.Where(a => a.ToSocialWorker)];
            foreach (var allocation in allocations)
            {
                if (Find(allocation, allocations) is { } change)
                {
                    found.Add(change);
                }
            }
        }

        // Sorted by (date, order found): stable, and without the copies of the found changes an OrderBy would make.
        var order = new long[found.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = ((long)found[i].New.StartDate.DayNumber << 32) | (uint)i;
        }

        Array.Sort(order);
        var changes = new ChangeOfWorker[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            changes[i] = Describe(inputs, found[(int)(order[i] & uint.MaxValue)]);
        }

        return changes;
    }

    /// <summary>A change found: the new allocation and its worker, and the previous worker's allocation it follows.</summary>
    private readonly record struct FoundChange(Allocation New, int NewWorker, Allocation Previous, int PreviousWorker);

    private static FoundChange? Find(AllocationSlot slot, AllocationSlot[] allocations)
    {
        var allocation = slot.Allocation;
        var start = allocation.StartDate;
        var dayBefore = start.AddDays(-1);
        Allocation? previous = null;
        var previousWorker = -1;
        foreach (var (other, worker, _) in allocations)
        {
            if (worker == slot.Worker)
            {
                if (other.IsOpenOn(dayBefore))
                {
                    return null; // the same worker carrying on with a new allocation row
                }

                continue;
            }

            if (other.StartDate < start && (previous is null || EndsLater(other, previous)))
            {
                previous = other;
                previousWorker = worker;
            }
        }

        if (previous is null || (previous.EndDate is { } end && end < start.AddDays(-GapDays)))
        {
            return null; // the first allocation, or a new episode after a gap of more than 30 days
        }

        return new FoundChange(allocation, slot.Worker, previous, previousWorker);
    }

    /// <summary>The change with its reason (recorded, or inferred) and the teams it counts in.</summary>
    private static ChangeOfWorker Describe(MetricInputs inputs, FoundChange found)
    {
        var (allocation, worker, previous, previousWorker) = found;
        var start = allocation.StartDate;
        var (reason, recorded) = allocation.ChangeReason is { } given ? (given, true) : (Infer(inputs, previous, previousWorker, allocation, worker), false);
        return new ChangeOfWorker(allocation.ChildId, start, previous.WorkerId, allocation.WorkerId,
            TeamOn(inputs, previousWorker, start.AddDays(-1)), TeamOn(inputs, worker, start), allocation.CaseType, reason, recorded);
    }

    /// <summary>The latest end date (an open allocation ends latest); ties: the later start, then the greater worker id.</summary>
    private static bool EndsLater(Allocation candidate, Allocation current)
    {
        var (a, b) = (candidate.EndDate ?? DateOnly.MaxValue, current.EndDate ?? DateOnly.MaxValue);
        return a != b ? a > b
            : candidate.StartDate != current.StartDate ? candidate.StartDate > current.StartDate
            : string.CompareOrdinal(candidate.WorkerId, current.WorkerId) > 0;
    }

    /// <summary>The first rule that holds: the previous worker left; moved team while allocated; the child moved team; else a management decision.</summary>
    private static ChangeReason Infer(MetricInputs inputs, Allocation previous, int previousWorker, Allocation next, int nextWorker)
    {
        var start = next.StartDate;
        var workers = inputs.Workers;
        if (!workers.SocialWorkSpells[previousWorker].Any(s => s.IsInPostOn(start)))
        {
            return ChangeReason.LEFTRL;
        }

        var previousTeamNow = workers.SocialWorkTeamOn(previousWorker, start);
        var previousTeamThen = workers.SocialWorkTeamOn(previousWorker, previous.StartDate);
        if (previousTeamNow is not null && previousTeamThen is not null && previousTeamNow != previousTeamThen)
        {
            return ChangeReason.ORGRST;
        }

        var newTeam = workers.SocialWorkTeamOn(nextWorker, start);
        return newTeam is not null && previousTeamNow is not null && newTeam != previousTeamNow ? ChangeReason.TSPROC : ChangeReason.MANAGE;
    }

    private static Team? TeamOn(MetricInputs inputs, int worker, DateOnly day) =>
        inputs.Workers.SocialWorkTeamOn(worker, day) is { } code ? inputs.TeamOf(code) ?? new Team(code, code, MetricDaySplitter.UnknownTeam, null) : null;
}
