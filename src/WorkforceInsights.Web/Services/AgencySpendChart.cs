using WorkforceInsights.Charts;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Web.Services;

/// <summary>The Agency page's chart of estimated spend per month, as the page, its table and its downloads draw it.</summary>
public static class AgencySpendChart
{
    /// <summary>Says it is an estimate; how it is made is said beside the chart (the page) and in agency.md.</summary>
    public const string Title = "Estimated agency spend per month";

    /// <param name="months">The months, oldest first.</param>
    /// <param name="suppress">Withhold a month whose estimate rests on 1 to 4 workers (downloads: access.md).</param>
    public static ChartSpec Of(IReadOnlyList<MonthSpend> months, bool suppress) => new(
        Title,
        ChartKind.Bar,
        "Month",
        [.. months.Select(m => new ChartCategory(IsoDate.Of(m.To), Label(m)))],
        [new ChartSeries("estimated_spend", "Estimated spend", MetricUnit.Pounds,
            [.. months.Select(m => suppress && IsWithheld(m) ? null : (double?)Math.Round(m.Estimate))],
            Notes: suppress ? [.. months.Select(m => IsWithheld(m) ? SmallNumbers.SuppressedText : null)] : null)]);

    /// <summary>
    /// A month's estimate is a sum of its workers' rates: over 1 to 4 workers it would tell what each is paid, so it is
    /// withheld as a rate over a small count is (access.md, primary suppression).
    /// </summary>
    public static bool IsWithheld(MonthSpend month) => SmallNumbers.IsSmall(month.WorkersCharged);

    /// <summary>"Oct 2026", or "Oct 2026 (1 to 14)" for a month the date cuts short.</summary>
    public static string Label(MonthSpend month) =>
        FigureText.Month(month.Month) + (month.To == month.Month.AddMonths(1).AddDays(-1) ? string.Empty : $" (1 to {month.To.Day})");
}
