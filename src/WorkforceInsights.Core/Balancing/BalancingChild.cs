namespace WorkforceInsights.Core.Balancing;

/// <summary>A child allocated to a case holder on D, as balancing sees them.</summary>
/// <param name="ChildId">The child's id, as in the extracts.</param>
/// <param name="Weight">The weight of their open allocation to this worker (the highest, where several are open).</param>
/// <param name="DaysWithWorker">D − R + 1, where R is the start of the child's relationship with this worker: the continuity a move would break.</param>
/// <param name="Settling">D − R is less than Balancing:SettleDays.</param>
/// <param name="SocialWorkersInYear">Different social workers in the year to D (metrics.md's count).</param>
/// <param name="Shared">An allocation to another worker is open on D too.</param>
public sealed record BalancingChild(string ChildId, decimal Weight, int DaysWithWorker, bool Settling, int SocialWorkersInYear, bool Shared)
{
    /// <summary>Their next change of social worker would be their third (or more) in the year.</summary>
    public bool ThirdWorkerRisk => SocialWorkersInYear >= 2;
}
