namespace WorkforceInsights.Core.Metrics.Facts;

/// <summary>Binary search over lists kept in date order (referrals, changes of worker, dates): every date of the series looks up its year in them.</summary>
internal static class DateSorted
{
    /// <summary>The index of the first item dated on or after <paramref name="date"/>; equally, how many are dated before it.</summary>
    public static int FirstOnOrAfter<T>(IReadOnlyList<T> sorted, DateOnly date, Func<T, DateOnly> dateOf)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (dateOf(sorted[middle]) < date)
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

    /// <summary>
    /// The items in the year to D (dated after D − 12 months and on or before D), as a run of the array itself: each
    /// date of a refresh reads its year of tens of thousands of items without copying them.
    /// </summary>
    public static ArraySegment<T> InYear<T>(T[] sorted, Periods.ReportingPeriod period, Func<T, DateOnly> dateOf)
    {
        var first = FirstOnOrAfter(sorted, period.YearAgo.AddDays(1), dateOf);
        return new ArraySegment<T>(sorted, first, FirstOnOrAfter(sorted, period.AsOf.AddDays(1), dateOf) - first);
    }

    /// <summary>How many items fall in the year to D: dated after D − 12 months and on or before D.</summary>
    public static int CountInYear<T>(IReadOnlyList<T> sorted, Periods.ReportingPeriod period, Func<T, DateOnly> dateOf) =>
        FirstOnOrAfter(sorted, period.AsOf.AddDays(1), dateOf) - FirstOnOrAfter(sorted, period.YearAgo.AddDays(1), dateOf);
}
