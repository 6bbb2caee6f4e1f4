namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// The children of one family allocated to the same case holder on D (a child with no family_id on their own): a unit
/// moves whole or not at all.
/// </summary>
/// <param name="Holder">The index of the current worker in <see cref="BalancingFacts.CaseHolders"/>.</param>
/// <param name="FamilyId">The family, as in the extracts (null: a child on their own).</param>
/// <param name="Children">The unit's children, by child id.</param>
public sealed record BalancingUnit(int Holder, string? FamilyId, IReadOnlyList<BalancingChild> Children)
{
    public decimal Weight { get; } = Children.Sum(c => c.Weight);

    /// <summary>The days each child has been with the current worker, summed: a longer relationship costs more to break.</summary>
    public long ContinuityCost { get; } = Children.Sum(c => (long)c.DaysWithWorker);

    /// <summary>The smallest child id, which orders units when all else ties.</summary>
    public string FirstChildId => Children[0].ChildId;

    /// <summary>
    /// Why the unit may not move, or null when it may. Shared first: a child open to two social workers has had two in
    /// the year as well, and "shared" is what the manager acts on; then settling, then a third worker.
    /// </summary>
    public ProtectionReason? Protection { get; } =
        Children.Any(c => c.Shared) ? ProtectionReason.Shared
        : Children.Any(c => c.Settling) ? ProtectionReason.Settling
        : Children.Any(c => c.ThirdWorkerRisk) ? ProtectionReason.ThirdWorker
        : null;
}
