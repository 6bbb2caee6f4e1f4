using System.Diagnostics;
using System.Globalization;
using WorkforceInsights.Core.Forecast;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Metrics;

namespace WorkforceInsights.Bench;

/// <summary>
/// The forecast of forecast.md ("Speed"): over an imported database, the data is read once (timed apart), then the
/// forecast with its targets, backtest and cohorts is computed for the given months with a scenario that exercises every
/// part (conversions, the ASYE intake), once and then ten times; the first and the median are reported.
/// </summary>
public static class ForecastBenchmark
{
    public static async Task<int> RunAsync(string db, int months)
    {
        var connections = new SqliteConnectionFactory(db);
        await new SchemaMigrator(connections, TimeProvider.System).MigrateAsync();
        var read = Stopwatch.StartNew();
        var inputs = await new MetricInputsQuery(connections).RunAsync();
        read.Stop();
        var asOf = inputs.ExtractDate ?? throw new InvalidOperationException("The database holds no imported extract.");
        var scenario = new ForecastScenario(ExtraAsye: 20, Conversions: 2, LeavingChange: -10, EstablishmentChange: 5, DemandChange: 3);
        var times = new List<double>();
        ForecastReport? report = null;
        for (var run = 0; run < 11; run++)
        {
            var clock = Stopwatch.StartNew();
            report = ForecastReport.Build(inputs, asOf, months, scenario, new WorkforceInsights.Core.Metrics.Targets.MetricTargets());
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        var median = times.Skip(1).Order().ElementAt(5);
        var people = report!.Forecast.Points[0].EmployedFte;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"forecast of {months} months from {asOf:yyyy-MM-dd} ({people:N0} employed FTE on E): first {times[0]:F0} ms, median of 10 {median:F0} ms (with its backtest and cohorts); reading the data {read.Elapsed.TotalSeconds:F2} s"));
        return 0;
    }
}
