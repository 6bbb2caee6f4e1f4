using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>Data-quality findings that affect the figures but do not depend on a breakdown.</summary>
public static class DataQualityRules
{
    /// <summary>Pairs of spells of the same worker in the same team whose dates overlap (a double-counted FTE).</summary>
    public static int OverlappingSpells(IEnumerable<WorkerSpell> spells) =>
        spells.GroupBy(s => (s.WorkerId, s.TeamCode))
            .Sum(g =>
            {
                var ordered = g.OrderBy(s => s.StartDate).ToList();
                var pairs = 0;
                for (var i = 0; i < ordered.Count; i++)
                {
                    for (var j = i + 1; j < ordered.Count && ordered[j].StartDate <= (ordered[i].EndDate ?? DateOnly.MaxValue); j++)
                    {
                        pairs++;
                    }
                }

                return pairs;
            });

    /// <summary>Referrals dated in the year to D for children with no allocation at all.</summary>
    public static int ReferralsNeverAllocated(MetricInputs inputs, ReportingPeriod period)
    {
        var dates = inputs.NeverAllocatedReferralDates;
        return CountUpTo(dates, period.AsOf) - CountUpTo(dates, period.YearAgo);
    }

    /// <summary>How many of the sorted dates are on or before <paramref name="date"/>.</summary>
    private static int CountUpTo(IReadOnlyList<DateOnly> sorted, DateOnly date)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] <= date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
