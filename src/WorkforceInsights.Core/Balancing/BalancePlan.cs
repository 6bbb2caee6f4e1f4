namespace WorkforceInsights.Core.Balancing;

/// <summary>A proposed set of moves for a scope on D, with what it achieves (balancing.md, "The plan").</summary>
/// <param name="CaseHolders">Every case holder of the scope, by worker id.</param>
/// <param name="Moves">The moves, in the order the plan makes them.</param>
/// <param name="ResidualExcessBefore">Σ max(0, load − threshold) over the case holders before the plan.</param>
/// <param name="ResidualExcess">The same after the plan.</param>
/// <param name="ChildrenMoved">Children whose worker the plan changes.</param>
/// <param name="ContinuityCost">Σ of the moved children's days with their current worker.</param>
/// <param name="Protected">The units of over-threshold case holders that may not move, by worker and child id.</param>
public sealed record BalancePlan(
    DateOnly AsOf,
    IReadOnlyList<CaseHolderLoad> CaseHolders,
    IReadOnlyList<BalanceMove> Moves,
    decimal ResidualExcessBefore,
    decimal ResidualExcess,
    int ChildrenMoved,
    long ContinuityCost,
    IReadOnlyList<ProtectedUnit> Protected)
{
    /// <summary>
    /// Orders plans as balancing.md ranks them: smaller residual excess, then fewer children moved, then smaller
    /// continuity cost, then the moves' worker and child ids ascending. Negative: this plan is better.
    /// </summary>
    public int CompareTo(BalancePlan other)
    {
        var order = ResidualExcess.CompareTo(other.ResidualExcess);
        order = order != 0 ? order : ChildrenMoved.CompareTo(other.ChildrenMoved);
        order = order != 0 ? order : ContinuityCost.CompareTo(other.ContinuityCost);
        return order != 0 ? order : string.CompareOrdinal(IdKey(), other.IdKey());
    }

    private string IdKey() => string.Join("\n", Moves.Select(m => m.FromWorkerId + "\t" + string.Join(",", m.ChildIds)).Order(StringComparer.Ordinal));
}
