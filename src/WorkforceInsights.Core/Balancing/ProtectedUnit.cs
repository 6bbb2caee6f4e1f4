namespace WorkforceInsights.Core.Balancing;

/// <summary>A unit of an over-threshold case holder that the plan may not move, and why.</summary>
public sealed record ProtectedUnit(IReadOnlyList<string> ChildIds, string WorkerId, ProtectionReason Reason);
