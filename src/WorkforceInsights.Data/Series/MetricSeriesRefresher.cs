using System.Diagnostics;
using Dapper;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.State;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// The only place facts are computed from the extracts: reads the imported data, computes every stored result
/// (the metric series, per-worker facts, leavers by reason, data-quality findings, changes of social worker) for
/// every series date, staging each date's results as it is finished, then swaps them in with one short transaction
/// (<see cref="StoredResultsWriter"/>), so the dashboard reads either the old results or the new, never a mixture.
/// </summary>
public sealed class MetricSeriesRefresher(IDbConnectionFactory connections, MetricInputsQuery inputsQuery, TimeProvider clock)
{
    private readonly string _readBasis = SqlQuery.Load("results/series_basis", connections.Provider);
    private readonly StoredResultsWriter _writer = StoredResultsWriter.For(connections);

    private readonly DataStateStore _state = new(connections);

    /// <summary>Whether data changed since the stored results were computed (or a crash skipped the refresh).</summary>
    public async Task<bool> IsPendingAsync(CancellationToken cancellationToken = default) => (await _state.ReadAsync(cancellationToken)).IsRefreshPending;

    /// <summary>
    /// Recomputes the stored results from the first series date an import changed (everything, the first time, after
    /// an upgrade, or when an input that changes every date changed), and keeps the earlier dates' results, which are
    /// the same as a full recompute would give (<see cref="SeriesBasis"/>).
    /// </summary>
    public Task<MetricRefreshResult> RefreshAsync(CancellationToken cancellationToken = default) => RunAsync(full: false, cancellationToken);

    /// <summary>Recomputes every date, whatever changed (the bench, and the tests that compare a partial refresh with it).</summary>
    public Task<MetricRefreshResult> RecomputeAllAsync(CancellationToken cancellationToken = default) => RunAsync(full: true, cancellationToken);

    private async Task<MetricRefreshResult> RunAsync(bool full, CancellationToken cancellationToken)
    {
        var clockStart = Stopwatch.StartNew();
        // Memory: an import has just loaded the extracts; a compacted heap before the refresh reads them keeps the
        // process's peak to the refresh's own.
        ReleaseUnusedMemory();
        await using var staging = await _writer.BeginAsync(cancellationToken);
        var (result, generation) = await StageAsync(staging, full, clockStart, cancellationToken);
        ReleaseUnusedMemory(); // the extracts' rows and the dates' facts, before the swap's copy takes its own memory
        await staging.SwapInAsync(result, generation, clock.GetUtcNow(), cancellationToken);
        return result with { Seconds = clockStart.Elapsed.TotalSeconds };
    }

    /// <summary>
    /// Reads the inputs, and computes and stages the results of the dates to recompute, each date as it is finished;
    /// the inputs go out of scope with it. Returns the refresh's record and the data generation its results came from.
    /// </summary>
    private async Task<(MetricRefreshResult Result, long Generation)> StageAsync(
        StoredResultsStaging staging, bool full, Stopwatch clockStart, CancellationToken cancellationToken)
    {
        var (inputs, state) = await ReadOneSnapshotAsync(cancellationToken);
        ReleaseUnusedMemory(); // the reading's garbage (its peak is the refresh's)
        var basis = SeriesBasis.Of(inputs, EngineVersion);
        var from = full ? DateOnly.MinValue : basis.RecomputeFrom(await ReadBasisAsync(state.RefreshedGeneration, cancellationToken));
        var dates = MetricSeriesCalculator.ReportingDates(inputs);
        var recomputed = from is { } f ? [.. dates.Where(d => d >= f)] : new List<DateOnly>();
        long points = 0;
        await foreach (var date in MetricSeriesCalculator.CalculateEachAsync(inputs, recomputed, cancellationToken))
        {
            points += date.Points.Count;
            await staging.AddAsync(date, cancellationToken);
        }

        await staging.AddAsync(inputs.Changes.Where(c => c.Date >= (from ?? DateOnly.MaxValue)), cancellationToken);
        await staging.AddAsync(WithGeneration(basis, state.DataGeneration), cancellationToken);
        var result = new MetricRefreshResult(dates.Count > 0 ? dates[0] : null, dates.Count > 0 ? dates[^1] : null, from,
            recomputed.Count, dates.Count, points, clockStart.Elapsed.TotalSeconds);
        return (result, state.DataGeneration);
    }

    /// <summary>A blocking, compacting collection that returns freed memory to the system (cheap beside a refresh; run three times in one).</summary>
    private static void ReleaseUnusedMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>
    /// The code that computes figures, as a version: a new build of the engine or of the reading of its inputs
    /// recomputes every date once (module version ids change with the compiled code).
    /// </summary>
    private static readonly string EngineVersion = string.Join('/',
        typeof(SeriesBasis).Assembly.ManifestModule.ModuleVersionId, typeof(MetricSeriesRefresher).Assembly.ManifestModule.ModuleVersionId);

    /// <summary>
    /// The basis stored with the results, if it describes them: it is written with the data generation the results
    /// came from, and a refresh that did not write one (an older version's, after a roll-back) leaves the two apart,
    /// so everything is recomputed.
    /// </summary>
    private async Task<SeriesBasis?> ReadBasisAsync(long refreshedGeneration, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var parts = (await connection.QueryAsync<(string Part, long Value)>(new CommandDefinition(_readBasis, cancellationToken: cancellationToken)))
            .ToDictionary(p => p.Part, p => p.Value, StringComparer.Ordinal);
        return parts.Remove(ResultsGenerationPart, out var generation) && generation == refreshedGeneration ? new SeriesBasis(parts) : null;
    }

    /// <summary>The basis part that ties it to the results it was stored with (data_state.refreshed_generation).</summary>
    private const string ResultsGenerationPart = "results generation";

    private static SeriesBasis WithGeneration(SeriesBasis basis, long generation) =>
        new(new Dictionary<string, long>(basis.Parts, StringComparer.Ordinal) { [ResultsGenerationPart] = generation });

    /// <summary>
    /// The five sources as one state of the data: every table swap raises the data generation in its own
    /// transaction, so the same generation before and after the (parallel) reads means no swap came between them.
    /// Returns the data state read with them (its generations date the inputs and the stored results).
    /// </summary>
    private async Task<(MetricInputs Inputs, DataState State)> ReadOneSnapshotAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = await _state.ReadAsync(cancellationToken);
            var inputs = await inputsQuery.RunAsync(before.ExtractDate, cancellationToken);
            var after = await _state.ReadAsync(cancellationToken);
            if (after.DataGeneration == before.DataGeneration && after.ExtractDate == before.ExtractDate)
            {
                return (inputs, after);
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("The data kept changing while the refresh read it (another import is loading); the refresh will run after it.");
            }
        }
    }
}
