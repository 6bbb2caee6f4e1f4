using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Reporting;

/// <summary>
/// A monthly trend of stored series as a chart: a category per month end, a line per metric. The one place the
/// dashboard and the briefing pack turn series points into a <see cref="ChartSpec"/>, so both draw the same chart. A
/// point the history is too short for is a gap whose table cell says "fewer than 12 months of data".
/// </summary>
public static class TrendChart
{
    public const string MonthHeading = "Month end";

    /// <summary>The workforce census counts at 30 September; the children-in-need year ends on 31 March.</summary>
    private const int WorkforceYearEnd = 9;

    private const int ReferralYearEnd = 3;

    /// <param name="target">The target line, for a chart of one metric that has a target.</param>
    /// <param name="withheld">What to show instead of a point that must be withheld (small-number suppression), or null to show it.</param>
    public static ChartSpec Of(string title, IReadOnlyList<string> metricIds, IReadOnlyList<MetricSeriesPoint> points, double? target = null,
        ChartKind kind = ChartKind.Line, Func<MetricSeriesPoint, MetricUnit, string?>? withheld = null)
    {
        var dates = points.Select(p => p.AsOf).Distinct().Order().ToList();
        var byKey = points.ToDictionary(p => (p.AsOf, p.MetricId));
        return new ChartSpec(
            title,
            kind,
            MonthHeading,
            [.. dates.Select(d => new ChartCategory(Core.Periods.IsoDate.Of(d), Month(d)))],
            [.. metricIds.Select(id => MetricCatalog.Get(id).Info).Select(info =>
            {
                var own = dates.Select(d => byKey.GetValueOrDefault((d, info.Id))).ToList();
                var notes = own.Select(p => p is null ? null : p.ShortHistory ? FigureText.FewerThanAYear : withheld?.Invoke(p, info.Unit)).ToList();
                return new ChartSeries(info.Id, info.Title, info.Unit, [.. own.Select((p, i) => notes[i] is null ? p?.Value : null)], Notes: notes);
            })],
            metricIds.Count == 1 ? target : null,
            YearMark: metricIds.All(id => id.StartsWith("REF-", StringComparison.Ordinal)) ? ReferralYearEnd : WorkforceYearEnd);
    }

    /// <summary>A month as the charts' labels and tables write it, e.g. "Sep 2024".</summary>
    public static string Month(DateOnly date) => FigureText.Month(date);
}
