using System.Diagnostics;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;

namespace WorkforceInsights.Bench;

/// <summary>Where the series time goes: reading inputs, building each day's facts, splitting, calculating.</summary>
public static class SeriesProfile
{
    public static async Task<int> RunAsync(string db)
    {
        var connections = new SqliteConnectionFactory(db);
        var clock = Stopwatch.StartNew();
        var inputs = await new MetricInputsQuery(connections).RunAsync();
        Console.WriteLine($"read inputs, cold: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var points = MetricSeriesCalculator.Calculate(inputs, MetricSeriesCalculator.ReportingDates(inputs)).Count();
        Console.WriteLine($"all dates in parallel, not stored, cold: {clock.Elapsed.TotalSeconds:F2} s ({points} points)");
        clock.Restart();
        inputs = await new MetricInputsQuery(connections).RunAsync();
        Console.WriteLine($"read inputs, warm: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        points = MetricSeriesCalculator.Calculate(inputs, MetricSeriesCalculator.ReportingDates(inputs)).Count();
        Console.WriteLine($"all dates in parallel, not stored, warm: {clock.Elapsed.TotalSeconds:F2} s");
        var dates = MetricSeriesCalculator.ReportingDates(inputs);
        double build = 0, split = 0, calculate = 0;
        var perMetric = new Dictionary<string, double>();
        foreach (var date in dates)
        {
            clock.Restart();
            var day = MetricDayBuilder.Build(inputs, date);
            build += clock.Elapsed.TotalSeconds;
            foreach (var dimension in Enum.GetValues<Dimension>())
            {
                clock.Restart();
                var groups = MetricDaySplitter.Split(day, dimension);
                split += clock.Elapsed.TotalSeconds;
                foreach (var metric in MetricCatalog.All.Where(m => m.Info.Dimensions.Contains(dimension)))
                {
                    clock.Restart();
                    foreach (var group in groups.Values)
                    {
                        metric.Calculate(group);
                    }

                    var t = clock.Elapsed.TotalSeconds;
                    calculate += t;
                    perMetric[metric.Info.Id] = perMetric.GetValueOrDefault(metric.Info.Id) + t;
                }
            }
        }

        Console.WriteLine($"{dates.Count} dates: build {build:F2} s, split {split:F2} s, calculate {calculate:F2} s");
        foreach (var (id, t) in perMetric.OrderByDescending(p => p.Value).Take(8))
        {
            Console.WriteLine($"  {id}: {t:F2} s");
        }

        return 0;
    }
}
