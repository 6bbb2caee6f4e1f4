using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the Overview from the stored council series (never computing a metric itself).</summary>
public sealed class OverviewViewModelBuilder(MetricSeriesQuery series, ImportAuditStore audit, IOptions<MetricTargets> targets)
{
    /// <summary>The headline figures, in the order the tiles show them.</summary>
    public static IReadOnlyList<string> HeadlineIds { get; } = ["WF-TURN", "WF-AGY-HC", "WF-AGY-RATE", "WF-VAC-RATE", "CASE-AVG", "CH-3P-RATE", "CH-SAME-RATE", "REF-RATE"];

    private const int TrendMonths = 24;

    /// <param name="requested">The reporting date asked for (from the URL); the latest stored date when null.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<OverviewViewModel> BuildAsync(DateOnly? requested, CancellationToken cancellationToken = default)
    {
        var points = await series.RunAsync(nameof(Dimension.Council), Core.Metrics.Facts.MetricDaySplitter.CouncilKey, HeadlineIds, cancellationToken);
        var dates = points.Select(p => p.AsOf).Distinct().Order().ToList();
        var asOf = requested is { } r ? dates.FindLast(d => d <= r) : dates.Count > 0 ? dates[^1] : default;
        var runs = await audit.RecentRunsAsync(1, cancellationToken);
        var lastRun = runs.Count > 0 ? runs[0] : null;
        if (asOf == default)
        {
            return new OverviewViewModel(null, null, lastRun?.FinishedAt, []);
        }

        var yearBefore = asOf.AddMonths(-12);
        var settings = targets.Value;
        var tiles = HeadlineIds.Select(id =>
        {
            var info = MetricCatalog.Get(id).Info;
            var own = points.Where(p => p.MetricId == id).ToList();
            var value = own.FirstOrDefault(p => p.AsOf == asOf)?.Value;
            var previous = own.FirstOrDefault(p => p.AsOf == yearBefore)?.Value;
            var target = settings.For(id);
            return new OverviewViewModel.Tile(
                info, value, previous, target,
                StatusRules.AgainstTarget(info, (decimal?)value, target, settings.Tolerance),
                StatusRules.AgainstYearBefore(info, (decimal?)value, (decimal?)previous, settings.Tolerance),
                [.. own.Where(p => p.AsOf <= asOf && p.AsOf > asOf.AddMonths(-TrendMonths))]);
        }).ToList();
        return new OverviewViewModel(asOf, yearBefore, lastRun?.FinishedAt, tiles);
    }
}
