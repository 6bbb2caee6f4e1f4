using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics;

namespace WorkforceInsights.Core.Disclosure;

/// <summary>
/// Stored series that are parts of one breakdown (access.md, secondary suppression): the parts of one date are judged
/// together, so a chart or download that shows only some of them withholds what the whole breakdown would.
/// </summary>
/// <param name="PartIds">The parts' metric ids.</param>
/// <param name="TotalId">The total they are parts of, where it is stored; what it leaves over (the total less the parts) is one more part.</param>
public sealed record BreakdownFamily(IReadOnlyList<string> PartIds, string? TotalId = null)
{
    /// <summary>The year's changes of social worker by reason.</summary>
    public static BreakdownFamily ChangeReasonParts { get; } = new([.. ChangeReasons.All.Select(r => $"CH-CHG-{r}")], MetricIds.Changes);

    /// <summary>The year's changes with a reason recorded; the rest, inferred from HR data, are the other part.</summary>
    public static BreakdownFamily RecordedChanges { get; } = new([MetricIds.RecordedChanges], MetricIds.Changes);

    /// <summary>Children by how many social workers they had in the year: 1, 2, 3 or more.</summary>
    public static BreakdownFamily WorkersPerChild { get; } = new([MetricIds.ChildrenWithOneWorker, MetricIds.ChildrenWithTwoWorkers, MetricIds.ChildrenWithThreePlusWorkers]);

    /// <summary>Children with an open case, by its type.</summary>
    public static BreakdownFamily OpenCasesByType { get; } = new([.. Enum.GetValues<CaseType>().Select(t => $"DEM-{t}")]);

    public static IReadOnlyList<BreakdownFamily> All { get; } = [ChangeReasonParts, RecordedChanges, WorkersPerChild, OpenCasesByType];

    /// <summary>
    /// The ids to read so that every part of every breakdown among <paramref name="metricIds"/> can be judged together
    /// (the ids asked for first, then the rest of their families and totals).
    /// </summary>
    public static IReadOnlyList<string> WithFamilies(IEnumerable<string> metricIds)
    {
        var asked = metricIds.ToList();
        var families = All.Where(f => f.PartIds.Any(asked.Contains));
        return [.. asked.Concat(families.SelectMany(f => f.TotalId is { } total ? [.. f.PartIds, total] : f.PartIds)).Distinct()];
    }
}
