using WorkforceInsights.Core.Benchmarks;

namespace WorkforceInsights.Data.Benchmarks;

/// <summary>How one LA compares on the six measures (the `wi benchmarks show` object of benchmarks.md).</summary>
public sealed record BenchmarkReport(string La, string LaName, string? RegionCode, string? RegionName, IReadOnlyList<string> Neighbours, IReadOnlyList<string> NeighbourNames, IReadOnlyList<BenchmarkComparison> Measures)
{
    /// <summary>The attribution the Open Government Licence asks for, shown wherever the figures are.</summary>
    public const string Attribution = "Contains public sector information licensed under the Open Government Licence v3.0. Source: Department for Education.";

    public BenchmarkComparison this[string measureKey] => Measures.Single(m => m.Measure.Key == measureKey);
}
