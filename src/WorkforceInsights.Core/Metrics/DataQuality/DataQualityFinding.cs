namespace WorkforceInsights.Core.Metrics.DataQuality;

/// <summary>
/// One data-quality problem that affects the figures, located well enough to fix at source.
/// Ids only (pseudonymous child ids, worker ids): no names.
/// </summary>
/// <param name="MetricId">The DQ-* metric that counts it.</param>
/// <param name="WorkerId">The worker concerned, if any.</param>
/// <param name="ChildId">The child concerned, if any.</param>
/// <param name="Detail">What is wrong, with the dates or team involved.</param>
public sealed record DataQualityFinding(string MetricId, string? WorkerId, string? ChildId, string Detail);
