namespace WorkforceInsights.Core.Balancing;

/// <summary>A case holder's load before and after a plan, beside their threshold.</summary>
public sealed record CaseHolderLoad(string WorkerId, string TeamCode, decimal Threshold, decimal LoadBefore, decimal LoadAfter);
