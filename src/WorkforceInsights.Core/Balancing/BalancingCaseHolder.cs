namespace WorkforceInsights.Core.Balancing;

/// <summary>A case holder of the scope on D.</summary>
/// <param name="WorkerId">The worker's id, as in the extracts.</param>
/// <param name="TeamCode">Their team on D (their social-worker spell in post with the most FTE; ties: the lowest team code).</param>
/// <param name="Threshold">Their FTE on D × their band's caseload target, as on the Caseloads page.</param>
/// <param name="Load">The weights of the children allocated to them on D, summed.</param>
/// <param name="LastDay">The last day of their social-worker spells when they all end within Balancing:LeavingWithinDays after D; null otherwise.</param>
public sealed record BalancingCaseHolder(string WorkerId, string TeamCode, decimal Threshold, decimal Load, DateOnly? LastDay)
{
    /// <summary>A planned leaver, or an agency assignment about to end: they receive no cases.</summary>
    public bool Leaving => LastDay is not null;
}
