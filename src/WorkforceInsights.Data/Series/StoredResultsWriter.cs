using System.Data.Common;
using System.Globalization;
using Dapper;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// Writes a refresh's results in two steps. Staging: each series date's rows go, as soon as they are computed, into
/// session-private copies of the stored-results tables (SQLite's TEMP tables, SQL Server's #tables), which take no
/// lock on the shared tables, so the refresh holds a few dates in memory, not the series. Swap: one short
/// transaction clears the stored results it recomputed (every table, or the dates from the first one an import
/// changed), copies the staged rows in, and records the refresh, so a reader sees the old results or the new, never a
/// mixture, and a crash leaves the old ones (and drops the staged ones with its session).
/// </summary>
public abstract class StoredResultsWriter(IDbConnectionFactory connections)
{
    private readonly string _clear = SqlQuery.Load("results/clear", connections.Provider);
    private readonly string _clearFrom = SqlQuery.Load("results/clear_from", connections.Provider);
    private readonly string _recordRefresh = SqlQuery.Load("series/record_refresh", connections.Provider);
    private readonly string _markRefreshed = SqlQuery.Load("state/mark_refreshed", connections.Provider);

    public static StoredResultsWriter For(IDbConnectionFactory connections) =>
        connections.Provider == DatabaseProvider.SqlServer ? new SqlServerStoredResultsWriter(connections) : new SqliteStoredResultsWriter(connections);

    /// <summary>Opens a connection with an empty staging table for each stored-results table.</summary>
    public async Task<StoredResultsStaging> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await OpenStagingConnectionAsync(connections, cancellationToken);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(CreateStaging(), cancellationToken: cancellationToken));
            return new StoredResultsStaging(this, connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The connection that stages and swaps (the session the staging tables belong to).</summary>
    protected virtual Task<DbConnection> OpenStagingConnectionAsync(IDbConnectionFactory factory, CancellationToken cancellationToken) =>
        factory.OpenAsync(cancellationToken);

    /// <summary>
    /// Readies the staged rows for the swap outside its transaction (SQLite indexes them in copy order, so the
    /// swap, which holds the write lock, copies them in order without sorting).
    /// </summary>
    internal async Task PrepareSwapAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (PrepareSwap() is { Length: > 0 } prepare)
        {
            await connection.ExecuteAsync(new CommandDefinition(prepare, commandTimeout: 0, cancellationToken: cancellationToken));
        }
    }

    /// <summary>The swap: the recomputed results replaced by the staged ones, and the refresh recorded, in one transaction.</summary>
    /// <param name="generation">The data generation the results were computed from, recorded with them.</param>
    internal async Task SwapInAsync(DbConnection connection, MetricRefreshResult refresh, long generation, DateTimeOffset refreshedAt, CancellationToken cancellationToken)
    {
        await PrepareSwapAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // No command timeout: clearing and copying a large council's results can take longer than the default 30 s.
        var clear = refresh.IsFull
            ? new CommandDefinition(_clear, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken)
            : new CommandDefinition(_clearFrom, new
            {
                from = refresh.RecomputedFrom ?? DateOnly.MaxValue, // nothing recomputed: only the basis is rewritten
                first = refresh.FirstAsOf,
                latest = refresh.LatestAsOf,
            }, transaction, commandTimeout: 0, cancellationToken: cancellationToken);
        await connection.ExecuteAsync(clear);
        foreach (var table in StoredResultTables.All)
        {
            await connection.ExecuteAsync(new CommandDefinition(CopyStaged(table), transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        }

        await connection.ExecuteAsync(new CommandDefinition(_recordRefresh, new
        {
            refreshedAt = refreshedAt.ToString("O", CultureInfo.InvariantCulture),
            firstAsOf = IsoDate.Of(refresh.FirstAsOf),
            latestAsOf = IsoDate.Of(refresh.LatestAsOf),
            points = refresh.Points,
            seconds = refresh.Seconds,
        }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(_markRefreshed, new { generation }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Creates an empty staging table for every stored-results table (dropping any an earlier use of the session left).</summary>
    public abstract string CreateStaging();

    /// <summary>What readies the staged rows for the swap, run outside its transaction (empty: nothing).</summary>
    public abstract string PrepareSwap();

    /// <summary>Copies one table's staged rows into it (inside the swap's transaction).</summary>
    public abstract string CopyStaged(IStoredResultTable table);

    /// <summary>Drops the staging tables.</summary>
    public abstract string DropStaging();

    /// <summary>Writes rows into the staging tables (outside any transaction on the stored results).</summary>
    protected internal abstract Task StageAsync(DbConnection connection, IEnumerable<(IStoredResultTable Table, IEnumerable<object?[]> Rows)> tables, CancellationToken cancellationToken);
}
