using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Staff;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>The data-quality rules: each written once, counted by its DQ-* metric and listed by <see cref="DataQuality.DataQualityFindings"/>.</summary>
public static class DataQualityRules
{
    /// <summary>Pairs of spells of the same worker in the same team whose dates overlap (a double-counted FTE).</summary>
    public static List<(WorkerSpell First, WorkerSpell Second)> OverlappingSpells(IEnumerable<WorkerSpell> spells)
    {
        var pairs = new List<(WorkerSpell, WorkerSpell)>();
        foreach (var group in spells.GroupBy(s => (s.WorkerId, s.TeamCode)))
        {
            var ordered = group.OrderBy(s => s.StartDate).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count && ordered[j].StartDate <= (ordered[i].EndDate ?? DateOnly.MaxValue); j++)
                {
                    pairs.Add((ordered[i], ordered[j]));
                }
            }
        }

        return pairs;
    }

    /// <summary>Social workers holding cases on D with no qualified date (their experience band is unknown), one spell each.</summary>
    public static List<SpellOnDay> CaseHoldersWithoutQualifiedDate(MetricDay day) =>
        [.. day.SocialWorkerSpells.Where(s => s.WorkerHoldsCases && s.Band == ExperienceBand.Unknown).OrderBy(s => s.Spell.TeamCode, StringComparer.Ordinal).DistinctBy(s => s.Spell.WorkerId, StringComparer.Ordinal)];

    /// <summary>
    /// Referrals dated in the year to D for children with no allocation starting on or before D (a demand figure: most
    /// end with no further action). As at D, like every figure: a later allocation does not rewrite earlier dates.
    /// </summary>
    public static int ReferralsWithNoAllocation(MetricInputs inputs, ReportingPeriod period)
    {
        var referrals = inputs.ReferralsBeforeFirstAllocation;
        var count = 0;
        for (var i = DateSorted.FirstOnOrAfter(referrals, period.YearAgo.AddDays(1), r => r.ReferralDate); i < referrals.Count && referrals[i].ReferralDate <= period.AsOf; i++)
        {
            if (referrals[i].FirstAllocation > period.AsOf)
            {
                count++;
            }
        }

        return count;
    }
}
