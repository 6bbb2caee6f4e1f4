using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// Whether a worker is about to go: their social-worker spells in post on D, and any that carry on from them with no
/// day between (a new team, role or contract, planned spells after the extract date included), all end within the
/// given number of days after D. The end dates after the extract date are planned ends (extracts.md).
/// </summary>
public static class Leaving
{
    /// <returns>The worker's last day, when it falls within <paramref name="withinDays"/> after D; null otherwise.</returns>
    public static DateOnly? LastDay(IEnumerable<WorkerSpell> workerSpells, DateOnly asOf, int withinDays)
    {
        var spells = workerSpells.Where(s => s.IsSocialWorker).ToList();
        var inPost = spells.Where(s => s.IsInPostOn(asOf)).ToList();
        if (inPost.Count == 0 || inPost.Any(s => s.EndDate is null))
        {
            return null;
        }

        var last = inPost.Max(s => s.EndDate!.Value);
        while (true)
        {
            var next = spells.Where(s => s.StartDate <= last.AddDays(1) && (s.EndDate is null || s.EndDate > last)).ToList();
            if (next.Count == 0)
            {
                break;
            }

            if (next.Any(s => s.EndDate is null))
            {
                return null;
            }

            last = next.Max(s => s.EndDate!.Value);
        }

        return last <= asOf.AddDays(withinDays) ? last : null;
    }
}
