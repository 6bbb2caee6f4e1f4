using Dapper;
using WorkforceInsights.Core.Metrics.History;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.State;

/// <summary>
/// The imported data's extract date, generations and declared history starts (schemas 0011 and 0014,
/// sql/queries/state). The extract date and generation are written by an import run's swap
/// (<see cref="Loading.IImportStaging.SwapAllAsync"/>), in its transaction; the column loading_extract_date of schema
/// 0011 is no longer written.
/// </summary>
public sealed class DataStateStore(IDbConnectionFactory connections)
{
    private readonly string _read = SqlQuery.Load("state/read", connections.Provider);
    private readonly string _setHistoryStart = SqlQuery.Load("state/set_history_start", connections.Provider);

    public async Task<DataState> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DataState>(new CommandDefinition(_read, cancellationToken: cancellationToken)) ?? new DataState();
    }

    /// <summary>
    /// Records the history start manifest.json declares for a kind (null: none, inferred from its rows). A change
    /// raises the data generation, so the figures it decides are recomputed even when the file itself is unchanged.
    /// </summary>
    /// <returns>Whether the declared start changed.</returns>
    public async Task<bool> SetHistoryStartAsync(HistorySource kind, DateOnly? historyStart, CancellationToken cancellationToken = default)
    {
        if ((await ReadAsync(cancellationToken)).DeclaredHistoryStarts.Of(kind) == historyStart)
        {
            return false;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        var parameters = new { kind = KindWord(kind), historyStart, raise = 1 };
        await connection.ExecuteAsync(new CommandDefinition(_setHistoryStart, parameters, cancellationToken: cancellationToken));
        return true;
    }

    internal static string KindWord(HistorySource kind) => kind switch
    {
        HistorySource.Workers => "workers",
        HistorySource.Allocations => "allocations",
        HistorySource.Referrals => "referrals",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>The one row of data_state.</summary>
public sealed class DataState
{
    /// <summary>E of the data last loaded; null for data loaded before extract dates were recorded (the series then ends at the latest date in the data).</summary>
    public DateOnly? ExtractDate { get; set; }

    public long DataGeneration { get; set; }

    public long RefreshedGeneration { get; set; }

    /// <summary>workers.csv's historyStart in the manifest it last loaded with (null: none; inferred from the rows).</summary>
    public DateOnly? WorkersHistoryStart { get; set; }

    public DateOnly? AllocationsHistoryStart { get; set; }

    public DateOnly? ReferralsHistoryStart { get; set; }

    /// <summary>The history starts manifest.json declared, which override those inferred from the rows.</summary>
    public HistoryStarts DeclaredHistoryStarts => new(WorkersHistoryStart, AllocationsHistoryStart, ReferralsHistoryStart);

    /// <summary>
    /// The tables hold a run's data newer than the stored results: from a run's swap until its refresh, or until the
    /// next import or start when a crash skipped that refresh. Only a
    /// run's swap raises the data generation, with every table it replaces, so the refresh this calls for always
    /// computes from one run's complete data.
    /// </summary>
    public bool IsRefreshPending => RefreshedGeneration < DataGeneration;
}
