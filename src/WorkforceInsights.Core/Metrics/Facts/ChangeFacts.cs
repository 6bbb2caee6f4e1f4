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

    public static IReadOnlyList<ChangeOfWorker> All(MetricInputs inputs)
    {
        var changes = new List<ChangeOfWorker>();
        foreach (var child in inputs.Children)
        {
            AllocationSlot[] allocations = [.. child.All.Where(a => a.ToSocialWorker)];
            foreach (var allocation in allocations)
            {
                if (ChangeFor(inputs, child.ChildId, allocation, allocations) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        return changes;
    }

    private static ChangeOfWorker? ChangeFor(MetricInputs inputs, string childId, AllocationSlot slot, AllocationSlot[] allocations)
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

        var (reason, recorded) = allocation.ChangeReason is { } given ? (given, true) : (Infer(inputs, previous, previousWorker, allocation, slot.Worker), false);
        return new ChangeOfWorker(childId, start, previous.WorkerId, allocation.WorkerId,
            TeamOn(inputs, previousWorker, dayBefore), TeamOn(inputs, slot.Worker, start), allocation.CaseType, reason, recorded);
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
