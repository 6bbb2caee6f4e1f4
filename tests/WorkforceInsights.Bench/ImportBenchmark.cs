using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Migrations;
using WorkforceInsights.Data.Queries.Import;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Bench;

/// <summary>
/// Import throughput and peak memory for the sample council at each scale, measured in a child
/// process (so generating the files does not count towards memory), beside sqlite3's own
/// `.import` of the same CSV files into plain tables.
/// </summary>
public static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scales = args.Length > 0 ? args.Select(a => double.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1.0, 10.0];
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-bench")).FullName;
        Console.WriteLine("scale | rows | load s | rows/s | load peak MB | sqlite3 .import s | ratio | series refresh s | points | wi import peak MB (load + refresh)");
        foreach (var scale in scales)
        {
            var folder = Path.Combine(work, $"scale-{scale.ToString(CultureInfo.InvariantCulture)}");
            if (!File.Exists(Path.Combine(folder, "referrals.csv")))
            {
                SampleCouncilGenerator.WriteTo(folder, new SampleCouncilOptions(Scale: scale));
            }

            var child = await RunChildProcessAsync(folder, Path.Combine(work, $"import-{Guid.NewGuid():N}.db"));
            var sqlite = SqliteCliImport.Time(folder, Path.Combine(work, $"raw-{Guid.NewGuid():N}.db"));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} | {1:N0} | {2:F2} | {3:N0} | {4:F0} | {5} | {6} | {7:F1} | {8:N0} | {9:F0}",
                scale, child.Rows, child.Seconds, child.Rows / child.Seconds, child.PeakBytes / 1048576.0,
                sqlite is { } s ? s.ToString("F2", CultureInfo.InvariantCulture) : "sqlite3 not installed",
                sqlite is { } t ? (child.Seconds / t).ToString("F2", CultureInfo.InvariantCulture) + "x" : "-", child.SeriesSeconds, child.Points, child.TotalPeakBytes / 1048576.0));
        }

        return 0;
    }

    /// <summary>Runs in the child: one import of the folder into a new database, then reports.</summary>
    public static async Task<int> RunChildAsync(string folder, string db)
    {
        var connections = new SqliteConnectionFactory(db);
        await new SchemaMigrator(connections, TimeProvider.System).MigrateAsync();
        var importer = new ExtractFolderImporter(new SqliteTableReplacer(connections), new ImportAuditStore(connections, TimeProvider.System),
            new ReferenceKeysQuery(connections), NullLogger<ExtractFolderImporter>.Instance);
        var clock = Stopwatch.StartNew();
        var report = await importer.ImportAsync(folder, "bench");
        var seconds = clock.Elapsed.TotalSeconds;
        if (report.Outcome != ImportOutcome.Loaded)
        {
            await Console.Error.WriteLineAsync($"import {report.Outcome}");
            return 1;
        }

        using var afterImport = Process.GetCurrentProcess();
        var importPeak = afterImport.PeakWorkingSet64;
        clock.Restart();
        var refresh = await new MetricSeriesRefresher(connections, new MetricInputsQuery(connections), TimeProvider.System).RefreshAsync();
        var seriesSeconds = clock.Elapsed.TotalSeconds;
        using var afterRefresh = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Files.Sum(f => f.RowsLoaded)} {seconds} {importPeak} {seriesSeconds} {refresh.Points} {afterRefresh.PeakWorkingSet64} {refresh.DatesRecomputed} {refresh.DatesInSeries}"));
        return 0;
    }

    /// <summary>
    /// Two nights in a row, as a council runs it: the sample's extract of the day before its extract date is imported
    /// into a new database (a full refresh), then the next night's extract into the same one. Reports the second
    /// import: its load, its refresh (which recomputes only the dates from the first one the night changed) and the
    /// process's peak memory; then checks that what it stored equals a full recompute (<see cref="FullRecomputeCheck"/>),
    /// and exits 1 if not.
    /// </summary>
    public static async Task<int> RunNightlyAsync(string[] args)
    {
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-bench")).FullName;
        Console.WriteLine("scale | rows | load s | refresh s | dates recomputed | points | wi import peak MB (load + refresh) | equals a full recompute");
        var exitCode = 0;
        foreach (var scale in args.Select(a => double.Parse(a, CultureInfo.InvariantCulture)))
        {
            var name = scale.ToString(CultureInfo.InvariantCulture);
            var (night, nextNight) = (Path.Combine(work, $"night-before-scale-{name}"), Path.Combine(work, $"scale-{name}"));
            if (!File.Exists(Path.Combine(night, "referrals.csv")))
            {
                SampleCouncilGenerator.WriteTo(night, new SampleCouncilOptions(Scale: scale) { ExtractDate = SampleCouncilOptions.DefaultExtractDate.AddDays(-1) });
            }

            if (!File.Exists(Path.Combine(nextNight, "referrals.csv")))
            {
                SampleCouncilGenerator.WriteTo(nextNight, new SampleCouncilOptions(Scale: scale));
            }

            var db = Path.Combine(work, $"nightly-{Guid.NewGuid():N}.db");
            await RunChildProcessAsync(night, db);
            var second = await RunChildProcessAsync(nextNight, db);
            var differing = await FullRecomputeCheck.DifferencesAsync(db);
            exitCode = differing.Count > 0 ? 1 : exitCode;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} | {1:N0} | {2:F2} | {3:F2} | {4} of {5} | {6:N0} | {7:F0} | {8}",
                scale, second.Rows, second.Seconds, second.SeriesSeconds, second.DatesRecomputed, second.DatesInSeries, second.Points, second.TotalPeakBytes / 1048576.0,
                differing.Count == 0 ? "yes, every stored table" : "NO: " + string.Join(", ", differing)));
        }

        return exitCode;
    }

    private static async Task<(long Rows, double Seconds, long PeakBytes, double SeriesSeconds, long Points, long TotalPeakBytes, int DatesRecomputed, int DatesInSeries)> RunChildProcessAsync(string folder, string db)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(ImportBenchmark).Assembly.Location, "import-child", folder, db]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var parts = output.Trim().Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture),
            double.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture), long.Parse(parts[5], CultureInfo.InvariantCulture),
            int.Parse(parts[6], CultureInfo.InvariantCulture), int.Parse(parts[7], CultureInfo.InvariantCulture));
    }
}
