using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Core.Metrics.Series;

/// <summary>
/// Every metric for every reporting date of the history, for the whole council and each group of
/// each breakdown the metric is meaningful for. The dashboard reads these stored points.
/// </summary>
public static class MetricSeriesCalculator
{
    /// <summary>Month ends over the data's history (30 September and 31 March among them), plus the latest date if it is not a month end.</summary>
    public static IReadOnlyList<DateOnly> ReportingDates(MetricInputs inputs)
    {
        if (inputs.EarliestDate is not { } first || inputs.LatestDate is not { } last)
        {
            return [];
        }

        var dates = ReportingPeriod.MonthEnds(first, last).ToList();
        if (dates.Count == 0 || dates[^1] != last)
        {
            dates.Add(last);
        }

        return dates;
    }

    /// <summary>
    /// The points of every date, in date order. Dates are independent, so they are computed in
    /// parallel (two cores halve the refresh); the order of the output does not depend on it.
    /// </summary>
    public static IEnumerable<MetricPoint> Calculate(MetricInputs inputs, IEnumerable<DateOnly> dates, IReadOnlyList<IMetric>? metrics = null)
    {
        var chosen = metrics ?? MetricCatalog.All;
        return dates.AsParallel().AsOrdered().SelectMany(date => CalculateDate(inputs, date, chosen));
    }

    /// <summary>The breakdowns whose groups the pages offer leavers by reason for (the council, a service area, a team).</summary>
    public static IReadOnlyList<Dimension> LeaverDimensions { get; } = [Dimension.Council, Dimension.ServiceArea, Dimension.Team];

    /// <summary>
    /// Everything the refresh stores, for the given dates and the changes of worker dated on or after
    /// <paramref name="changesFrom"/> (a partial refresh keeps the earlier ones). Dates are independent, so they are
    /// computed in parallel; each date's results keep date order.
    /// </summary>
    public static SeriesResults CalculateResults(MetricInputs inputs, IReadOnlyList<DateOnly> dates, DateOnly changesFrom = default)
    {
        var perDate = new DateResults[dates.Count];
        Parallel.For(0, dates.Count, i => perDate[i] = CalculateResultsOf(inputs, dates[i]));
        return new SeriesResults(
            dates,
            [.. perDate.SelectMany(d => d.Points)],
            [.. perDate.SelectMany(d => d.Workers)],
            [.. perDate.SelectMany(d => d.Leavers)],
            [.. perDate.SelectMany(d => d.Findings)],
            [.. inputs.Changes.Where(c => c.Date >= changesFrom)]);
    }

    private static DateResults CalculateResultsOf(MetricInputs inputs, DateOnly date)
    {
        var day = MetricDayBuilder.Build(inputs, date);
        var leavers = new List<StoredLeaversByReason>();
        var points = CalculateDay(day, MetricCatalog.All, (dimension, key, group) =>
        {
            if (LeaverDimensions.Contains(dimension))
            {
                leavers.AddRange(LeaversByReason.Of(group).Select(row => new StoredLeaversByReason(date, dimension, key, row)));
            }
        });
        return new DateResults(
            points,
            [.. day.Spells.Select(s => WorkerDayFact.From(date, s))],
            leavers,
            [.. DataQualityFindings.Of(day, inputs.OverlappingSpells).Select(f => new StoredFinding(date, f))]);
    }

    private sealed record DateResults(List<MetricPoint> Points, List<WorkerDayFact> Workers, List<StoredLeaversByReason> Leavers, List<StoredFinding> Findings);

    /// <summary>Every metric for one date: the council and each group of each breakdown it is meaningful for.</summary>
    public static List<MetricPoint> CalculateDate(MetricInputs inputs, DateOnly date, IReadOnlyList<IMetric> metrics) =>
        CalculateDay(MetricDayBuilder.Build(inputs, date), metrics, null);

    /// <summary>The points of a built day; <paramref name="eachGroup"/> sees every group of every breakdown on the way.</summary>
    private static List<MetricPoint> CalculateDay(MetricDay day, IReadOnlyList<IMetric> metrics, Action<Dimension, string, MetricDay>? eachGroup)
    {
        var date = day.Period.AsOf;
        var points = new List<MetricPoint>();
        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            var applicable = metrics.Where(m => m.Info.Dimensions.Contains(dimension)).ToList();
            if (applicable.Count == 0 && (eachGroup is null || !LeaverDimensions.Contains(dimension)))
            {
                continue;
            }

            foreach (var (key, group) in MetricDaySplitter.Split(day, dimension))
            {
                eachGroup?.Invoke(dimension, key, group);
                points.AddRange(applicable.Select(metric => new MetricPoint(date, metric.Info.Id, dimension, key, metric.Calculate(group))));
            }
        }

        return points;
    }
}
