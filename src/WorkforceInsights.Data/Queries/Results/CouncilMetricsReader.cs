using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Data.Queries.Metrics;

namespace WorkforceInsights.Data.Queries.Results;

/// <summary>
/// The council's figures and findings on any date (the CLI's contract allows any day): the stored results where the
/// series has the date, else computed with the same engine from the imported data, read once on first need.
/// </summary>
public sealed class CouncilMetricsReader(StoredResultsQuery stored, MetricInputsQuery inputsQuery, State.DataStateStore state)
{
    private MetricInputs? _inputs;

    public async Task<CouncilMetrics> MetricsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        (await IsStoredAsync(asOf, cancellationToken) ? await stored.CouncilMetricsOnAsync(asOf, cancellationToken) : null)
        ?? CouncilMetrics.Calculate(await InputsAsync(cancellationToken), asOf);

    /// <summary>Whether the date's figures come from the stored series: it holds the date, and no data changed since it was stored (else they are computed).</summary>
    public async Task<bool> IsStoredAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        !(await state.ReadAsync(cancellationToken)).IsRefreshPending && await stored.CouncilMetricsOnAsync(asOf, cancellationToken) is not null;

    public async Task<IReadOnlyList<DataQualityFinding>> FindingsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        await IsStoredAsync(asOf, cancellationToken)
            ? await stored.FindingsOnAsync(asOf, cancellationToken)
            : DataQualityFindings.On(await InputsAsync(cancellationToken), asOf);

    private async Task<MetricInputs> InputsAsync(CancellationToken cancellationToken) => _inputs ??= await inputsQuery.RunAsync(cancellationToken: cancellationToken);
}
