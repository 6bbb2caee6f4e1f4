using System.Globalization;
using System.Text;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/series.csv?metrics=WF-TURN,WF-AGY-RATE&amp;dimension=Team&amp;group=FS01: exactly the
/// numbers a chart plots, as CSV (every chart links here with its own parameters).
/// </summary>
public static class SeriesDownload
{
    public const string Path = "/download/series.csv";

    public static string Url(IEnumerable<string> metricIds, SeriesScope scope) =>
        $"{Path}?metrics={Uri.EscapeDataString(string.Join(",", metricIds))}&dimension={scope.Dimension}&group={Uri.EscapeDataString(scope.GroupKey)}";

    public static IEndpointRouteBuilder MapSeriesDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (string metrics, string dimension, string group, MetricSeriesQuery series, CancellationToken cancellationToken) =>
        {
            var ids = metrics.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids.Length == 0 || ids.Any(id => MetricCatalog.All.All(m => m.Info.Id != id)) || !Enum.TryParse<Dimension>(dimension, out var parsed))
            {
                return Results.BadRequest("Unknown metric or dimension.");
            }

            var points = await series.RunAsync(parsed.ToString(), group, ids, cancellationToken);
            return Results.File(Encoding.UTF8.GetBytes(ToCsv(points)), "text/csv", $"{string.Join("_", ids)}_{group}.csv");
        });
        return endpoints;
    }

    public static string ToCsv(IEnumerable<MetricSeriesPoint> points)
    {
        var csv = new StringBuilder("as_of,metric_id,metric,value,numerator,denominator\n");
        foreach (var p in points.OrderBy(p => p.AsOf).ThenBy(p => p.MetricId, StringComparer.Ordinal))
        {
            var title = MetricCatalog.Get(p.MetricId).Info.Title.Replace("\"", "\"\"", StringComparison.Ordinal);
            csv.Append(CultureInfo.InvariantCulture, $"{p.AsOf:yyyy-MM-dd},{p.MetricId},\"{title}\",{Figures.Raw(p.Value)},{Figures.Raw(p.Numerator)},{Figures.Raw(p.Denominator)}\n");
        }

        return csv.ToString();
    }
}
