using System.Globalization;
using System.Text;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/series.csv?metrics=WF-TURN,WF-AGY-RATE&amp;dimension=Team&amp;group=FS01[&amp;from=yyyy-MM-dd][&amp;to=yyyy-MM-dd]:
/// exactly the numbers a chart plots, as CSV (every chart links here with its own parameters, and its
/// date range when the chart shows part of the history).
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
        endpoints.MapGet(Path, async (string metrics, string dimension, string group, string? from, string? to, MetricSeriesQuery series, CancellationToken cancellationToken) =>
        {
            if (!MetricsParameter.TryParse(metrics, dimension, out var ids, out var parsed))
            {
                return Results.BadRequest("Unknown metric or dimension.");
            }

            var (first, last) = (ReportingDate.Parse(from), ReportingDate.Parse(to));
            if ((from is not null && first is null) || (to is not null && last is null))
            {
                return Results.BadRequest("from and to are dates written yyyy-MM-dd.");
            }

            var points = (await series.RunAsync(parsed.ToString(), group, ids, cancellationToken))
                .Where(p => (first is null || p.AsOf >= first) && (last is null || p.AsOf <= last));
            return Results.File(Encoding.UTF8.GetBytes(ToCsv(points)), "text/csv", $"{string.Join("_", ids)}_{group}.csv");
        });
        return endpoints;
    }

    public static string ToCsv(IEnumerable<MetricSeriesPoint> points)
    {
        var csv = new StringBuilder("as_of,metric_id,metric,value,numerator,denominator\n");
        foreach (var p in points.OrderBy(p => p.AsOf).ThenBy(p => p.MetricId, StringComparer.Ordinal))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{p.AsOf:yyyy-MM-dd},{p.MetricId},{CsvText.Field(MetricCatalog.Get(p.MetricId).Info.Title)},{Figures.Raw(p.Value)},{Figures.Raw(p.Numerator)},{Figures.Raw(p.Denominator)}\n");
        }

        return csv.ToString();
    }
}
