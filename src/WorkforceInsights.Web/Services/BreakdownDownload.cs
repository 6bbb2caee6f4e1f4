using System.Globalization;
using System.Text;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/breakdown.csv?metrics=CH-W1,CH-W2&amp;dimension=CaseType&amp;asOf=yyyy-MM-dd: the stored figures of
/// every group of one breakdown on one date, as CSV (what a <see cref="BreakdownView"/> of metrics plots).
/// </summary>
public static class BreakdownDownload
{
    public const string Path = "/download/breakdown.csv";

    public static string Url(IEnumerable<string> metricIds, Dimension dimension, DateOnly asOf) =>
        $"{Path}?metrics={Uri.EscapeDataString(string.Join(",", metricIds))}&dimension={dimension}&asOf={ReportingDate.Key(asOf)}";

    public static IEndpointRouteBuilder MapBreakdownDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (string metrics, string dimension, string asOf, MetricBreakdownQuery breakdown, CancellationToken cancellationToken) =>
        {
            if (!MetricsParameter.TryParse(metrics, dimension, out var ids, out var parsed) || ReportingDate.Parse(asOf) is not { } date)
            {
                return Results.BadRequest("Unknown metric or dimension, or asOf not written yyyy-MM-dd.");
            }

            var points = await breakdown.RunAsync(parsed.ToString(), date, ids, cancellationToken);
            return Results.File(Encoding.UTF8.GetBytes(ToCsv(points)), "text/csv", $"{string.Join("_", ids)}_by_{parsed}_{asOf}.csv");
        });
        return endpoints;
    }

    public static string ToCsv(IEnumerable<MetricBreakdownPoint> points)
    {
        var csv = new StringBuilder("group,metric_id,metric,value,numerator,denominator\n");
        foreach (var p in points.OrderBy(p => p.GroupKey, StringComparer.Ordinal).ThenBy(p => p.MetricId, StringComparer.Ordinal))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{CsvText.Field(p.GroupKey)},{p.MetricId},{CsvText.Field(MetricCatalog.Get(p.MetricId).Info.Title)},{Figures.Raw(p.Value)},{Figures.Raw(p.Numerator)},{Figures.Raw(p.Denominator)}\n");
        }

        return csv.ToString();
    }
}
