namespace WorkforceInsights.Core.Balancing;

/// <summary>Children about to lose their worker, and whether each team can absorb them (balancing.md, "Looking ahead").</summary>
/// <param name="WithinDays">Balancing:LeavingWithinDays: how far ahead a last day counts.</param>
/// <param name="Children">By team, worker and child id.</param>
/// <param name="Teams">Every team of the scope with case holders, by team code.</param>
public sealed record HandoverReport(DateOnly AsOf, int WithinDays, IReadOnlyList<HandoverChild> Children, IReadOnlyList<HandoverTeam> Teams)
{
    public static HandoverReport From(BalancingFacts facts, int withinDays)
    {
        var holders = facts.CaseHolders;
        var children = facts.Units
            .Where(u => holders[u.Holder].LastDay is not null)
            .SelectMany(u => u.Children.Select(c => (Child: c, Holder: holders[u.Holder])))
            .Select(x => (x.Child.Weight, Handover: new HandoverChild(x.Child.ChildId, x.Holder.WorkerId, x.Holder.TeamCode, x.Holder.LastDay!.Value, x.Child.ThirdWorkerRisk)))
            .OrderBy(x => x.Handover.TeamCode, StringComparer.Ordinal).ThenBy(x => x.Handover.WorkerId, StringComparer.Ordinal).ThenBy(x => x.Handover.ChildId, StringComparer.Ordinal)
            .ToList();
        var teams = holders.GroupBy(h => h.TeamCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(team =>
            {
                var leaving = children.Where(c => c.Handover.TeamCode == team.Key).ToList();
                return new HandoverTeam(team.Key, leaving.Count, leaving.Sum(c => c.Weight), team.Where(h => !h.Leaving).Sum(h => Math.Max(0, h.Threshold - h.Load)));
            })
            .ToList();
        return new HandoverReport(facts.AsOf, withinDays, [.. children.Select(c => c.Handover)], teams);
    }
}
