using Microsoft.Extensions.Options;
using WorkforceInsights.Charts;
using WorkforceInsights.Core.Benchmarks;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Benchmarks;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Web.Services;

/// <summary>
/// The council's benchmarks for the dashboard (benchmarks.md): the published figures of its LA (Council:LaCode)
/// beside its own figures on the same period ends, read from the stored series (period ends are month ends).
/// </summary>
public sealed class BenchmarksViewBuilder(BenchmarkStore store, MetricSeriesQuery series, IOptions<CouncilOptions> council, TimeProvider clock)
{
    private const string Council = "Council";

    /// <summary>Published figures change once a year: kept a minute, so a page does not re-read them.</summary>
    private static readonly TimeSpan s_keep = TimeSpan.FromMinutes(1);

    private (DateTimeOffset At, IReadOnlyList<PublishedValue> Values, IReadOnlyList<StatisticalNeighbours> Neighbours)? _published;

    /// <summary>Every published figure, and the council's LA's neighbours (for the trend charts' markers).</summary>
    public async Task<(IReadOnlyList<PublishedValue> Values, StatisticalNeighbours? Neighbours)> PublishedAsync(CancellationToken cancellationToken = default)
    {
        if (_published is not { } held || clock.GetUtcNow() - held.At > s_keep)
        {
            held = (clock.GetUtcNow(), await store.ValuesAsync(cancellationToken), await store.NeighboursAsync(cancellationToken));
            _published = held;
        }

        return (held.Values, held.Neighbours.FirstOrDefault(n => n.LaCode == council.Value.LaCode));
    }

    /// <summary>A council-wide trend with the published annual figures of its measures as markers.</summary>
    public async Task<ChartSpec> WithMarkersAsync(ChartSpec trend, BenchmarkReport? report, CancellationToken cancellationToken = default)
    {
        if (report is null || !trend.Series.Any(s => BenchmarkMeasure.ForMetric(s.Key) is not null))
        {
            return trend;
        }

        var (values, neighbours) = await PublishedAsync(cancellationToken);
        return trend with { Series = [.. trend.Series, .. Markers(trend, report, values, neighbours)] };
    }

    /// <summary>The council's report for each measure's latest published year, or null before any benchmark is loaded.</summary>
    public async Task<BenchmarkReport?> ReportAsync(CancellationToken cancellationToken = default)
    {
        var (values, neighbours) = await PublishedAsync(cancellationToken);
        return await BenchmarkReportBuilder.BuildAsync(council.Value.LaCode, null, values, neighbours, async _ =>
        {
            var own = await series.RunAsync(Council, Council, [.. BenchmarkMeasure.All.Select(m => m.MetricId)], cancellationToken);
            var byKey = own.ToDictionary(p => (p.AsOf, p.MetricId), p => p.Value);
            return (date, metricId) => byKey.GetValueOrDefault((date, metricId));
        });
    }

    /// <summary>
    /// The measures whose own figure, on the published period's end, is missing because the extracts' history did
    /// not yet cover it (metrics.md, "Complete years only"), rather than because the series does not reach that date.
    /// </summary>
    public async Task<IReadOnlySet<string>> ShortHistoryAsync(BenchmarkReport report, CancellationToken cancellationToken = default)
    {
        var own = await series.RunAsync(Council, Council, [.. report.Measures.Select(m => m.Measure.MetricId).Distinct()], cancellationToken);
        var shortPoints = own.Where(p => p.ShortHistory).Select(p => (p.AsOf, p.MetricId)).ToHashSet();
        return report.Measures.Where(m => m.PeriodEnd is { } end && shortPoints.Contains((end, m.Measure.MetricId))).Select(m => m.Measure.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>"Benchmarks of Somerset, for illustration" on the sample council; null for a council's own.</summary>
    public string? Note(BenchmarkReport report) => council.Value.BenchmarkNote(report.LaName);

    /// <summary>Every published year of each measure for the LA, England and its neighbours' median: the Benchmarks page's small charts.</summary>
    public async Task<IReadOnlyList<ChartSpec>> HistoryAsync(BenchmarkReport report, CancellationToken cancellationToken = default)
    {
        var (values, neighbours) = await PublishedAsync(cancellationToken);
        return [.. BenchmarkMeasure.All.Select(measure =>
        {
            var years = values.Where(v => v.Measure == measure.Key).Select(v => v.Year).Distinct().Order().ToList();
            var compared = years.Select(y => BenchmarkCalculator.Compare(measure, report.La, y, values, neighbours, _ => null)).ToList();
            return new ChartSpec($"{measure.Title}, published years", ChartKind.Line, "Year",
                [.. years.Select(y => new ChartCategory(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
                [
                    new ChartSeries(measure.Key + ":la", report.LaName, measure.Unit, [.. compared.Select(c => c.La)]),
                    new ChartSeries(measure.Key + ":england", "England", measure.Unit, [.. compared.Select(c => c.England)]),
                    new ChartSeries(measure.Key + ":neighbours", "Neighbours' median", measure.Unit, [.. compared.Select(c => c.NeighboursMedian)]),
                ]);
        })];
    }

    /// <summary>
    /// The published annual figures as markers over a council-wide monthly trend (the LA's own, England, the
    /// neighbours' median), placed on their period ends; nothing for a team or area, which the DfE does not publish.
    /// </summary>
    public static IReadOnlyList<ChartSeries> Markers(ChartSpec trend, BenchmarkReport? report, IReadOnlyList<PublishedValue> values, StatisticalNeighbours? neighbours)
    {
        if (report is null)
        {
            return [];
        }

        var markers = new List<ChartSeries>();
        foreach (var line in trend.Series.Where(s => !s.MarkersOnly))
        {
            if (BenchmarkMeasure.ForMetric(line.Key) is not { } measure)
            {
                continue;
            }

            var compared = trend.Categories.Select(c => IsoDate.Parse(c.Key))
                .Select(d => d == measure.PeriodEnd(d.Year) ? BenchmarkCalculator.Compare(measure, report.La, d.Year, values, neighbours, _ => null) : null)
                .ToList();
            var prefix = trend.Series.Count(s => !s.MarkersOnly) > 1 ? MetricCatalog.Get(line.Key).Info.Title + ": " : string.Empty;
            markers.Add(new ChartSeries(line.Key + ":la", $"{prefix}{report.LaName} (published)", measure.Unit, [.. compared.Select(c => c?.La)], MarkersOnly: true));
            markers.Add(new ChartSeries(line.Key + ":england", $"{prefix}England (published)", measure.Unit, [.. compared.Select(c => c?.England)], MarkersOnly: true));
            markers.Add(new ChartSeries(line.Key + ":neighbours", $"{prefix}neighbours' median (published)", measure.Unit, [.. compared.Select(c => c?.NeighboursMedian)], MarkersOnly: true));
        }

        return markers;
    }
}
