namespace WorkforceInsights.Core.Metrics.History;

/// <summary>The extract kinds whose history start decides whether a figure can be given (metrics.md, "Complete years only").</summary>
public enum HistorySource
{
    Workers,
    Allocations,
    Referrals,
}
