using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;

namespace WorkforceInsights.Web.Services;

/// <summary>Turns what a page shows (stored series, a breakdown, case holders) into the chart the renderer draws.</summary>
public static class ChartSpecs
{
    public const string MonthHeading = "Month end";

    /// <summary>A monthly trend of one or more metrics: a category per month end, a line per metric.</summary>
    /// <param name="target">The target line, for a chart of one metric that has a target.</param>
    public static ChartSpec Trend(string title, IReadOnlyList<string> metricIds, IReadOnlyList<MetricSeriesPoint> points, decimal? target = null, ChartKind kind = ChartKind.Line)
    {
        var dates = points.Select(p => p.AsOf).Distinct().Order().ToList();
        var values = points.ToDictionary(p => (p.AsOf, p.MetricId), p => p.Value);
        return new ChartSpec(
            title,
            kind,
            MonthHeading,
            [.. dates.Select(d => new ChartCategory(ReportingDate.Key(d), Month(d)))],
            [.. metricIds.Select(id => MetricCatalog.Get(id).Info).Select(info => new ChartSeries(
                info.Id, info.Title, info.Unit, [.. dates.Select(d => values.GetValueOrDefault((d, info.Id)))]))],
            metricIds.Count == 1 ? (double?)target : null);
    }

    /// <summary>One date's figures by group: a category per group, a bar per series.</summary>
    public static ChartSpec Breakdown(BreakdownView view) => new(
        view.Title,
        ChartKind.Bar,
        view.CategoryHeading,
        [.. view.Rows.Select(r => new ChartCategory(r.Key, r.Label))],
        [.. view.SeriesList.Select((s, i) => new ChartSeries(s.Key, s.Name, s.Unit, [.. view.Rows.Select(r => r.Values[i])]))]);

    /// <summary>Each case holder's cases as a bar, their threshold as a line over it (in the order of the table).</summary>
    public static ChartSpec CaseHolders(IReadOnlyList<CaseloadsViewModel.Worker> workers) => new(
        "Cases per case holder against their threshold",
        ChartKind.Bar,
        "Case holders (one bar each, in the order of the table)",
        [.. workers.Select(w => new ChartCategory(w.WorkerId, w.WorkerId))],
        [
            new ChartSeries("cases", "Cases held", "cases", [.. workers.Select(w => (double?)w.Cases)]),
            new ChartSeries("threshold", "Threshold (band target × FTE)", "cases", [.. workers.Select(w => (double?)w.Threshold)], DrawAsLine: true),
        ]);

    /// <summary>A month as the chart's labels and table headings write it, e.g. "Sep 2024".</summary>
    public static string Month(DateOnly date) => date.ToString("MMM yyyy", Figures.Culture);
}
