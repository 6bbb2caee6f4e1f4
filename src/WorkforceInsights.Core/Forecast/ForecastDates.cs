namespace WorkforceInsights.Core.Forecast;

/// <summary>The forecast's dates: D_0 = E, and D_m the last day of the calendar month m months after E's month.</summary>
public static class ForecastDates
{
    public const int DefaultMonths = 24;

    public const int MaxMonths = 36;

    public static DateOnly MonthEnd(DateOnly asOf, int month) =>
        month == 0 ? asOf : new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(month + 1).AddDays(-1);

    public static DateOnly[] For(DateOnly asOf, int months) => [.. Enumerable.Range(0, months + 1).Select(m => MonthEnd(asOf, m))];

    /// <summary>The month m whose D_m is the first on or after <paramref name="day"/> (a joiner is in post from it).</summary>
    public static int FirstMonthOnOrAfter(DateOnly[] dates, DateOnly day)
    {
        var m = 0;
        while (m < dates.Length && dates[m] < day)
        {
            m++;
        }

        return m;
    }
}
