namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// balancing.md's plain greedy plan, exactly as written: the yardstick every plan must at least equal. For each
/// over-threshold case holder in turn, while over: of the movable units some receiver can take now, the lightest that
/// covers the remaining excess, else the heaviest (ties: lower continuity cost, then smallest child id).
/// </summary>
public static class GreedyPlanner
{
    public static BalancePlan Plan(BalancingFacts facts)
    {
        var state = new PlanState(facts);
        foreach (var giver in PlanState.Givers(facts))
        {
            Relieve(state, giver);
        }

        return state.ToPlan();
    }

    internal static void Relieve(PlanState state, int giver)
    {
        while (state.Excess(giver) > 0)
        {
            var (unit, receiver) = Choose(state, giver, state.Excess(giver));
            if (unit < 0)
            {
                return; // no unit can move
            }

            state.Apply(unit, receiver);
        }
    }

    private static (int Unit, int Receiver) Choose(PlanState state, int giver, decimal remaining)
    {
        var units = state.Units;
        (int Unit, int Receiver) covering = (-1, -1), heaviest = (-1, -1);
        foreach (var u in state.MovableUnits[giver])
        {
            if (state.IsMoved(u))
            {
                continue;
            }

            var receiver = state.ReceiverFor(u);
            if (receiver < 0)
            {
                continue;
            }

            var unit = units[u];
            if (unit.Weight >= remaining && (covering.Unit < 0 || Lighter(unit, units[covering.Unit])))
            {
                covering = (u, receiver);
            }

            if (heaviest.Unit < 0 || Heavier(unit, units[heaviest.Unit]))
            {
                heaviest = (u, receiver);
            }
        }

        return covering.Unit >= 0 ? covering : heaviest;
    }

    private static bool Lighter(BalancingUnit a, BalancingUnit b) =>
        a.Weight != b.Weight ? a.Weight < b.Weight : Cheaper(a, b);

    private static bool Heavier(BalancingUnit a, BalancingUnit b) =>
        a.Weight != b.Weight ? a.Weight > b.Weight : Cheaper(a, b);

    private static bool Cheaper(BalancingUnit a, BalancingUnit b) =>
        a.ContinuityCost != b.ContinuityCost ? a.ContinuityCost < b.ContinuityCost : string.CompareOrdinal(a.FirstChildId, b.FirstChildId) < 0;
}
