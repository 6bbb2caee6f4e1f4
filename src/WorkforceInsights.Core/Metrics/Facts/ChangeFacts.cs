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
        foreach (var (childId, allocations) in inputs.SocialWorkerAllocationsByChild)
        {
            foreach (var allocation in allocations)
            {
                if (ChangeFor(inputs, childId, allocation, allocations) is { } change)
                {
                    changes.Add(change);
                }
            }
        }

        return changes;
    }

    private static ChangeOfWorker? ChangeFor(MetricInputs inputs, string childId, Allocation allocation, Allocation[] allocations)
    {
        var start = allocation.StartDate;
        var dayBefore = start.AddDays(-1);
        Allocation? previous = null;
        foreach (var other in allocations)
        {
            if (other.WorkerId == allocation.WorkerId)
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
            }
        }

        if (previous is null || (previous.EndDate is { } end && end < start.AddDays(-GapDays)))
        {
            return null; // the first allocation, or a new episode after a gap of more than 30 days
        }

        var (reason, recorded) = allocation.ChangeReason is { } given ? (given, true) : (Infer(inputs, previous, allocation), false);
        return new ChangeOfWorker(childId, start, previous.WorkerId, allocation.WorkerId,
            TeamOn(inputs, previous.WorkerId, dayBefore), TeamOn(inputs, allocation.WorkerId, start), allocation.CaseType, reason, recorded);
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
    private static ChangeReason Infer(MetricInputs inputs, Allocation previous, Allocation next)
    {
        var start = next.StartDate;
        var spells = inputs.SpellsByWorker.GetValueOrDefault(previous.WorkerId) ?? [];
        if (!spells.Any(s => s.IsSocialWorker && s.IsInPostOn(start)))
        {
            return ChangeReason.LEFTRL;
        }

        var previousTeamNow = TeamCodeOn(inputs, previous.WorkerId, start);
        var previousTeamThen = TeamCodeOn(inputs, previous.WorkerId, previous.StartDate);
        if (previousTeamNow is not null && previousTeamThen is not null && previousTeamNow != previousTeamThen)
        {
            return ChangeReason.ORGRST;
        }

        var newTeam = TeamCodeOn(inputs, next.WorkerId, start);
        return newTeam is not null && previousTeamNow is not null && newTeam != previousTeamNow ? ChangeReason.TSPROC : ChangeReason.MANAGE;
    }

    private static Team? TeamOn(MetricInputs inputs, string workerId, DateOnly day) =>
        TeamCodeOn(inputs, workerId, day) is { } code ? inputs.TeamOf(code) ?? new Team(code, code, MetricDaySplitter.UnknownTeam, null) : null;

    /// <summary>
    /// A worker's team on a day: their social-worker spell in post (several: the largest FTE, then the earliest start,
    /// then the smaller team code); none in post: their social-worker spell with the latest start on or before the day
    /// (ties: the greater team code); none: unknown.
    /// </summary>
    private static string? TeamCodeOn(MetricInputs inputs, string workerId, DateOnly day)
    {
        var spells = (inputs.SpellsByWorker.GetValueOrDefault(workerId) ?? []).Where(s => s.IsSocialWorker).ToList();
        var inPost = spells.Where(s => s.IsInPostOn(day)).OrderByDescending(s => s.Fte).ThenBy(s => s.StartDate).ThenBy(s => s.TeamCode, StringComparer.Ordinal).FirstOrDefault();
        if (inPost is not null)
        {
            return inPost.TeamCode;
        }

        return spells.Where(s => s.StartDate <= day).OrderByDescending(s => s.StartDate).ThenByDescending(s => s.TeamCode, StringComparer.Ordinal).FirstOrDefault()?.TeamCode;
    }
}
