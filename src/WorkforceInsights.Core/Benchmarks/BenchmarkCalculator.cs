namespace WorkforceInsights.Core.Benchmarks;

/// <summary>
/// The comparisons of benchmarks.md, from the published figures: the LA's value, England's, its region's, the
/// median and mean of its 10 statistical neighbours, and its rank and quartile among all LAs. Codes are no value:
/// left out of medians, means and ranks.
/// </summary>
public static class BenchmarkCalculator
{
    /// <param name="year">The published year; null for the measure's latest year with a value for the LA.</param>
    /// <param name="councilFigure">The council's own figure for a period end (null where its extracts do not cover it).</param>
    public static BenchmarkComparison Compare(
        BenchmarkMeasure measure, string laCode, int? year, IReadOnlyList<PublishedValue> values, StatisticalNeighbours? neighbours, Func<DateOnly, double?> councilFigure)
    {
        var own = values.Where(v => v.Measure == measure.Key).ToList();
        var chosen = year ?? own.Where(v => v.LaCode == laCode && v.Value is not null).Select(v => (int?)v.Year).Max();
        if (chosen is not { } y)
        {
            return new BenchmarkComparison(measure, null, null, null, null, null, null, null, 0, null, null, null, null);
        }

        var ofYear = own.Where(v => v.Year == y).ToList();
        var la = ofYear.FirstOrDefault(v => v.Level == Levels.LocalAuthority && v.LaCode == laCode);
        var england = ofYear.FirstOrDefault(v => v.Level == Levels.National)?.Value;
        var region = la?.RegionCode is { } code ? ofYear.FirstOrDefault(v => v.Level == Levels.Regional && v.RegionCode == code)?.Value : null;
        var neighbourValues = (neighbours?.Neighbours ?? [])
            .Select(n => ofYear.FirstOrDefault(v => v.Level == Levels.LocalAuthority && v.LaCode == n)?.Value)
            .OfType<double>().ToList();
        var ranked = ofYear.Where(v => v.Level == Levels.LocalAuthority && v.Value is not null).Select(v => v.Value!.Value).ToList();
        int? rank = la?.Value is { } value ? 1 + ranked.Count(v => measure.LowerIsBetter ? v < value : v > value) : null;
        var periodEnd = measure.PeriodEnd(y);
        return new BenchmarkComparison(
            measure, y, periodEnd, la?.Value, england, region,
            Median(neighbourValues), neighbourValues.Count > 0 ? neighbourValues.Average() : null, neighbourValues.Count,
            rank, rank is null ? null : ranked.Count, rank is { } r ? Quartile(r, ranked.Count) : null,
            councilFigure(periodEnd));
    }

    /// <summary>A for the best quarter (rank / of ≤ 0.25), then B, C and D.</summary>
    public static string Quartile(int rank, int of) => (rank / (double)of) switch
    {
        <= 0.25 => "A",
        <= 0.5 => "B",
        <= 0.75 => "C",
        _ => "D",
    };

    public static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

/// <summary>The geographic levels of the published files.</summary>
public static class Levels
{
    public const string National = "National";
    public const string Regional = "Regional";
    public const string LocalAuthority = "Local authority";
}
