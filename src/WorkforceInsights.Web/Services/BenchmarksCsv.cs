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

            var rows = charts.SelectMany(chart => chart.Categories.Select((year, i) =>
            {
                string Value(int series) => chart.Series[series].Values[i]?.ToString("R", CultureInfo.InvariantCulture) ?? "not published";
                return new BenchmarkCsvRow(chart.Series[0].Key.Split(':')[0], year.Key, Value(0), Value(1), Value(2));
            }));
            var csv = CsvDownload.Write<BenchmarkCsvRow, BenchmarkCsvMap>(rows) + BenchmarkReport.Attribution + "\n";
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
