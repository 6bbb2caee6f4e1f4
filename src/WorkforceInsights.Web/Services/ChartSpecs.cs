using System.Globalization;
using WorkforceInsights.Charts;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Disclosure;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Data.Queries.Dashboard;
using WorkforceInsights.Reporting;

namespace WorkforceInsights.Web.Services;

/// <summary>Turns what a page shows (stored series, a breakdown, case holders) into the chart the renderer draws.</summary>
public static class ChartSpecs
{
    /// <summary>A monthly trend of one or more metrics (<see cref="TrendChart"/>, shared with the briefing pack).</summary>
    /// <param name="target">The target line, for a chart of one metric that has a target.</param>
    /// <param name="withheld">What the small-numbers rule withholds (access.md): the point is not drawn and the table says "&lt;5" or "suppressed".</param>
    public static ChartSpec Trend(string title, IReadOnlyList<string> metricIds, IReadOnlyList<MetricSeriesPoint> points, decimal? target = null, ChartKind kind = ChartKind.Line, WithheldPoints? withheld = null) =>
        TrendChart.Of(title, metricIds, points, (double?)target, kind, withheld is null ? null : withheld.Note);

    /// <summary>One date's figures by group: a category per group, a bar per series.</summary>
    public static ChartSpec Breakdown(BreakdownView view) => new(
        view.Title,
        ChartKind.Bar,
        view.CategoryHeading,
        [.. view.Rows.Select(r => new ChartCategory(r.Key, r.Label))],
        [.. view.SeriesList.Select((s, i) => new ChartSeries(
            s.Key, s.Name, s.Unit, [.. view.Rows.Select(r => r.Notes?[i] is null ? r.Values[i] : null)], Notes: [.. view.Rows.Select(r => r.Notes?[i])]))]);

    /// <summary>
    /// The Caseloads chart of a scope's case holders: one bar each while they are few enough to read (a team, an area),
    /// else how many are how far over or under their threshold. A bar for each of a large council's case holders would
    /// draw a picture too big to send with every view of the page, and too dense for anyone to read.
    /// </summary>
    /// <param name="suppress">Withhold counts from 1 to 4 (a worker's cases, or case holders in a bar), as the case holders' CSV does (access.md: downloads).</param>
    public static ChartSpec CaseHolders(IReadOnlyList<CaseloadsViewModel.Worker> workers, int limit, bool suppress = false) =>
        ChartsEachCaseHolder(workers.Count, limit) ? EachCaseHolder(workers, suppress) : CaseHolderDistribution(workers, suppress);

    /// <summary>Whether <see cref="CaseHolders"/> draws a bar per case holder (the page then lists them in the chart's table).</summary>
    public static bool ChartsEachCaseHolder(int caseHolders, int limit) => caseHolders <= limit;

    /// <summary>How many whole cases over or under the threshold the distribution reaches before it gathers the rest.</summary>
    public const int DistributionReach = 6;

    /// <summary>
    /// How many case holders carry how many cases over (+) or under (−) their threshold, in whole cases away from it:
    /// +1 is more than 0 and up to 1 over, so the bars up to the margin are the headline's "a little over" and those
    /// beyond it its "well over"; the two ends gather everyone from <see cref="DistributionReach"/> on either way.
    /// </summary>
    /// <param name="suppress">Counts of 1 to 4 case holders are not drawn, and the table says "&lt;5" (access.md).</param>
    public static ChartSpec CaseHolderDistribution(IReadOnlyList<CaseloadsViewModel.Worker> workers, bool suppress = false)
    {
        var counts = new double?[(2 * DistributionReach) + 1];
        Array.Fill(counts, 0);
        foreach (var worker in workers)
        {
            counts[DistributionStep(worker.Excess) + DistributionReach]++;
        }

        return new(
            "Case holders by cases over or under their threshold",
            ChartKind.Bar,
            "Cases over (+) or under (−) the threshold (band target × FTE); +1 is more than 0 and up to 1 over",
            [.. Enumerable.Range(-DistributionReach, (2 * DistributionReach) + 1).Select(step => new ChartCategory(step.ToString(CultureInfo.InvariantCulture), StepLabel(step)))],
            [new ChartSeries("case_holders", "Case holders", MetricUnit.CaseHolders,
                [.. counts.Select(c => suppress && SmallNumbers.IsSmall(c) ? null : c)],
                Notes: suppress ? [.. counts.Select(c => SmallNumbers.Text(SmallNumbers.Count(c)))] : null)]);
    }

    /// <summary>The bar of a case holder <paramref name="excess"/> cases over their threshold (negative: under it).</summary>
    public static int DistributionStep(decimal excess) =>
        (int)Math.Clamp(excess > 0 ? Math.Ceiling(excess) : Math.Floor(excess), -DistributionReach, DistributionReach);

    private static string StepLabel(int step) => step switch
    {
        <= -DistributionReach => $"−{DistributionReach} or more",
        >= DistributionReach => $"+{DistributionReach} or more",
        < 0 => $"−{-step}",
        > 0 => $"+{step}",
        _ => "at the threshold",
    };

    /// <summary>Each case holder's cases as a bar, their threshold as a line over it (in the order of the table).</summary>
    /// <param name="suppress">A worker's cases from 1 to 4 are not drawn, and the table says "&lt;5" (access.md).</param>
    public static ChartSpec EachCaseHolder(IReadOnlyList<CaseloadsViewModel.Worker> workers, bool suppress = false) => new(
        "Cases per case holder against their threshold",
        ChartKind.Bar,
        "Case holders (one bar each, in the order of the table)",
        [.. workers.Select(w => new ChartCategory(w.WorkerId, w.WorkerId))],
        [
            new ChartSeries("cases", "Cases held", MetricUnit.Cases, [.. workers.Select(w => suppress && SmallNumbers.IsSmall(w.Cases) ? null : (double?)w.Cases)],
                Notes: suppress ? [.. workers.Select(w => SmallNumbers.Text(SmallNumbers.Count(w.Cases)))] : null),
            new ChartSeries("threshold", "Threshold (band target × FTE)", MetricUnit.Cases, [.. workers.Select(w => (double?)w.Threshold)], DrawAsLine: true),
        ]);

    /// <summary>
    /// The Rebalance section's chart (balancing.md: the before and after of every case holder): each case holder's load
    /// before and after the plan, their threshold as a line over the bars, those furthest over first. Beyond
    /// <paramref name="limit"/> case holders (as the Caseloads chart), only those the plan changes are drawn, so an area's
    /// plan stays readable; the table and the CSV keep every one.
    /// </summary>
    /// <param name="suppress">A load from 1 to 4 is not drawn, and the table says "&lt;5", as the case holders' CSV (access.md: downloads).</param>
    public static ChartSpec RebalanceLoads(IReadOnlyList<CaseHolderLoad> holders, int limit, bool suppress = false)
    {
        var every = ChartsEachCaseHolder(holders.Count, limit);
        var drawn = RebalanceChartOrder(holders).Where(h => every || h.LoadAfter != h.LoadBefore).ToList();
        return new(
            every ? "Load before and after the plan, per case holder" : "Case holders the plan changes: load before and after",
            ChartKind.Bar,
            every ? "Case holders (furthest over their threshold first)" : "Case holders the plan changes (givers, then receivers)",
            [.. drawn.Select(h => new ChartCategory(h.WorkerId, h.WorkerId))],
            [
                LoadSeries("before", "Load before", drawn.Select(h => h.LoadBefore), suppress),
                LoadSeries("after", "Load after", drawn.Select(h => h.LoadAfter), suppress),
                new ChartSeries("threshold", "Threshold (band target × FTE)", MetricUnit.Cases, [.. drawn.Select(h => (double?)h.Threshold)], DrawAsLine: true),
            ]);
    }

    /// <summary>Every case holder in the order the Rebalance chart draws them: those furthest over their threshold first.</summary>
    public static IEnumerable<CaseHolderLoad> RebalanceChartOrder(IEnumerable<CaseHolderLoad> holders) =>
        holders.OrderByDescending(h => h.LoadBefore - h.Threshold).ThenBy(h => h.WorkerId, StringComparer.Ordinal);

    private static ChartSeries LoadSeries(string key, string name, IEnumerable<decimal> loads, bool suppress)
    {
        var values = loads.Select(l => (double?)l).ToList();
        return new ChartSeries(key, name, MetricUnit.Cases, [.. values.Select(v => suppress && SmallNumbers.IsSmall(v) ? null : v)],
            Notes: suppress ? [.. values.Select(v => SmallNumbers.Text(SmallNumbers.Count(v)))] : null);
    }
}
