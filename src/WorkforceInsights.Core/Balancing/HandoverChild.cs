namespace WorkforceInsights.Core.Balancing;

/// <summary>A child about to lose their worker: allocated on D to a case holder whose last day is near.</summary>
/// <param name="ThirdWorkerRisk">The child has had 2 or more social workers in the year to D: the next change makes them 3+.</param>
public sealed record HandoverChild(string ChildId, string WorkerId, string TeamCode, DateOnly LastDay, bool ThirdWorkerRisk);
