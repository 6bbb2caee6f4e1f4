namespace WorkforceInsights.Core.Balancing;

/// <summary>Whether a team can absorb the children its leavers hand over.</summary>
/// <param name="Children">Children about to lose their worker in this team.</param>
/// <param name="Load">Their weights, summed.</param>
/// <param name="SpareCapacity">Σ max(0, threshold − load) over the team's case holders who are not leaving.</param>
public sealed record HandoverTeam(string TeamCode, int Children, decimal Load, decimal SpareCapacity)
{
    public bool CanAbsorb => SpareCapacity >= Load;
}
