namespace WorkforceInsights.Core.Benchmarks;

/// <summary>How a council compares on one measure in one published year (benchmarks.md); null where nothing was published.</summary>
/// <param name="Council">The council's own figure from its extracts on the period end (null where the extracts do not cover it).</param>
public sealed record BenchmarkComparison(
    BenchmarkMeasure Measure,
    int? Year,
    DateOnly? PeriodEnd,
    double? La,
    double? England,
    double? Region,
    double? NeighboursMedian,
    double? NeighboursMean,
    int NeighboursCount,
    int? Rank,
    int? Of,
    string? Quartile,
    double? Council);
