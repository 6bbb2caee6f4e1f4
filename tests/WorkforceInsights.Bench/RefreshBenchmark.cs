using System.Diagnostics;
using System.Globalization;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Bench;

/// <summary>One full series refresh (every date) of an imported database: its time, points and the process's peak memory.</summary>
public static class RefreshBenchmark
{
    public static async Task<int> RunAsync(string db)
    {
        var connections = new SqliteConnectionFactory(db);
        await new SchemaMigrator(connections, TimeProvider.System).MigrateAsync();
        var clock = Stopwatch.StartNew();
        var refresh = await new MetricSeriesRefresher(connections, new MetricInputsQuery(connections), TimeProvider.System).RecomputeAllAsync();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"series refresh {clock.Elapsed.TotalSeconds:F2} s, {refresh.Points:N0} points, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB; GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MB"));
        return 0;
    }
}
