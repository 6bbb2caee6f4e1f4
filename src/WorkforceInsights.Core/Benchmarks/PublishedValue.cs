namespace WorkforceInsights.Core.Benchmarks;

/// <summary>
/// One published figure: a measure, a year and an area (England, a region or a local authority). A suppression
/// or availability code ("c", "low", "x", …) is no value: <see cref="Value"/> is null and <see cref="Code"/> says why.
/// </summary>
/// <param name="Level">"National", "Regional" or "Local authority".</param>
/// <param name="LaCode">The 3-digit old_la_code of a local authority row (null otherwise).</param>
public sealed record PublishedValue(string Measure, int Year, string Level, string? RegionCode, string? RegionName, string? LaCode, string? LaName, double? Value, string? Code);

/// <summary>A local authority's statistical neighbours, closest first (the DfE's 2025 model).</summary>
public sealed record StatisticalNeighbours(string LaCode, string LaName, IReadOnlyList<string> Neighbours);
