using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds the Overview from the stored series of the chosen scope (never computing a metric itself).</summary>
public sealed class OverviewViewModelBuilder(MetricSeriesQuery series, TeamsQuery teams, ImportAuditStore audit, IOptions<MetricTargets> targets, BenchmarksViewBuilder benchmarks)
{
    /// <summary>The headline figures, in the order the tiles show them.</summary>
    public static IReadOnlyList<string> HeadlineIds { get; } = [MetricIds.TurnoverRate, MetricIds.AgencyHeadcount, MetricIds.AgencyRate, MetricIds.VacancyRate, MetricIds.AverageCaseload, MetricIds.ThreePlusWorkersRate, MetricIds.SameWorkerRate, MetricIds.ReReferralRate];

    /// <summary>
    /// The published measure a tile compares with: its own, or for children with 3+ social workers the DfE's
    /// looked-after measure (the nearest published, labelled as such on the tile).
    /// </summary>
    private static Core.Benchmarks.BenchmarkMeasure? PublishedFor(string metricId) =>
        Core.Benchmarks.BenchmarkMeasure.ForMetric(metricId) ?? (metricId == MetricIds.ThreePlusWorkersRate ? Core.Benchmarks.BenchmarkMeasure.ClaThreePlusRate : null);

    /// <summary>How many month ends each tile's trend line shows.</summary>
    public const int TrendMonths = 24;

    /// <param name="filters">The URL's reporting date (the latest stored date when null), service area and team.</param>
    /// <param name="access">Who asks: below council level, small numbers are withheld from those without worker-level rights there.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<OverviewViewModel> BuildAsync(PageFilters filters, Security.UserAccess access, CancellationToken cancellationToken = default)
    {
        var scope = filters.Scope;
        var points = await series.RunAsync(scope.Dimension.ToString(), scope.GroupKey, HeadlineIds, cancellationToken);
        var dates = points.Select(p => p.AsOf).Distinct().Order().ToList();
        var lastImport = await audit.LastRunFinishedAtAsync(cancellationToken);
        var teamList = await teams.RunAsync(cancellationToken);
        var withheld = Core.Disclosure.SmallNumbers.Applies(leavesCouncil: false, access.MaySeeWorkers(filters.ServiceArea, filters.Team, teamList))
            ? WithheldPoints.Of(scope.Dimension, points) : null;
        if (ReportingDate.Resolve(dates, filters.AsOf) is not { } asOf)
        {
            return new OverviewViewModel(null, null, lastImport, scope, teamList, dates, null, []);
        }

        var yearBefore = asOf.AddMonths(-12);
        var report = await benchmarks.ReportAsync(cancellationToken);
        var settings = targets.Value;
        var tiles = HeadlineIds.Select(id =>
        {
            var info = MetricCatalog.Get(id).Info;
            var own = points.Where(p => p.MetricId == id).OrderBy(p => p.AsOf).ToList();
            var current = own.FirstOrDefault(p => p.AsOf == asOf);
            var value = current?.Value;
            var previous = own.FirstOrDefault(p => p.AsOf == yearBefore)?.Value;
            var target = settings.For(id);
            List<MetricSeriesPoint> trend = [.. own.Where(p => p.AsOf <= asOf).TakeLast(TrendMonths)];
            return new OverviewViewModel.Tile(
                info, value, previous, target,
                StatusRules.AgainstTarget(info, (decimal?)value, target, settings.Tolerance),
                StatusRules.AgainstYearBefore(info, (decimal?)value, (decimal?)previous, settings.Tolerance),
                trend,
                SeriesDownload.Url([id], scope, trend.Count > 0 ? trend[0].AsOf : asOf, asOf),
                withheld,
                report is null ? null : PublishedFor(id) is { } measure ? report[measure.Key] : null,
                current?.ShortHistory == true);
        }).ToList();
        return new OverviewViewModel(asOf, yearBefore, lastImport, scope, teamList, dates, filters.AsOf is null ? null : asOf, tiles, report is null ? null : benchmarks.Note(report));
    }
}
