using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The council's data in memory for pages that need per-worker facts (Caseloads). Reloaded when a
/// new series refresh has happened since it was read, i.e. after each import that changed data.
/// </summary>
public sealed class MetricInputsCache(MetricInputsQuery inputs, MetricSeriesRefresher refresher) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (long RefreshCount, MetricInputs Inputs)? _cached;

    public async Task<MetricInputs> GetAsync(CancellationToken cancellationToken = default)
    {
        var refreshes = await refresher.RefreshCountAsync(cancellationToken);
        if (_cached is { } hit && hit.RefreshCount == refreshes)
        {
            return hit.Inputs;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_cached is not { } current || current.RefreshCount != refreshes)
            {
                _cached = (refreshes, await inputs.RunAsync(cancellationToken));
            }

            return _cached.Value.Inputs;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
