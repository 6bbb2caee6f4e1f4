namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// The plan balancing proposes: the better, in balancing.md's order, of the plain greedy plan and the subset search's,
/// so it is never worse than the greedy plan by construction. Pure and deterministic: the same facts give the same plan.
/// </summary>
public static class BalancePlanner
{
    public static BalancePlan Plan(BalancingFacts facts)
    {
        var greedy = GreedyPlanner.Plan(facts);
        var searched = SubsetPlanner.Plan(facts);
        return searched.CompareTo(greedy) < 0 ? searched : greedy;
    }
}
