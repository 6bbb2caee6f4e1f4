namespace WorkforceInsights.Core.Metrics.History;

/// <summary>
/// The first day each extract's history is complete from (metrics.md, "Complete years only"): given by manifest.json's
/// <c>historyStart</c>, else inferred from the rows. Null for a kind: no start known (no rows), so nothing waits for it.
/// </summary>
public sealed record HistoryStarts(DateOnly? Workers = null, DateOnly? Allocations = null, DateOnly? Referrals = null)
{
    public static HistoryStarts None { get; } = new();

    public DateOnly? Of(HistorySource source) => source switch
    {
        HistorySource.Workers => Workers,
        HistorySource.Allocations => Allocations,
        HistorySource.Referrals => Referrals,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>Each declared start where there is one, else this one's.</summary>
    public HistoryStarts OverriddenBy(HistoryStarts? declared) => declared is null ? this : new(
        declared.Workers ?? Workers, declared.Allocations ?? Allocations, declared.Referrals ?? Referrals);
}
