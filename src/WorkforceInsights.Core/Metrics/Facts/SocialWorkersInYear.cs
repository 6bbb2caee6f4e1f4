using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// metrics.md's "social workers in the year, per child": the distinct workers of social-worker roles with an allocation
/// to the child overlapping the year to D. The children's measures and caseload balancing both count with this rule.
/// </summary>
public static class SocialWorkersInYear
{
    /// <summary>Whether an allocation counts its worker among the child's social workers in the year to D.</summary>
    public static bool Counts(Allocation allocation, bool toSocialWorker, ReportingPeriod period) =>
        toSocialWorker && allocation.Overlaps(period.YearAgo.AddDays(1), period.AsOf);

    /// <summary>The number of different social workers a child has had in the year to D.</summary>
    /// <param name="childAllocations">The child's allocations (any order).</param>
    /// <param name="isSocialWorker">Whether a worker id has a social-worker spell at any time.</param>
    /// <param name="period">The reporting date D.</param>
    public static int Count(IEnumerable<Allocation> childAllocations, Func<string, bool> isSocialWorker, ReportingPeriod period) =>
        childAllocations.Where(a => Counts(a, isSocialWorker(a.WorkerId), period)).Select(a => a.WorkerId).Distinct(StringComparer.Ordinal).Count();
}
