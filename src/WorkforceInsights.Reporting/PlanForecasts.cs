using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.State;

namespace WorkforceInsights.Reporting;

/// <summary>
/// Forecast reports (forecast.md) for the Plan page, its downloads and the briefing pack. The imported data is read
/// once per data generation, and each report asked for is kept until the generation changes: a page is drawn twice
/// (prerendered, then live) and each of its six charts has three downloads, all from one report.
/// </summary>
public sealed class PlanForecasts(MetricInputsQuery inputsQuery, DataStateStore state, IOptions<MetricTargets> targets) : IDisposable
{
    /// <summary>Enough for the scenarios a few people try at once; the oldest are dropped past it.</summary>
    private const int ReportsKept = 32;

    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly ConcurrentDictionary<(long, DateOnly, int, ForecastScenario), Lazy<ForecastReport>> _reports = new();
    private (long Generation, MetricInputs Inputs)? _inputs;

    /// <summary>E of the imported data, or null when nothing is imported yet.</summary>
    public async Task<DateOnly?> ExtractDateAsync(CancellationToken cancellationToken = default) =>
        (await state.ReadAsync(cancellationToken)).ExtractDate;

    /// <param name="asOf">E, or an earlier date: the forecast made with the data as it stood then.</param>
    /// <param name="months">H, 1 to <see cref="ForecastDates.MaxMonths"/>.</param>
    /// <param name="scenario">The decision tried (the baseline when every field is 0).</param>
    /// <param name="cancellationToken">Cancels the read of the data.</param>
    public async Task<ForecastReport> ReportAsync(DateOnly asOf, int months, ForecastScenario scenario, CancellationToken cancellationToken = default)
    {
        var (generation, inputs) = await InputsAsync(cancellationToken);
        if (generation < 0)
        {
            return ForecastReport.Build(inputs, asOf, months, scenario, targets.Value);
        }

        if (_reports.Count > ReportsKept)
        {
            _reports.Clear();
        }

        // Lazy: two requests for the same report (the page and its images) compute it once.
        return _reports.GetOrAdd((generation, asOf, months, scenario), _ => new Lazy<ForecastReport>(() => ForecastReport.Build(inputs, asOf, months, scenario, targets.Value))).Value;
    }

    private async Task<(long Generation, MetricInputs Inputs)> InputsAsync(CancellationToken cancellationToken)
    {
        var generation = (await state.ReadAsync(cancellationToken)).DataGeneration;
        if (_inputs is { } cached && cached.Generation == generation)
        {
            return cached;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (_inputs is { } read && read.Generation == generation)
            {
                return read;
            }

            var inputs = await inputsQuery.RunAsync(cancellationToken: cancellationToken);
            // An import that swapped in new data during the read is read again: the data read may be either run's.
            var after = (await state.ReadAsync(cancellationToken)).DataGeneration;
            if (after == generation)
            {
                _reports.Clear();
                _inputs = (generation, inputs);
            }

            return (after == generation ? generation : -1, inputs); // -1: not kept
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();
}
