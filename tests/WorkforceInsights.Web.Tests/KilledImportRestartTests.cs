using System.Diagnostics;
using Microsoft.Data.Sqlite;
using WorkforceInsights.Cli;
using WorkforceInsights.Import.SampleCouncil;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// A `wi import` killed with SIGKILL while it loads allocations.csv: the web app, restarted on that database, shows
/// the previous import's figures (its start finds no refresh owed, so it computes nothing from the half-run), and so
/// does `wi metrics`; the next import then gives the figures of a clean import of the same files.
/// </summary>
[NonParallelizable]
[Category("Process")]
public sealed class KilledImportRestartTests
{
    private const string AsOf = "2026-10-31";

    /// <summary>Stored series (the refresh's output) and a list read from the tables at the extract date.</summary>
    private static readonly string[] s_downloads =
    [
        $"/download/series.csv?metrics=CH-OPEN,CH-W1,WF-TURN&dimension=Council&group=Council&to={AsOf}",
        $"/download/caseloads.csv?asOf={AsOf}",
    ];

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-web-tests", Guid.NewGuid().ToString("N"))).FullName;

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Test]
    public async Task ShouldShowThePreviousFiguresAfterARestart_WhenAnImportIsKilledWhileLoadingAllocations_AndACleanImportsAfterTheNextImport()
    {
        var (before, after) = (Sample("before", 0.25), Sample("after", 1));
        var db = Path.Combine(_folder, "wi.db");
        await WiAsync("import", before, "--db", db);
        var oldFigures = await WebFiguresAsync(db);
        var oldMetrics = await WiAsync("metrics", "--as-of", AsOf, "--format", "json", "--db", db);

        await KillImportWhileLoadingAllocationsAsync(after, db);

        Assert.That(StagedFilesOfTheLatestRun(db), Is.EqualTo(new[] { "teams", "workers", "establishment" }),
            "the kill came after three files were accepted: a per-file commit would have left them beside the old allocations");
        Assert.That(await WebFiguresAsync(db), Is.EqualTo(oldFigures), "the restarted app shows the previous import's figures");
        Assert.That(await WiAsync("metrics", "--as-of", AsOf, "--format", "json", "--db", db), Is.EqualTo(oldMetrics));

        await WiAsync("import", after, "--db", db);
        var clean = Path.Combine(_folder, "clean.db");
        await WiAsync("import", after, "--db", clean);

        var newFigures = await WebFiguresAsync(db);
        Assert.That(newFigures, Is.EqualTo(await WebFiguresAsync(clean)));
        Assert.That(newFigures, Is.Not.EqualTo(oldFigures), "the two samples' figures differ, so the comparisons above can fail");
        Assert.That(await WiAsync("metrics", "--as-of", AsOf, "--format", "json", "--db", db), Is.EqualTo(await WiAsync("metrics", "--as-of", AsOf, "--format", "json", "--db", clean)));
    }

    private string Sample(string name, double scale)
    {
        var folder = Path.Combine(_folder, name);
        SampleCouncilGenerator.WriteTo(folder, new SampleCouncilOptions(Scale: scale));
        return folder;
    }

    /// <summary>Starts the app on the database (as a restart does: migrate, refresh if owed; no sample) and downloads the figures.</summary>
    private static async Task<List<string>> WebFiguresAsync(string db)
    {
        using var app = new SampleCouncilApp(settings: new Dictionary<string, string>
        {
            ["Database:SqlitePath"] = db,
            ["SampleData:LoadOnFirstStart"] = "false",
        }, fromTemplate: false);
        using var client = await app.SignedInClientAsync("Leader");
        var figures = new List<string>();
        foreach (var url in s_downloads)
        {
            figures.Add(await client.GetStringAsync(url));
        }

        return figures;
    }

    /// <summary>`wi` in this process; its output, after checking it exited 0.</summary>
    private static async Task<string> WiAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await WiCommandLine.RunAsync(args, output, error);
        Assert.That(exit, Is.Zero, $"wi {string.Join(' ', args)}: {output}{error}");
        return output.ToString();
    }

    /// <summary>
    /// `wi import` as a process of its own (the wi.dll beside this test, run on the test's runtime configuration, which
    /// names the shared frameworks it needs), SIGKILLed once the run's allocations.csv audit row is open.
    /// </summary>
    private static async Task KillImportWhileLoadingAllocationsAsync(string folder, string db)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var bin = AppContext.BaseDirectory;
        foreach (var arg in new[]
        {
            "exec", "--runtimeconfig", Path.Combine(bin, "WorkforceInsights.Web.Tests.runtimeconfig.json"),
            "--depsfile", Path.Combine(bin, "WorkforceInsights.Web.Tests.deps.json"), Path.Combine(bin, "wi.dll"), "import", folder, "--db", db,
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!AllocationsRunning(db))
        {
            Assert.That(process.HasExited, Is.False, "the import finished before it reached allocations.csv");
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(120)), "timed out");
            await Task.Delay(5);
        }

        process.Kill(); // SIGKILL on Linux: no clean-up runs
        await process.WaitForExitAsync();
    }

    private static bool AllocationsRunning(string db) =>
        Query(db, "SELECT extract_kind FROM import_files WHERE extract_kind = 'allocations' AND outcome = 'running' AND run_id = (SELECT MAX(run_id) FROM import_runs)").Count == 1;

    private static List<string> StagedFilesOfTheLatestRun(string db) =>
        Query(db, "SELECT extract_kind FROM import_files WHERE outcome = 'staged' AND run_id = (SELECT MAX(run_id) FROM import_runs) ORDER BY file_id");

    private static List<string> Query(string db, string sql)
    {
        var rows = new List<string>();
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }
        }
        catch (SqliteException)
        {
            // The schema is still being created.
        }

        return rows;
    }
}
