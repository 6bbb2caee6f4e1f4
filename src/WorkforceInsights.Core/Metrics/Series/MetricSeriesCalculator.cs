using System.Runtime.CompilerServices;
using System.Threading.Channels;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.History;
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
    /// Everything the refresh stores for each of the given dates, yielded as each date is computed (not in date
    /// order). Dates are independent, so they are computed in parallel, one per core; at most one finished date per
    /// core waits for the consumer, so memory holds a few dates' results, not the series. The consumer stopping
    /// early (an error, a cancellation) stops the computing.
    /// </summary>
    public static async IAsyncEnumerable<SeriesDateResults> CalculateEachAsync(
        MetricInputs inputs, IReadOnlyList<DateOnly> dates, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = Channel.CreateBounded<SeriesDateResults>(new BoundedChannelOptions(Environment.ProcessorCount) { SingleReader = true });
        var computing = Task.Run(async () =>
        {
            try
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token };
                await Parallel.ForEachAsync(dates, options, (date, token) => finished.Writer.WriteAsync(ResultsOf(inputs, date), token));
                finished.Writer.Complete();
            }
            catch (Exception e)
            {
                finished.Writer.Complete(e); // the consumer sees the engine's error
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var results in finished.Reader.ReadAllAsync(cancellationToken))
            {
                yield return results;
            }
        }
        finally
        {
            await stop.CancelAsync(); // a consumer that stopped early leaves no computing blocked on a full channel
            await computing;
        }
    }

    /// <summary>Everything the refresh stores for one date.</summary>
    public static SeriesDateResults ResultsOf(MetricInputs inputs, DateOnly date)
    {
        var day = MetricDayBuilder.Build(inputs, date);
        var leavers = new List<StoredLeaversByReason>();
        // Leavers by reason are leavers in the year: none are stored until the workers' history covers the year.
        var leaversCovered = HistoryNeed.YearOfWorkers.All(need => need.IsCoveredOn(date, inputs.HistoryStarts.Of(need.Source)));
        var points = CalculateDay(day, MetricCatalog.All, inputs.HistoryStarts, (dimension, key, group) =>
        {
            if (leaversCovered && LeaverDimensions.Contains(dimension))
            {
                leavers.AddRange(LeaversByReason.Of(group).Select(row => new StoredLeaversByReason(date, dimension, key, row)));
            }
        });
        return new SeriesDateResults(
            date,
            points,
            [.. day.Spells.Select(s => WorkerDayFact.From(date, s))],
            leavers,
            [.. DataQualityFindings.Of(day, inputs.OverlappingSpells).Select(f => new StoredFinding(date, f))]);
    }

    /// <summary>Every metric for one date: the council and each group of each breakdown it is meaningful for.</summary>
    public static List<MetricPoint> CalculateDate(MetricInputs inputs, DateOnly date, IReadOnlyList<IMetric> metrics) =>
        CalculateDay(MetricDayBuilder.Build(inputs, date), metrics, inputs.HistoryStarts, null);

    /// <summary>The points of a built day, null where the history is too short; <paramref name="eachGroup"/> sees every group of every breakdown on the way.</summary>
    private static List<MetricPoint> CalculateDay(MetricDay day, IReadOnlyList<IMetric> metrics, HistoryStarts starts, Action<Dimension, string, MetricDay>? eachGroup)
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
                points.AddRange(applicable.Select(metric => new MetricPoint(date, metric.Info.Id, dimension, key, HistoryGate.Calculate(metric, group, starts))));
            }
        }

        return points;
    }
}
