using WorkforceInsights.Core.Children;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>One allocation with its worker's number and whether that worker is a social worker, worked out once.</summary>
internal readonly record struct AllocationSlot(Allocation Allocation, int Worker, bool ToSocialWorker);

/// <summary>A child's allocations in extract order: the series walks these child by child on every date.</summary>
/// <param name="All">The child's run of one array that holds every child's allocations, child after child.</param>
internal sealed record ChildAllocations(string ChildId, ArraySegment<AllocationSlot> All)
{
    /// <summary>
    /// Each child's allocations, children in order of their first allocation, every slot in one array: a per-child
    /// array (or a GroupBy) would add 150,000 small arrays to a large council's refresh.
    /// </summary>
    /// <param name="childNumbers">Filled with each child's position in the result.</param>
    public static ChildAllocations[] Group(IReadOnlyList<Allocation> allocations, WorkerIndex workers, Dictionary<string, int> childNumbers)
    {
        var ids = new List<string>();
        var counts = new List<int>();
        var childOf = new int[allocations.Count];
        for (var i = 0; i < allocations.Count; i++)
        {
            var id = allocations[i].ChildId;
            if (!childNumbers.TryGetValue(id, out var child))
            {
                childNumbers[id] = child = ids.Count;
                ids.Add(id);
                counts.Add(0);
            }

            childOf[i] = child;
            counts[child]++;
        }

        var starts = new int[ids.Count];
        for (var c = 1; c < starts.Length; c++)
        {
            starts[c] = starts[c - 1] + counts[c - 1];
        }

        var slots = new AllocationSlot[allocations.Count];
        var next = (int[])starts.Clone();
        for (var i = 0; i < allocations.Count; i++)
        {
            var worker = workers[allocations[i].WorkerId];
            slots[next[childOf[i]]++] = new AllocationSlot(allocations[i], worker, workers.IsSocialWorker[worker]);
        }

        var children = new ChildAllocations[ids.Count];
        for (var c = 0; c < children.Length; c++)
        {
            children[c] = new ChildAllocations(ids[c], new ArraySegment<AllocationSlot>(slots, starts[c], counts[c]));
        }

        return children;
    }

    /// <summary>The first day any allocation of the child is open.</summary>
    public DateOnly First { get; } = All.Min(a => a.Allocation.StartDate);

    /// <summary>The last day any allocation of the child is open (DateOnly.MaxValue while one is open).</summary>
    public DateOnly Last { get; } = All.Max(a => a.Allocation.EndDate ?? DateOnly.MaxValue);
}
