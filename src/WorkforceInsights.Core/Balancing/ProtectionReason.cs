namespace WorkforceInsights.Core.Balancing;

/// <summary>Why a unit is never proposed for a move (balancing.md, "Which units may move").</summary>
public enum ProtectionReason
{
    /// <summary>A child has been with the current worker for fewer than Balancing:SettleDays days.</summary>
    Settling,

    /// <summary>A child has had 2 or more social workers in the year to D: a move would give them a third.</summary>
    ThirdWorker,

    /// <summary>A child has an open allocation to a second worker on D (shared cases are left to the manager).</summary>
    Shared,
}
