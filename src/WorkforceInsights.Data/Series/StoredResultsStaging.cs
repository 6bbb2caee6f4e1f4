using System.Data.Common;
using Dapper;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Core.Metrics.Series;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// One refresh's staged results on their own connection (<see cref="StoredResultsWriter"/>): add each date's results
/// as they are computed, the changes of worker and the basis, then swap them in. Disposing without swapping leaves
/// the stored results as they were.
/// </summary>
public sealed class StoredResultsStaging : IAsyncDisposable
{
    private readonly StoredResultsWriter _writer;
    private readonly DbConnection _connection;

    internal StoredResultsStaging(StoredResultsWriter writer, DbConnection connection) => (_writer, _connection) = (writer, connection);

    public Task AddAsync(SeriesDateResults date, CancellationToken cancellationToken = default) =>
        _writer.StageAsync(_connection, StoredResultTables.RowsOf(date), cancellationToken);

    /// <summary>The changes of worker the refresh recomputed (those dated on or after the first date it recomputed).</summary>
    public Task AddAsync(IEnumerable<ChangeOfWorker> changes, CancellationToken cancellationToken = default) =>
        _writer.StageAsync(_connection, [(StoredResultTables.WorkerChanges, StoredResultTables.WorkerChanges.Rows(changes))], cancellationToken);

    /// <summary>What the results were computed from, for the next refresh to compare (rewritten whole).</summary>
    public Task AddAsync(SeriesBasis basis, CancellationToken cancellationToken = default) =>
        _writer.StageAsync(_connection, [(StoredResultTables.SeriesBasis, StoredResultTables.SeriesBasis.Rows(basis.Parts))], cancellationToken);

    /// <inheritdoc cref="StoredResultsWriter.SwapInAsync"/>
    public Task SwapInAsync(MetricRefreshResult refresh, long generation, DateTimeOffset refreshedAt, CancellationToken cancellationToken = default) =>
        _writer.SwapInAsync(_connection, refresh, generation, refreshedAt, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            // SQLite's unpooled connection deletes its temporary file as it closes; a pooled SQL Server session drops
            // its #tables only when it is reused, so they are dropped here.
            await _connection.ExecuteAsync(_writer.DropStaging());
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ObjectDisposedException)
        {
            // A connection left unusable (by the error that ended the refresh) has lost its session and its staging
            // tables; that error, not this one, is the one to report.
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
