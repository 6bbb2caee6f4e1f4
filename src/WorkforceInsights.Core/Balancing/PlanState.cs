namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// A plan being made: every case holder's load so far and the moves made. Receivers are chosen here, by the one rule
/// both planners follow, so every plan keeps it: a case holder in post and not leaving, other than the giver, whose
/// load after the move stays within their threshold; of the giver's own team when one can take the unit, of another
/// team of the scope only when none can and the scope allows it; the most spare capacity first (ties: worker id).
/// </summary>
internal sealed class PlanState
{
    private readonly BalancingFacts _facts;
    private readonly decimal[] _loads;
    private readonly bool[] _moved;
    private readonly List<(int Unit, int To)> _moves;

    public PlanState(BalancingFacts facts)
    {
        _facts = facts;
        _loads = [.. facts.CaseHolders.Select(h => h.Load)];
        _moved = new bool[facts.Units.Count];
        _moves = [];
        var movable = facts.CaseHolders.Select(_ => new List<int>()).ToArray();
        for (var u = 0; u < facts.Units.Count; u++)
        {
            if (facts.Units[u].Protection is null)
            {
                movable[facts.Units[u].Holder].Add(u);
            }
        }

        MovableUnits = movable;
    }

    private PlanState(PlanState original)
    {
        _facts = original._facts;
        _loads = (decimal[])original._loads.Clone();
        _moved = (bool[])original._moved.Clone();
        _moves = [.. original._moves];
        MovableUnits = original.MovableUnits;
    }

    /// <summary>Each case holder's units that no rule protects (moved or not).</summary>
    public IReadOnlyList<int>[] MovableUnits { get; }

    public IReadOnlyList<(int Unit, int To)> Moves => _moves;

    public IReadOnlyList<BalancingUnit> Units => _facts.Units;

    public PlanState Copy() => new(this);

    public decimal Excess(int holder) => _loads[holder] - _facts.CaseHolders[holder].Threshold;

    public bool IsMoved(int unit) => _moved[unit];

    /// <summary>The over-threshold case holders at the start, largest excess first (ties: worker id): the order both planners relieve them in.</summary>
    public static List<int> Givers(BalancingFacts facts) =>
        [.. Enumerable.Range(0, facts.CaseHolders.Count)
            .Where(h => facts.CaseHolders[h].Load > facts.CaseHolders[h].Threshold)
            .OrderByDescending(h => facts.CaseHolders[h].Load - facts.CaseHolders[h].Threshold)
            .ThenBy(h => facts.CaseHolders[h].WorkerId, StringComparer.Ordinal)];

    /// <summary>The case holder who would take the unit now, or −1 when none may.</summary>
    public int ReceiverFor(int unit)
    {
        var own = Best(unit, ownTeam: true);
        return own >= 0 || !_facts.CrossTeam ? own : Best(unit, ownTeam: false);
    }

    public void Apply(int unit, int to)
    {
        var weight = _facts.Units[unit].Weight;
        _loads[_facts.Units[unit].Holder] -= weight;
        _loads[to] += weight;
        _moved[unit] = true;
        _moves.Add((unit, to));
    }

    private int Best(int unit, bool ownTeam)
    {
        var giver = _facts.Units[unit].Holder;
        var weight = _facts.Units[unit].Weight;
        var team = _facts.CaseHolders[giver].TeamCode;
        var best = -1;
        var bestSpare = 0m;
        for (var h = 0; h < _loads.Length; h++)
        {
            var holder = _facts.CaseHolders[h];
            if (h == giver || holder.Leaving || (holder.TeamCode == team) != ownTeam || _loads[h] + weight > holder.Threshold)
            {
                continue;
            }

            var spare = holder.Threshold - _loads[h];
            if (best < 0 || spare > bestSpare || (spare == bestSpare && string.CompareOrdinal(holder.WorkerId, _facts.CaseHolders[best].WorkerId) < 0))
            {
                best = h;
                bestSpare = spare;
            }
        }

        return best;
    }

    public BalancePlan ToPlan()
    {
        var holders = _facts.CaseHolders;
        var moves = _moves.Select(m =>
        {
            var unit = _facts.Units[m.Unit];
            return new BalanceMove([.. unit.Children.Select(c => c.ChildId)], unit.FamilyId, holders[unit.Holder].WorkerId, holders[m.To].WorkerId, unit.Weight, unit.ContinuityCost);
        }).ToList();
        var protectedUnits = _facts.Units
            .Where(u => u.Protection is not null && holders[u.Holder].Load > holders[u.Holder].Threshold)
            .Select(u => new ProtectedUnit([.. u.Children.Select(c => c.ChildId)], holders[u.Holder].WorkerId, u.Protection!.Value))
            .OrderBy(p => p.WorkerId, StringComparer.Ordinal).ThenBy(p => p.ChildIds[0], StringComparer.Ordinal)
            .ToList();
        return new BalancePlan(
            _facts.AsOf,
            [.. holders.Select((h, i) => new CaseHolderLoad(h.WorkerId, h.TeamCode, h.Threshold, h.Load, _loads[i]))],
            moves,
            holders.Sum(h => Math.Max(0, h.Load - h.Threshold)),
            holders.Select((h, i) => Math.Max(0, _loads[i] - h.Threshold)).Sum(),
            moves.Sum(m => m.ChildIds.Count),
            moves.Sum(m => m.ContinuityDays),
            protectedUnits);
    }
}
