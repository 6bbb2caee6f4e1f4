namespace WorkforceInsights.Core.Metrics.History;

/// <summary>
/// How much of one extract's history a figure needs before the reporting date D: <c>D − Months >= H</c>, where H is
/// the extract's history start. 0 months is a point-in-time figure (D on or after H); 12 a year-to-D figure.
/// </summary>
public sealed record HistoryNeed(HistorySource Source, int Months)
{
    public static IReadOnlyList<HistoryNeed> YearOfWorkers { get; } = [new(HistorySource.Workers, 12)];

    public static IReadOnlyList<HistoryNeed> YearOfAllocations { get; } = [new(HistorySource.Allocations, 12)];

    public static IReadOnlyList<HistoryNeed> YearOfReferrals { get; } = [new(HistorySource.Referrals, 12)];

    /// <summary>Re-referrals: a referral in the year to D needs its own 12 months of look-back.</summary>
    public static IReadOnlyList<HistoryNeed> TwoYearsOfReferrals { get; } = [new(HistorySource.Referrals, 24)];

    public static IReadOnlyList<HistoryNeed> WorkersOnDay { get; } = [new(HistorySource.Workers, 0)];

    public static IReadOnlyList<HistoryNeed> AllocationsOnDay { get; } = [new(HistorySource.Allocations, 0)];

    public static IReadOnlyList<HistoryNeed> WorkersAndAllocationsOnDay { get; } = [new(HistorySource.Workers, 0), new(HistorySource.Allocations, 0)];

    /// <summary>Whether the history from <paramref name="start"/> (null: no rows of the kind, nothing to wait for) covers what D needs.</summary>
    public bool IsCoveredOn(DateOnly asOf, DateOnly? start) => start is not { } h || asOf.AddMonths(-Months) >= h;
}
