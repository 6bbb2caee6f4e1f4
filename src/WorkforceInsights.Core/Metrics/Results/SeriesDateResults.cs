using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Series;

namespace WorkforceInsights.Core.Metrics.Results;

/// <summary>
/// Everything the series refresh stores for one series date: the metric points, the per-worker facts, leavers by
/// reason and the data-quality findings. The refresh writes each date's results as they are computed, so it never
/// holds the whole series. Pages, downloads and the CLI read the stored rows; nothing else computes facts
/// from the extracts.
/// </summary>
public sealed record SeriesDateResults(
    DateOnly AsOf,
    IReadOnlyList<MetricPoint> Points,
    IReadOnlyList<WorkerDayFact> Workers,
    IReadOnlyList<StoredLeaversByReason> Leavers,
    IReadOnlyList<StoredFinding> Findings);

/// <summary>A data-quality finding on a series date, as stored.</summary>
public sealed record StoredFinding(DateOnly AsOf, DataQualityFinding Finding);
