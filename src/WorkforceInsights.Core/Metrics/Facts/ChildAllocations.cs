using WorkforceInsights.Core.Children;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>One allocation with its worker's number and whether that worker is a social worker, worked out once.</summary>
internal readonly record struct AllocationSlot(Allocation Allocation, int Worker, bool ToSocialWorker);

/// <summary>A child's allocations in extract order: the series walks these child by child on every date.</summary>
internal sealed record ChildAllocations(string ChildId, AllocationSlot[] All)
{
    /// <summary>The first day any allocation of the child is open.</summary>
    public DateOnly First { get; } = All.Min(a => a.Allocation.StartDate);

    /// <summary>The last day any allocation of the child is open (DateOnly.MaxValue while one is open).</summary>
    public DateOnly Last { get; } = All.Max(a => a.Allocation.EndDate ?? DateOnly.MaxValue);
}
