namespace WorkforceInsights.Core.Periods;

/// <summary>
/// The date rules of metrics.md for a reporting date D: "the year to D" is the 12 months
/// (D − 12 months, D], and "12 months before X" is always X.AddMonths(-12) in calendar months
/// (29 February minus 12 months is 28 February).
/// </summary>
public readonly record struct ReportingPeriod(DateOnly AsOf)
{
    /// <summary>D − 12 months: the exclusive start of the year to D.</summary>
    public DateOnly YearAgo => AsOf.AddMonths(-12);

    /// <summary>True for dates in the year to D: after D − 12 months and on or before D.</summary>
    public bool InYear(DateOnly date) => date > YearAgo && date <= AsOf;

    /// <summary>Month ends from the month of <paramref name="from"/> to the month of <paramref name="to"/>, inclusive.</summary>
    public static IEnumerable<DateOnly> MonthEnds(DateOnly from, DateOnly to)
    {
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            if (end <= to)
            {
                yield return end;
            }
        }
    }
}
