using WorkforceInsights.Core.Children;

namespace WorkforceInsights.Core.Balancing;

/// <summary>
/// The start R of a child's relationship with their current worker: the earliest start_date of that worker's
/// allocations to the child that run on into the one open on D with no gap of more than one day. A change of case type
/// with the same worker is a new allocation row, not a new relationship.
/// </summary>
public static class Relationship
{
    /// <param name="withWorker">The child's allocations to the one worker (any order), one of them open on D.</param>
    /// <param name="asOf">The date D.</param>
    public static DateOnly Start(IReadOnlyList<Allocation> withWorker, DateOnly asOf)
    {
        var start = withWorker.Where(a => a.IsOpenOn(asOf)).Min(a => a.StartDate);
        bool extended;
        do
        {
            extended = false;
            foreach (var earlier in withWorker)
            {
                // Ending on R − 2 leaves one day between (R − 1): still the same relationship; ending earlier does not.
                if (earlier.StartDate < start && (earlier.EndDate is null || earlier.EndDate >= start.AddDays(-2)))
                {
                    start = earlier.StartDate;
                    extended = true;
                }
            }
        }
        while (extended);

        return start;
    }
}
