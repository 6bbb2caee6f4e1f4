using WorkforceInsights.Core.Benchmarks;

namespace WorkforceInsights.Data.Benchmarks;

/// <summary>
/// Builds an LA's <see cref="BenchmarkReport"/> from the benchmark store. The council's own figure on each period
/// end comes from the caller: the CLI computes it with the metrics engine, the web app reads the stored series
/// (period ends are month ends, which the series holds), so both give the same number.
/// </summary>
public sealed class BenchmarkReportBuilder(BenchmarkStore store)
{
    /// <param name="laCode">The LA's 3-digit old_la_code.</param>
    /// <param name="year">A published year; null for each measure's latest year with a value for the LA.</param>
    /// <param name="councilFigures">The council's own figures for the period ends asked for (metric id → value), or null where not covered.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>Null when the store knows no such LA.</returns>
    public async Task<BenchmarkReport?> BuildAsync(string laCode, int? year, Func<IReadOnlyList<DateOnly>, Task<Func<DateOnly, string, double?>>> councilFigures, CancellationToken cancellationToken = default) =>
        await BuildAsync(laCode, year, await store.ValuesAsync(cancellationToken), (await store.NeighboursAsync(cancellationToken)).FirstOrDefault(n => n.LaCode == laCode), councilFigures);

    /// <summary>The same, from published figures already read (the web app keeps them a minute rather than re-reading them per page).</summary>
    public static async Task<BenchmarkReport?> BuildAsync(string laCode, int? year, IReadOnlyList<PublishedValue> values, StatisticalNeighbours? neighbours, Func<IReadOnlyList<DateOnly>, Task<Func<DateOnly, string, double?>>> councilFigures)
    {
        var laRow = values.Where(v => v.Level == Levels.LocalAuthority && v.LaCode == laCode).MaxBy(v => v.Year);
        if (laRow is null && neighbours is null)
        {
            return null;
        }

        var years = BenchmarkMeasure.All.Select(m => year ?? values.Where(v => v.Measure == m.Key && v.LaCode == laCode && v.Value is not null).Select(v => (int?)v.Year).Max())
            .Zip(BenchmarkMeasure.All, (y, m) => y is { } known ? m.PeriodEnd(known) : (DateOnly?)null).OfType<DateOnly>().Distinct().ToList();
        var council = await councilFigures(years);
        var names = values.Where(v => v.Level == Levels.LocalAuthority && v.LaCode is not null && v.LaName is not null)
            .GroupBy(v => v.LaCode!).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Year)!.LaName!, StringComparer.Ordinal);
        var comparisons = BenchmarkMeasure.All.Select(m => BenchmarkCalculator.Compare(m, laCode, year, values, neighbours, d => council(d, m.MetricId))).ToList();
        return new BenchmarkReport(
            laCode, laRow?.LaName ?? neighbours!.LaName, laRow?.RegionCode, laRow?.RegionName,
            neighbours?.Neighbours ?? [], [.. (neighbours?.Neighbours ?? []).Select(n => names.GetValueOrDefault(n) ?? n)], comparisons);
    }
}
