using System.Diagnostics;
using System.Globalization;
using Dapper;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Queries;
using WorkforceInsights.Data.Queries.Metrics;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// Recomputes every stored metric series from the imported data and replaces metric_snapshots in
/// one transaction, so the dashboard reads either the old series or the new, never a mixture.
/// </summary>
public sealed class MetricSeriesRefresher(IDbConnectionFactory connections, ITableReplacer replacer, MetricInputsQuery inputsQuery, TimeProvider clock)
{
    private readonly string _recordRefresh = SqlQuery.Load("series/record_refresh", connections.Provider);
    private readonly string _refreshCount = SqlQuery.Load("series/refresh_count", connections.Provider);

    /// <summary>The stored series table, as the loader fills it.</summary>
    public static ExtractTable Table { get; } = new("metric_snapshots",
        ["as_of", "metric_id", "dimension", "group_key", "numerator", "denominator", "value", "source_line"],
        ["metric_id", "dimension", "group_key", "as_of"]);

    public async Task<MetricRefreshResult> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var clockStart = Stopwatch.StartNew();
        var inputs = await inputsQuery.RunAsync(cancellationToken);
        var dates = MetricSeriesCalculator.ReportingDates(inputs);
        long points = 0;
        await using (var replacement = await replacer.BeginAsync(Table, _ => throw new InvalidOperationException("A metric point was computed twice."), cancellationToken))
        {
            var values = new object?[Table.Columns.Count];
            foreach (var point in MetricSeriesCalculator.Calculate(inputs, dates))
            {
                values[0] = point.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                values[1] = point.MetricId;
                values[2] = point.Dimension.ToString();
                values[3] = point.GroupKey;
                values[4] = (double)point.Result.Numerator;
                values[5] = point.Result.Denominator is { } d ? (double)d : null;
                values[6] = point.Result.Value is { } v ? (double)v : null;
                values[7] = ++points;
                replacement.Insert(values);
            }

            await replacement.CommitAsync(cancellationToken);
        }

        var result = new MetricRefreshResult(dates.Count > 0 ? dates[0] : null, dates.Count > 0 ? dates[^1] : null, points, clockStart.Elapsed.TotalSeconds);
        await RecordAsync(result, cancellationToken);
        return result;
    }

    /// <summary>True once any refresh has stored the series.</summary>
    public async Task<bool> HasRefreshedAsync(CancellationToken cancellationToken = default) => await RefreshCountAsync(cancellationToken) > 0;

    /// <summary>How many refreshes have run: a change means the data changed (caches key on it).</summary>
    public async Task<long> RefreshCountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(_refreshCount);
    }

    private async Task RecordAsync(MetricRefreshResult result, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(_recordRefresh, new
        {
            refreshedAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            firstAsOf = result.FirstAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            latestAsOf = result.LatestAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            points = result.Points,
            seconds = result.Seconds,
        });
    }
}
