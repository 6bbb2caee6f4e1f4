using System.Globalization;
using WorkforceInsights.Data.Benchmarks;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// GET /download/benchmarks.csv[?measure=turnoverRate]: the Benchmarks page's numbers (each measure's published years:
/// the LA, England and the neighbours' median), with the OGL attribution as the last line; benchmarks.svg and
/// benchmarks.png with a measure are its chart.
/// </summary>
public static class BenchmarksCsv
{
    public const string Path = "/download/benchmarks.csv";

    public static string Url(string measureKey) => $"{Path}?measure={Uri.EscapeDataString(measureKey)}";

    public static IEndpointRouteBuilder MapBenchmarksCsv(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (string? measure, BenchmarksViewBuilder builder, CancellationToken cancellationToken) =>
        {
            var (error, report, charts) = await ReadAsync(measure, builder, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            var rows = charts.SelectMany(chart => chart.Categories.Select((year, i) => (IReadOnlyList<string?>)[
                chart.Series[0].Key.Split(':')[0], year.Key,
                .. chart.Series.Select(s => s.Values[i]?.ToString("R", CultureInfo.InvariantCulture) ?? "not published")]));
            var csv = CsvDownload.Write(["measure", "year", "la", "england", "neighbours_median"], rows) + BenchmarkReport.Attribution + "\n";
            return CsvDownload.File(csv, $"benchmarks_{report!.La}{(measure is null ? string.Empty : "_" + measure)}.csv");
        });
        endpoints.MapGet(ChartImage.RouteFor(Path), async (string format, string measure, BenchmarksViewBuilder builder, ChartCache cache, CancellationToken cancellationToken) =>
        {
            var (error, report, charts) = await ReadAsync(measure, builder, cancellationToken);
            return error ?? ChartImage.Result(cache, charts[0] with { Title = $"{charts[0].Title}: {report!.LaName}" }, format, $"benchmarks_{report.La}_{measure}");
        });
        return endpoints;
    }

    private static async Task<(IResult? Error, BenchmarkReport? Report, IReadOnlyList<Charts.ChartSpec> Charts)> ReadAsync(string? measure, BenchmarksViewBuilder builder, CancellationToken cancellationToken)
    {
        if (await builder.ReportAsync(cancellationToken) is not { } report)
        {
            return (Results.NotFound("No published benchmarks are loaded."), null, []);
        }

        var charts = (await builder.HistoryAsync(report, cancellationToken)).Where(c => measure is null || c.Series[0].Key.StartsWith(measure + ":", StringComparison.Ordinal)).ToList();
        return charts.Count == 0 ? (Results.BadRequest("Unknown measure."), report, []) : (null, report, charts);
    }
}
