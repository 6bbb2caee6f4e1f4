using Dapper;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.State;

/// <summary>The imported data's extract date and generations (schema 0011, sql/queries/state).</summary>
public sealed class DataStateStore(IDbConnectionFactory connections)
{
    private readonly string _read = SqlQuery.Load("state/read", connections.Provider);
    private readonly string _setLoadingExtractDate = SqlQuery.Load("state/set_loading_extract_date", connections.Provider);

    public async Task<DataState> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DataState>(new CommandDefinition(_read, cancellationToken: cancellationToken)) ?? new DataState();
    }

    /// <summary>
    /// Records E of the import now running. Each of its table swaps makes it the data's E in the swap's own
    /// transaction, so data and extract date always change together (a crash cannot leave new data with an old E).
    /// </summary>
    public async Task SetLoadingExtractDateAsync(DateOnly extractDate, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(_setLoadingExtractDate, new { extractDate }, cancellationToken: cancellationToken));
    }
}

/// <summary>The one row of data_state.</summary>
public sealed class DataState
{
    /// <summary>E of the data last loaded; null for data loaded before extract dates were recorded (the series then ends at the latest date in the data).</summary>
    public DateOnly? ExtractDate { get; set; }

    public long DataGeneration { get; set; }

    public long RefreshedGeneration { get; set; }

    /// <summary>Data changed since the stored results were computed (or a crash skipped the refresh).</summary>
    public bool IsRefreshPending => RefreshedGeneration < DataGeneration;
}
