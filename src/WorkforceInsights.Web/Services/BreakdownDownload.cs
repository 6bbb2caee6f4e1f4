using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/breakdown.csv?metrics=CH-W1,CH-W2&amp;dimension=CaseType&amp;asOf=yyyy-MM-dd: the stored figures of
/// every group of one breakdown on one date, as CSV (what a <see cref="BreakdownView"/> of metrics plots);
/// <c>breakdown.svg</c> and <c>breakdown.png</c> are the chart.
/// </summary>
public static class BreakdownDownload
{
    public const string Path = "/download/breakdown.csv";

    public static string Url(IEnumerable<string> metricIds, Dimension dimension, DateOnly asOf) =>
        $"{Path}?metrics={Uri.EscapeDataString(string.Join(",", metricIds))}&dimension={dimension}&asOf={ReportingDate.Key(asOf)}";

    public static IEndpointRouteBuilder MapBreakdownDownload(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async ([AsParameters] Request request, MetricBreakdownQuery breakdown, CancellationToken cancellationToken) =>
        {
            var (error, ids, _, points) = await ReadAsync(request, breakdown, cancellationToken);
            return error ?? CsvDownload.File(ToCsv(Enum.Parse<Dimension>(request.Dimension), ids, points), $"{string.Join("_", ids)}_by_{request.Dimension}_{request.AsOf}.csv");
        });
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, [AsParameters] Request request, MetricBreakdownQuery breakdown, ChartCache charts, CancellationToken cancellationToken) =>
        {
            var (error, ids, date, points) = await ReadAsync(request, breakdown, cancellationToken);
            return error ?? ChartImage.Result(charts, ChartSpecs.Breakdown(View(ids, request.Dimension, date, points)), format, $"{string.Join("_", ids)}_by_{request.Dimension}_{request.AsOf}");
        });
        return endpoints;
    }

    /// <summary>The stored figures of a breakdown as a chart: a group per row (in key order), a metric per series; small numbers withheld (a download).</summary>
    /// <param name="points">The groups' points, with every part of their breakdowns (<see cref="BreakdownFamily.WithFamilies"/>).</param>
    public static BreakdownView View(IReadOnlyList<string> ids, string dimension, DateOnly asOf, IReadOnlyList<MetricBreakdownPoint> points)
    {
        var infos = ids.Select(id => MetricCatalog.Get(id).Info).ToList();
        var withheld = WithheldBreakdown.Of(Enum.Parse<Dimension>(dimension), points);
        var groups = points.Select(p => p.GroupKey).Distinct().Order(StringComparer.Ordinal).ToList();
        return new BreakdownView(
            $"{string.Join(", ", infos.Select(i => i.Title))} by {dimension} on {Figures.Date(asOf)}", "breakdown", dimension,
            [.. infos.Select(i => new BreakdownView.Series(i.Id, i.Title, i.Unit))],
            [.. groups.Select(g =>
            {
                var own = ids.Select(id => points.FirstOrDefault(p => p.GroupKey == g && p.MetricId == id)).ToList();
                return new BreakdownView.Row(g, g, [.. own.Select(p => p?.Value)],
                    [.. own.Select(p => p is null ? null : SmallNumbers.Text(withheld[(p.GroupKey, p.MetricId)]))]);
            })],
            Url(ids, Enum.Parse<Dimension>(dimension), asOf));
    }

    private static async Task<(IResult? Error, string[] Ids, DateOnly AsOf, IReadOnlyList<MetricBreakdownPoint> Points)> ReadAsync(Request request, MetricBreakdownQuery breakdown, CancellationToken cancellationToken)
    {
        if (!MetricsParameter.TryParse(request.Metrics, request.Dimension, out var ids, out var parsed) || ReportingDate.Parse(request.AsOf) is not { } date)
        {
            return (Results.BadRequest("Unknown metric or dimension, or asOf not written yyyy-MM-dd."), ids, default, []);
        }

        return (null, ids, date, await breakdown.RunAsync(parsed.ToString(), date, BreakdownFamily.WithFamilies(ids), cancellationToken));
    }

    /// <summary>A breakdown's groups are below council level and a download leaves the council: small numbers are always withheld.</summary>
    /// <param name="points">The groups' points, with every part of their breakdowns; only <paramref name="ids"/> are written.</param>
    public static string ToCsv(Dimension dimension, IReadOnlyList<string> ids, IReadOnlyList<MetricBreakdownPoint> points)
    {
        var withheld = WithheldBreakdown.Of(dimension, points);
        return CsvDownload.Write<BreakdownCsvRow, BreakdownCsvMap>(
            points.Where(p => ids.Contains(p.MetricId)).OrderBy(p => p.GroupKey, StringComparer.Ordinal).ThenBy(p => p.MetricId, StringComparer.Ordinal).Select(p =>
            {
                var info = MetricCatalog.Get(p.MetricId).Info;
                var (value, numerator, denominator) = WithheldCells.Of(withheld[(p.GroupKey, p.MetricId)], info.Unit, p.Value, p.Numerator, p.Denominator);
                return new BreakdownCsvRow(p.GroupKey, p.MetricId, info.Title, value, numerator, denominator);
            }));
    }

    /// <summary>The query of a breakdown download.</summary>
    public sealed record Request(string Metrics, string Dimension, string AsOf);
}
