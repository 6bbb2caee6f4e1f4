using System.Data.Common;
using System.Globalization;
using Dapper;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// Swaps a refresh's results in: one transaction clears the stored results it recomputed (every table, or the dates
/// from the first one an import changed), writes the new rows and the basis, and records the refresh, so a reader
/// sees the old results or the new, never a mixture, and a crash leaves the old ones. The results are computed before
/// this starts, so the write lock is held only for the writing.
/// </summary>
public abstract class StoredResultsWriter(IDbConnectionFactory connections)
{
    private readonly string _clear = SqlQuery.Load("results/clear", connections.Provider);
    private readonly string _clearFrom = SqlQuery.Load("results/clear_from", connections.Provider);
    private readonly string _recordRefresh = SqlQuery.Load("series/record_refresh", connections.Provider);
    private readonly string _markRefreshed = SqlQuery.Load("state/mark_refreshed", connections.Provider);

    public static StoredResultsWriter For(IDbConnectionFactory connections) =>
        connections.Provider == DatabaseProvider.SqlServer ? new SqlServerStoredResultsWriter(connections) : new SqliteStoredResultsWriter(connections);

    /// <param name="results">The results of the dates recomputed (all of them, or those from <see cref="MetricRefreshResult.RecomputedFrom"/>).</param>
    /// <param name="basis">What they were computed from, stored for the next refresh to compare.</param>
    /// <param name="generation">The data generation the results were computed from, recorded with them.</param>
    public async Task WriteAsync(SeriesResults results, SeriesBasis basis, MetricRefreshResult refresh, long generation, DateTimeOffset refreshedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // No command timeout: clearing and recording a large council's results can take longer than the default 30 s.
        var clear = refresh.IsFull
            ? new CommandDefinition(_clear, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken)
            : new CommandDefinition(_clearFrom, new
            {
                from = refresh.RecomputedFrom ?? DateOnly.MaxValue, // nothing recomputed: only the basis is rewritten
                first = refresh.FirstAsOf,
                latest = refresh.LatestAsOf,
            }, transaction, commandTimeout: 0, cancellationToken: cancellationToken);
        await connection.ExecuteAsync(clear);
        foreach (var (table, rows) in StoredResultTables.RowsOf(results, basis))
        {
            await InsertAsync(connection, transaction, table, rows, cancellationToken);
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

    /// <summary>Writes every row of one table inside the transaction.</summary>
    protected abstract Task InsertAsync(DbConnection connection, DbTransaction transaction, IStoredResultTable table, IEnumerable<object?[]> rows, CancellationToken cancellationToken);
}
