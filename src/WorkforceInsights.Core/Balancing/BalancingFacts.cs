namespace WorkforceInsights.Core.Balancing;

/// <summary>What a plan is made from: the scope's case holders on D and their children in units.</summary>
/// <param name="AsOf">The date D.</param>
/// <param name="CaseHolders">The scope's case holders, by worker id.</param>
/// <param name="Units">Every unit of every case holder, by worker and then by smallest child id.</param>
/// <param name="CrossTeam">Whether a unit may go to another team of the scope when its own team has no room.</param>
public sealed record BalancingFacts(DateOnly AsOf, IReadOnlyList<BalancingCaseHolder> CaseHolders, IReadOnlyList<BalancingUnit> Units, bool CrossTeam);
