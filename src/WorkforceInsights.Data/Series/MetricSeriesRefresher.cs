using System.Diagnostics;
using Dapper;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.State;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// The only place facts are computed from the extracts: reads the imported data, computes every stored result
/// (the metric series, per-worker facts, leavers by reason, data-quality findings, changes of social worker) for
/// every series date, then swaps them in with one short transaction (<see cref="StoredResultsWriter"/>), so the
/// dashboard reads either the old results or the new, never a mixture.
/// </summary>
public sealed class MetricSeriesRefresher(IDbConnectionFactory connections, MetricInputsQuery inputsQuery, TimeProvider clock)
{
    private readonly string _refreshCount = SqlQuery.Load("series/refresh_count", connections.Provider);
    private readonly StoredResultsWriter _writer = StoredResultsWriter.For(connections);

    private readonly DataStateStore _state = new(connections);

    /// <summary>Whether data changed since the stored results were computed (or a crash skipped the refresh).</summary>
    public async Task<bool> IsPendingAsync(CancellationToken cancellationToken = default) => (await _state.ReadAsync(cancellationToken)).IsRefreshPending;

    public async Task<MetricRefreshResult> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var clockStart = Stopwatch.StartNew();
        var (inputs, generation) = await ReadOneSnapshotAsync(cancellationToken);
        var dates = MetricSeriesCalculator.ReportingDates(inputs);
        var results = MetricSeriesCalculator.CalculateResults(inputs, dates);
        inputs = null; // the extracts' rows are not needed while the results are written
        var result = new MetricRefreshResult(dates.Count > 0 ? dates[0] : null, dates.Count > 0 ? dates[^1] : null, results.Points.Count, clockStart.Elapsed.TotalSeconds);
        await _writer.WriteAsync(results, result, generation, clock.GetUtcNow(), cancellationToken);
        return result with { Seconds = clockStart.Elapsed.TotalSeconds };
    }

    /// <summary>
    /// The five sources as one state of the data: every table swap raises the data generation in its own
    /// transaction, so the same generation before and after the (parallel) reads means no swap came between them.
    /// </summary>
    private async Task<(MetricInputs Inputs, long Generation)> ReadOneSnapshotAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = await _state.ReadAsync(cancellationToken);
            var inputs = await inputsQuery.RunAsync(before.ExtractDate, cancellationToken);
            var after = await _state.ReadAsync(cancellationToken);
            if (after.DataGeneration == before.DataGeneration && after.ExtractDate == before.ExtractDate)
            {
                return (inputs, before.DataGeneration);
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("The data kept changing while the refresh read it (another import is loading); the refresh will run after it.");
            }
        }
    }

    /// <summary>How many refreshes have run: a change means the data changed (caches key on it).</summary>
    public async Task<long> RefreshCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(_refreshCount);
    }
}
