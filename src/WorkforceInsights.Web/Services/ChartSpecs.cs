using WorkforceInsights.Charts;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Web.Services;

/// <summary>Turns what a page shows (stored series, a breakdown, case holders) into the chart the renderer draws.</summary>
public static class ChartSpecs
{
    /// <summary>A monthly trend of one or more metrics (<see cref="TrendChart"/>, shared with the briefing pack).</summary>
    /// <param name="target">The target line, for a chart of one metric that has a target.</param>
    /// <param name="suppress">Withhold small numbers (access.md): the point is not drawn and the table says "&lt;5" or "suppressed".</param>
    public static ChartSpec Trend(string title, IReadOnlyList<string> metricIds, IReadOnlyList<MetricSeriesPoint> points, decimal? target = null, ChartKind kind = ChartKind.Line, bool suppress = false) =>
        TrendChart.Of(title, metricIds, points, (double?)target, kind,
            suppress ? (p, unit) => SmallNumbers.Note(p.Value, p.Numerator, p.Denominator, unit) : null);

    /// <summary>One date's figures by group: a category per group, a bar per series.</summary>
    public static ChartSpec Breakdown(BreakdownView view) => new(
        view.Title,
        ChartKind.Bar,
        view.CategoryHeading,
        [.. view.Rows.Select(r => new ChartCategory(r.Key, r.Label))],
        [.. view.SeriesList.Select((s, i) => new ChartSeries(
            s.Key, s.Name, s.Unit, [.. view.Rows.Select(r => r.Notes?[i] is null ? r.Values[i] : null)], Notes: [.. view.Rows.Select(r => r.Notes?[i])]))]);

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

}
