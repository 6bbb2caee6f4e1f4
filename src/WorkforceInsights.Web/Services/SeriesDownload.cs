using Microsoft.Extensions.Options;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Targets;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/series.csv?metrics=WF-TURN,WF-AGY-RATE&amp;dimension=Team&amp;group=FS01[&amp;from=yyyy-MM-dd][&amp;to=yyyy-MM-dd]:
/// exactly the numbers a chart plots, as CSV (every chart links here with its own parameters, and its
/// date range when the chart shows part of the history); <c>series.svg</c> and <c>series.png</c> are the chart.
/// A download leaves the council: small numbers are withheld at every level, the council's own headline totals aside.
/// </summary>
public static class SeriesDownload
{
    public const string Path = "/download/series.csv";

    public static string Url(IEnumerable<string> metricIds, SeriesScope scope, DateOnly? from = null, DateOnly? to = null) =>
        $"{Path}?metrics={Uri.EscapeDataString(string.Join(",", metricIds))}&dimension={scope.Dimension}&group={Uri.EscapeDataString(scope.GroupKey)}"
        + (from is { } f ? $"&from={ReportingDate.Key(f)}" : string.Empty)
        + (to is { } t ? $"&to={ReportingDate.Key(t)}" : string.Empty);

    public static IEndpointRouteBuilder MapSeriesDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] Request request, MetricSeriesQuery series, CancellationToken cancellationToken) =>
        {
            var (error, ids, points, withheld) = await ReadAsync(request, series, cancellationToken);
            return error ?? CsvDownload.File(ToCsv(points, withheld), $"{string.Join("_", ids)}_{request.Group}.csv");
        });
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, [AsParameters] Request request, MetricSeriesQuery series, ChartCache charts, IOptions<MetricTargets> targets, CancellationToken cancellationToken) =>
        {
            var (error, ids, points, withheld) = await ReadAsync(request, series, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var title = $"{PageCharts.TitleFor(ids)}: {SeriesScope.LabelOf(request.Dimension, request.Group)}";
            var spec = ChartSpecs.Trend(title, ids, points, ids.Length == 1 ? targets.Value.For(ids[0]) : null, withheld: withheld);
            return ChartImage.Result(charts, spec, format, $"{string.Join("_", ids)}_{request.Group}");
        });
        return endpoints;
    }

    private static async Task<(IResult? Error, string[] Ids, List<MetricSeriesPoint> Points, WithheldPoints Withheld)> ReadAsync(Request request, MetricSeriesQuery series, CancellationToken cancellationToken)
    {
        if (!MetricsParameter.TryParse(request.Metrics, request.Dimension, out var ids, out var parsed))
        {
            return (Results.BadRequest("Unknown metric or dimension."), ids, [], WithheldPoints.None);
        }

        var (first, last) = (ReportingDate.Parse(request.From), ReportingDate.Parse(request.To));
        if ((request.From is not null && first is null) || (request.To is not null && last is null))
        {
            return (Results.BadRequest("from and to are dates written yyyy-MM-dd."), ids, [], WithheldPoints.None);
        }

        // Every part of a breakdown is read, so the parts asked for are withheld as the whole breakdown would be.
        var read = (await series.RunAsync(parsed.ToString(), request.Group, BreakdownFamily.WithFamilies(ids), cancellationToken))
            .Where(p => (first is null || p.AsOf >= first) && (last is null || p.AsOf <= last)).ToList();
        return (null, ids, [.. read.Where(p => ids.Contains(p.MetricId))], WithheldPoints.Of(parsed, read));
    }

    /// <param name="points">The points, in any order.</param>
    /// <param name="withheld">What the small-numbers rule withholds of them.</param>
    public static string ToCsv(IEnumerable<MetricSeriesPoint> points, WithheldPoints withheld) => CsvDownload.Write<SeriesCsvRow, SeriesCsvMap>(
        points.OrderBy(p => p.AsOf).ThenBy(p => p.MetricId, StringComparer.Ordinal).Select(p =>
        {
            var info = MetricCatalog.Get(p.MetricId).Info;
            var (value, numerator, denominator) = WithheldCells.Of(withheld[p], info.Unit, p.Value, p.Numerator, p.Denominator);
            return new SeriesCsvRow(ReportingDate.Key(p.AsOf), p.MetricId, info.Title, value, numerator, denominator);
        }));

    /// <summary>The query of a series download.</summary>
    public sealed record Request(string Metrics, string Dimension, string Group, string? From, string? To);
}
