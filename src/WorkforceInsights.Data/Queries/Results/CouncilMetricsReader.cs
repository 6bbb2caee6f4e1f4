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
        await StoredMetricsOnAsync(asOf, cancellationToken) ?? CouncilMetrics.Calculate(await InputsAsync(cancellationToken), asOf);

    public async Task<IReadOnlyList<DataQualityFinding>> FindingsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default) =>
        await StoredMetricsOnAsync(asOf, cancellationToken) is not null
            ? await stored.FindingsOnAsync(asOf, cancellationToken)
            : DataQualityFindings.On(await InputsAsync(cancellationToken), asOf);

    /// <summary>The stored figures of the date when the series holds it and no data changed since it was stored; else null (they are computed).</summary>
    private async Task<CouncilMetrics?> StoredMetricsOnAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        (await state.ReadAsync(cancellationToken)).IsRefreshPending ? null : await stored.CouncilMetricsOnAsync(asOf, cancellationToken);

    private async Task<MetricInputs> InputsAsync(CancellationToken cancellationToken) => _inputs ??= await inputsQuery.RunAsync(cancellationToken: cancellationToken);
}
