using WorkforceInsights.Core.Children;

namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>
/// metrics.md: a referral is a re-referral when the same child has another referral dated on or
/// after referral_date − 12 months and strictly before referral_date (same-day duplicates are not
/// re-referrals of each other). Computed once per referral: it does not depend on D.
/// </summary>
public static class ReReferralFlags
{
    /// <param name="referrals">Referrals in date order.</param>
    /// <returns>One flag per referral, in the same order.</returns>
    public static IReadOnlyList<bool> For(IReadOnlyList<Referral> referrals)
    {
        var flags = new bool[referrals.Count];
        var earlierDates = new Dictionary<string, DateOnly>(StringComparer.Ordinal); // latest earlier-day referral per child
        var sameDay = new Dictionary<string, DateOnly>(StringComparer.Ordinal);      // the day currently being read per child
        for (var i = 0; i < referrals.Count; i++)
        {
            var referral = referrals[i];
            if (sameDay.TryGetValue(referral.ChildId, out var day) && day < referral.ReferralDate)
            {
                earlierDates[referral.ChildId] = day;
            }

            sameDay[referral.ChildId] = referral.ReferralDate;
            flags[i] = earlierDates.TryGetValue(referral.ChildId, out var previous) && previous >= referral.ReferralDate.AddMonths(-12);
        }

        return flags;
    }
}
