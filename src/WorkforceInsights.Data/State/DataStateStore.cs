using Dapper;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.State;

/// <summary>
/// The imported data's extract date and generations (schema 0011, sql/queries/state). Both are written by an import
/// run's swap (<see cref="Loading.IImportStaging.SwapAllAsync"/>), in its transaction; the column loading_extract_date
/// of schema 0011 is no longer written.
/// </summary>
public sealed class DataStateStore(IDbConnectionFactory connections)
{
    private readonly string _read = SqlQuery.Load("state/read", connections.Provider);

    public async Task<DataState> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DataState>(new CommandDefinition(_read, cancellationToken: cancellationToken)) ?? new DataState();
    }
}

/// <summary>The one row of data_state.</summary>
public sealed class DataState
{
    /// <summary>E of the data last loaded; null for data loaded before extract dates were recorded (the series then ends at the latest date in the data).</summary>
    public DateOnly? ExtractDate { get; set; }

    public long DataGeneration { get; set; }

    public long RefreshedGeneration { get; set; }

    /// <summary>
    /// The tables hold a run's data newer than the stored results: from a run's swap until its refresh, or until the
    /// next import or start when a crash skipped that refresh. Only a
    /// run's swap raises the data generation, with every table it replaces, so the refresh this calls for always
    /// computes from one run's complete data.
    /// </summary>
    public bool IsRefreshPending => RefreshedGeneration < DataGeneration;
}
