namespace WorkforceInsights.Core.Balancing;

/// <summary>One proposed move: a unit from its current worker to another case holder.</summary>
/// <param name="ChildIds">The unit's children, by id.</param>
/// <param name="FamilyId">Their family (null: a child on their own).</param>
/// <param name="Weight">The unit's weight.</param>
/// <param name="ContinuityDays">The days the children have been with the current worker, summed (the unit's continuity cost).</param>
public sealed record BalanceMove(IReadOnlyList<string> ChildIds, string? FamilyId, string FromWorkerId, string ToWorkerId, decimal Weight, long ContinuityDays);
