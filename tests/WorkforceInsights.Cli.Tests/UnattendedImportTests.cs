using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// Imports left running unattended, on a real `wi` process: killed with SIGKILL during a load and during the
/// refresh, the database holds the old data or the new, never a mix, and the next run recovers to a clean import's
/// figures; a second import beside a running one exits 3 and changes nothing.
/// </summary>
[NonParallelizable]
[Category("Process")]
public class UnattendedImportTests : TempFolderTest
{
    private const string ExtractDate = "2026-10-31";

    [Test]
    public async Task ShouldKeepThePreviousDataOfEveryKind_WhenKilledWhileLoadingAllocations_AndRecoverToACleanImportsFigures()
    {
        var (before, after) = (Sample("before", 0.25), Sample("after", 1));
        Assert.That((await WiRun.RunAsync("import", before, "--db", Db)).ExitCode, Is.Zero);
        var previous = await SnapshotAsync();

        await KillWhenAsync(after, _ => FileRunning("allocations.csv"));

        Assert.That(await ScalarAsync<string>("SELECT outcome FROM import_runs ORDER BY run_id DESC LIMIT 1"), Is.EqualTo("running"), "killed mid-run");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM import_files WHERE outcome = 'staged' AND run_id = (SELECT MAX(run_id) FROM import_runs)"), Is.EqualTo(3),
            "teams, workers and establishment were accepted before the kill: committed file by file, they would sit beside the old allocations");
        var afterKill = await SnapshotAsync();
        Assert.That(afterKill.Tables, Is.EqualTo(previous.Tables), "every table holds the previous import's rows");
        Assert.That(afterKill.DataState, Is.EqualTo(previous.DataState), "no refresh is owed: nothing new was swapped in");
        Assert.That(afterKill.Metrics, Is.EqualTo(previous.Metrics), "wi metrics shows the previous import's figures");
        Assert.That(afterKill.Series, Is.EqualTo(previous.Series));
        await AssertRecoversToACleanImportAsync(after);
    }

    [Test]
    public async Task ShouldMakeUpTheRefreshACrashSkipped_WhenKilledWhileRefreshing()
    {
        var folder = Sample("data", 0.5);

        await KillWhenAsync(folder, _ => FilesLoaded() == 5); // every file committed, the run not finished: the refresh is running

        Assert.That(await ScalarAsync<long>("SELECT data_generation - refreshed_generation FROM data_state"), Is.GreaterThan(0), "the data is newer than the stored results");
        await AssertRecoversToACleanImportAsync(folder);
    }

    [Test]
    public async Task ShouldRefuseASecondImportWithExitCode3_AndChangeNothing_WhileAnotherIsRunning()
    {
        var (first, second) = (Sample("first", 0.5), Sample("second", 0.25));
        using var running = StartWi("import", first, "--db", Db);
        await WaitUntilAsync(() => RunsMarked("running") == 1, running);

        var refused = await WiRun.RunAsync("import", second, "--db", Db);
        await running.WaitForExitAsync();

        Assert.That(refused.ExitCode, Is.EqualTo(3));
        Assert.That(refused.Output, Does.Contain("Another import is running"));
        Assert.That(running.ExitCode, Is.Zero);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM import_runs"), Is.EqualTo(1), "the refused import wrote nothing, not even an audit row");
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM import_files WHERE outcome = 'loaded'"), Is.EqualTo(5));
    }

    /// <summary>The next import of the same folder marks the dead run abandoned, and its figures equal a clean import's.</summary>
    private async Task AssertRecoversToACleanImportAsync(string folder)
    {
        var recovered = await WiRun.RunAsync("import", folder, "--db", Db);
        var cleanDb = Path.Combine(Folder, "clean.db");
        Assert.That((await WiRun.RunAsync("import", folder, "--db", cleanDb)).ExitCode, Is.Zero);

        Assert.That(recovered.ExitCode, Is.Zero, recovered.Output);
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM import_runs WHERE outcome = 'abandoned'"), Is.EqualTo(1));
        Assert.That(await ScalarAsync<long>("SELECT data_generation - refreshed_generation FROM data_state"), Is.Zero, "the stored results are current");
        Assert.That(await MetricsAsync(Db), Is.EqualTo(await MetricsAsync(cleanDb)));
        Assert.That(await StoredSeriesAsync(Db), Is.EqualTo(await StoredSeriesAsync(cleanDb)));
    }

    /// <summary>What the previous import left: each extract table's row count, data_state, `wi metrics` and the stored series.</summary>
    private async Task<(string Tables, string DataState, string Metrics, List<string> Series)> SnapshotAsync()
    {
        var tables = string.Join(", ", await Task.WhenAll(new[] { "teams", "worker_spells", "establishment", "allocations", "referrals" }
            .Select(async t => $"{t} {await CountAsync(t)}")));
        var dataState = await ScalarAsync<string>("SELECT ifnull(extract_date, '') || ' ' || data_generation || ' ' || refreshed_generation FROM data_state");
        return (tables, dataState, await MetricsAsync(Db), await StoredSeriesAsync(Db));
    }

    private string Sample(string name, double scale)
    {
        var folder = Path.Combine(Folder, name);
        SampleCouncilGenerator.WriteTo(folder, new SampleCouncilOptions(Scale: scale));
        return folder;
    }

    /// <summary>Starts `wi import` as its own process and SIGKILLs it the moment the condition holds.</summary>
    private async Task KillWhenAsync(string folder, Func<string, bool> condition)
    {
        using var process = StartWi("import", folder, "--db", Db);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        await WaitUntilAsync(() => { lock (output) { return condition(output.ToString()); } }, process);
        process.Kill(); // SIGKILL on Linux: no clean-up runs
        await process.WaitForExitAsync();
    }

    private static Process StartWi(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wi.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start)!;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.That(process.HasExited, Is.False, "the import finished before the moment the test waits for");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(120)), "timed out");
            await Task.Delay(5);
        }
    }

    private long FilesLoaded() => Scalar<long>("SELECT COUNT(*) FROM import_files WHERE outcome = 'loaded' AND run_id = (SELECT MAX(run_id) FROM import_runs)");

    /// <summary>The latest run is reading the file now (its audit row is open).</summary>
    private bool FileRunning(string fileName) =>
        Scalar<long>("SELECT COUNT(*) FROM import_files WHERE file_name = @fileName AND outcome = 'running' AND run_id = (SELECT MAX(run_id) FROM import_runs)", new { fileName }) == 1;

    private long RunsMarked(string outcome) => Scalar<long>("SELECT COUNT(*) FROM import_runs WHERE outcome = @outcome", new { outcome });

    private T Scalar<T>(string sql, object? parameters = null)
    {
        if (!File.Exists(Db))
        {
            return default!;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return connection.ExecuteScalar<T>(sql, parameters)!;
        }
        catch (SqliteException)
        {
            return default!; // the schema is still being created
        }
    }

    private Task<T> ScalarAsync<T>(string sql) => Task.FromResult(Scalar<T>(sql));

    private Task<long> CountAsync(string table) => ScalarAsync<long>($"SELECT COUNT(*) FROM {table}");

    private static async Task<string> MetricsAsync(string db) => (await WiRun.RunAsync("metrics", "--as-of", ExtractDate, "--format", "json", "--db", db)).Output;

    private static async Task<List<string>> StoredSeriesAsync(string db)
    {
        await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        return [.. await connection.QueryAsync<string>("SELECT as_of || metric_id || dimension || group_key || ifnull(value, 'null') FROM metric_snapshots ORDER BY 1")];
    }
}
