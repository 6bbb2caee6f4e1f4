using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Web.Services;

/// <summary>Builds a trend page from the stored series of the chosen service area, team or council, up to the reporting date.</summary>
public sealed class TrendPageBuilder(MetricSeriesQuery series, TeamsQuery teams, ImportAuditStore audit, IOptions<MetricTargets> targets, BenchmarksViewBuilder benchmarks)
{
    /// <param name="charts">The page's charts.</param>
    /// <param name="filters">The URL's reporting date, service area, team and case type.</param>
    /// <param name="access">Who asks: below council level, small numbers are withheld from those without worker-level rights there.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<TrendPageViewModel> BuildAsync(IReadOnlyList<(string Title, string[] MetricIds)> charts, PageFilters filters, Security.UserAccess access, CancellationToken cancellationToken = default)
    {
        var scope = filters.Scope;
        var teamList = await teams.RunAsync(cancellationToken);
        var applies = SmallNumbers.Applies(leavesCouncil: false, access.MaySeeWorkers(filters.ServiceArea, filters.Team, teamList));
        // Every part of a breakdown is read, so a chart of some parts withholds what the whole breakdown would.
        var ids = BreakdownFamily.WithFamilies(charts.SelectMany(c => c.MetricIds));
        var stored = await series.RunAsync(scope.Dimension.ToString(), scope.GroupKey, ids, cancellationToken);
        var dates = stored.Select(p => p.AsOf).Distinct().Order().ToList();
        var asOf = ReportingDate.Resolve(dates, filters.AsOf);
        var points = stored.Where(p => p.AsOf <= asOf).ToList();
        var withheld = WithheldPoints.Of(scope.Dimension, points, applies);
        // The DfE publishes council figures only: a team's or area's trend carries no benchmark markers.
        var report = scope.Dimension == Core.Metrics.Dimension.Council ? await benchmarks.ReportAsync(cancellationToken) : null;
        var built = charts.Select(c => new TrendPageViewModel.Chart(
            ChartSpecs.Trend(c.Title, c.MetricIds, [.. points.Where(p => c.MetricIds.Contains(p.MetricId))], c.MetricIds.Length == 1 ? targets.Value.For(c.MetricIds[0]) : null, withheld: withheld),
            c.MetricIds,
            SeriesDownload.Url(c.MetricIds, scope, to: asOf))).ToList();
        for (var i = 0; i < built.Count; i++)
        {
            built[i] = built[i] with { Spec = await benchmarks.WithMarkersAsync(built[i].Spec, report, cancellationToken) };
        }

        return new TrendPageViewModel(scope, teamList, built, dates, asOf, filters.AsOf is null ? null : asOf, await audit.LastRunFinishedAtAsync(cancellationToken));
    }
}
