namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// A better plan than the greedy one where one exists: for each over-threshold case holder in the greedy order, the
/// set of their movable units that leaves the least excess, then moves the fewest children, then breaks the least
/// continuity, found by a bounded search that starts from what the greedy rule would do for that case holder (so it
/// is never worse for them) and keeps a set only when the receivers' rule can place every unit of it.
/// </summary>
public static class SubsetPlanner
{
    /// <summary>Search steps per case holder: enough for every subset of a usual caseload, bounded for an unusual one.</summary>
    private const int StepLimit = 200_000;

    public static BalancePlan Plan(BalancingFacts facts)
    {
        var state = new PlanState(facts);
        foreach (var giver in PlanState.Givers(facts))
        {
            state = Relieve(state, giver);
        }

        return state.ToPlan();
    }

    private static PlanState Relieve(PlanState state, int giver)
    {
        var excess = state.Excess(giver);
        var greedy = state.Copy();
        GreedyPlanner.Relieve(greedy, giver);
        var units = state.MovableUnits[giver].Where(u => !state.IsMoved(u) && state.ReceiverFor(u) >= 0)
            .OrderByDescending(u => state.Units[u].Weight).ThenBy(u => state.Units[u].Children.Count).ThenBy(u => state.Units[u].ContinuityCost).ThenBy(u => state.Units[u].FirstChildId, StringComparer.Ordinal)
            .ToArray();
        var search = new Search(state, units, excess, greedy, Key(greedy, state, excess));
        search.Run(0, 0, 0, 0);
        return search.Best;
    }

    /// <summary>What a case holder's moves achieve: (their excess left, children moved, continuity broken).</summary>
    private static (decimal Residual, int Children, long Cost) Key(PlanState after, PlanState before, decimal excess)
    {
        var moved = after.Moves.Skip(before.Moves.Count).Select(m => after.Units[m.Unit]).ToList();
        return (Math.Max(0, excess - moved.Sum(u => u.Weight)), moved.Sum(u => u.Children.Count), moved.Sum(u => u.ContinuityCost));
    }

    private sealed class Search(PlanState start, int[] units, decimal excess, PlanState best, (decimal Residual, int Children, long Cost) bestKey)
    {
        private readonly decimal[] _weightAfter = SuffixSums(units.Select(u => start.Units[u].Weight).ToArray());
        private readonly int[] _nextKind = NextKind(start, units);
        private readonly List<int> _chosen = [];
        private int _steps;
        private (decimal Residual, int Children, long Cost) _bestKey = bestKey;

        public PlanState Best { get; private set; } = best;

        public void Run(int next, decimal weight, int children, long cost)
        {
            if (++_steps > StepLimit)
            {
                return;
            }

            var residual = Math.Max(0, excess - weight);
            if (residual == 0 || next == units.Length)
            {
                Consider((residual, children, cost));
                return;
            }

            // Even every remaining unit cannot beat the best: stop (children and cost only grow as units are added).
            var leastResidual = Math.Max(0, excess - weight - _weightAfter[next]);
            if (leastResidual > _bestKey.Residual || (leastResidual == _bestKey.Residual && (children, cost).CompareTo((_bestKey.Children, _bestKey.Cost)) >= 0))
            {
                return;
            }

            var unit = start.Units[units[next]];
            _chosen.Add(units[next]);
            Run(next + 1, weight + unit.Weight, children + unit.Children.Count, cost + unit.ContinuityCost);
            _chosen.RemoveAt(_chosen.Count - 1);
            // Leaving this unit out leaves out the rest of its kind (same weight and children, dearer or equal): a set
            // with one of them instead of this one places the same, moves as many children and costs no less.
            Run(_nextKind[next], weight, children, cost);
        }

        private void Consider((decimal Residual, int Children, long Cost) key)
        {
            if (key.CompareTo(_bestKey) >= 0)
            {
                return;
            }

            // The receivers' rule must place every unit of the set, heaviest first.
            var trial = start.Copy();
            foreach (var unit in _chosen)
            {
                var receiver = trial.ReceiverFor(unit);
                if (receiver < 0)
                {
                    return;
                }

                trial.Apply(unit, receiver);
            }

            (Best, _bestKey) = (trial, key);
        }

        /// <summary>For each unit, the next one of another weight or number of children (units come by weight, then cost).</summary>
        private static int[] NextKind(PlanState start, int[] units)
        {
            var next = new int[units.Length];
            for (var i = units.Length - 1; i >= 0; i--)
            {
                var (unit, following) = (start.Units[units[i]], i + 1 < units.Length ? start.Units[units[i + 1]] : null);
                next[i] = following is not null && following.Weight == unit.Weight && following.Children.Count == unit.Children.Count ? next[i + 1] : i + 1;
            }

            return next;
        }

        private static decimal[] SuffixSums(decimal[] weights)
        {
            var sums = new decimal[weights.Length + 1];
            for (var i = weights.Length - 1; i >= 0; i--)
            {
                sums[i] = sums[i + 1] + weights[i];
            }

            return sums;
        }
    }
}
