using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Series;

namespace WorkforceInsights.Core.Metrics.Results;

/// <summary>
/// Everything the series refresh stores, computed in one pass over the dates: the metric points, the per-worker facts,
/// leavers by reason, the data-quality findings, and the changes of social worker. Pages, downloads and the CLI read
/// these; nothing else computes facts from the extracts.
/// </summary>
public sealed record SeriesResults(
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<MetricPoint> Points,
    IReadOnlyList<WorkerDayFact> Workers,
    IReadOnlyList<StoredLeaversByReason> Leavers,
    IReadOnlyList<StoredFinding> Findings,
    IReadOnlyList<ChangeOfWorker> Changes);

/// <summary>A data-quality finding on a series date, as stored.</summary>
public sealed record StoredFinding(DateOnly AsOf, DataQualityFinding Finding);
