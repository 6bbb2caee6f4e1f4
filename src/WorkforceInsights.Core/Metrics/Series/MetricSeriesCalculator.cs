using WorkforceInsights.Core.Metrics.Facts;
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

    /// <summary>Every metric for one date: the council and each group of each breakdown it is meaningful for.</summary>
    public static List<MetricPoint> CalculateDate(MetricInputs inputs, DateOnly date, IReadOnlyList<IMetric> metrics)
    {
        var points = new List<MetricPoint>();
        var day = MetricDayBuilder.Build(inputs, date);
        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            var applicable = metrics.Where(m => m.Info.Dimensions.Contains(dimension)).ToList();
            if (applicable.Count == 0)
            {
                continue;
            }

            foreach (var (key, group) in MetricDaySplitter.Split(day, dimension))
            {
                points.AddRange(applicable.Select(metric => new MetricPoint(date, metric.Info.Id, dimension, key, metric.Calculate(group))));
            }
        }

        return points;
    }
}
