using WorkforceInsights.Data.Connections;
using System.Text;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Loading;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>A run replaces each kind it accepts whole, all in one swap, or changes nothing; identical files change nothing.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class AtomicReplaceTests(DatabaseProvider provider) : ImportFixture(provider)
{
    [SetUp]
    public async Task LoadPreviousData()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        Db.Write("allocations.csv", "child_id,worker_id,start_date,end_date,case_type\nC1,W1,2024-01-01,,CIN\nC2,W2,2024-02-01,2024-03-01,CP\n");
        await Db.ImportAsync();
    }

    [Test]
    public async Task ShouldKeepThePreviousDataAndMarkTheAuditFailed_WhenLoadingFailsPartWayThroughALargeFile()
    {
        var rows = new StringBuilder("child_id,worker_id,start_date,end_date,case_type\n");
        for (var i = 0; i < 60_000; i++)
        {
            rows.Append('C').Append(i).Append(",W1,2024-01-01,,CLA\n");
        }

        Db.Write("allocations.csv", rows.ToString());
        Db.UseReplacer(new FailingReplacer(Db.Replacer, failAfterRows: 30_000));

        var report = await Db.ImportAsync();

        var file = report.Files.Single(f => f.FileName == "allocations.csv");
        Assert.That(file.Outcome, Is.EqualTo(ImportOutcome.Failed));
        Assert.That(await Db.QueryAsync<string>("SELECT child_id FROM allocations ORDER BY child_id"), Is.EqualTo(new[] { "C1", "C2" }), "previous allocations intact");
        var audit = await Db.QueryAsync<string>("SELECT outcome FROM import_files WHERE file_name = 'allocations.csv' ORDER BY file_id DESC");
        Assert.That(audit[0], Is.EqualTo(ImportOutcome.Failed));
        Assert.That((await Db.QueryAsync<string>("SELECT outcome FROM import_runs ORDER BY run_id DESC"))[0], Is.EqualTo(ImportOutcome.Failed));
        Assert.That(report.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldReportIdenticalFilesAsUnchanged_AndChangeNothing()
    {
        var before = await Db.RowsAsync("SELECT child_id, worker_id, start_date FROM allocations ORDER BY child_id");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Unchanged));
        Assert.That(report.Outcome, Is.EqualTo(ImportOutcome.Unchanged));
        Assert.That(await Db.RowsAsync("SELECT child_id, worker_id, start_date FROM allocations ORDER BY child_id"), Is.EqualTo(before));
    }

    [Test]
    public async Task ShouldReplaceEveryRowOfAKind_WhenANewSnapshotLoads()
    {
        Db.Write("allocations.csv", "child_id,worker_id,start_date,end_date,case_type\nC9,W2,2024-05-01,,CL\n");

        await Db.ImportAsync();

        Assert.That(await Db.QueryAsync<string>("SELECT child_id FROM allocations"), Is.EqualTo(new[] { "C9" }));
    }

    [Test]
    public async Task ShouldRecordEveryRunFileAndErrorInTheAudit()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,One,\n");

        await Db.ImportAsync();

        var issues = await Db.RowsAsync("SELECT f.file_name, i.line_number, i.column_name FROM import_issues i JOIN import_files f ON f.file_id = i.file_id");
        Assert.That(issues, Is.EqualTo(new[] { "teams.csv|2|service_area" }));
        Assert.That(await Db.CountAsync("import_runs"), Is.EqualTo(2));
    }

    private const string NewTeams = "team_code,team_name,service_area\nT1,Team One,Assessment\nT2,Team Two,Family Safeguarding\nT4,Team Four,Assessment\n";
    private const string NewAllocations = "child_id,worker_id,start_date,end_date,case_type\nC9,W2,2024-05-01,,CL\n";

    [Test]
    public async Task ShouldSwapInOnlyTheAcceptedKind_WhenAnotherFileOfTheRunIsRejected()
    {
        // T3 lacks its service area, so the new teams.csv is rejected; the new allocations.csv (C9 only) is accepted.
        Db.Write("teams.csv", "team_code,team_name,service_area\nT1,One,Assessment\nT3,Three,\n");
        Db.Write("allocations.csv", NewAllocations);
        var generation = await GenerationAsync();

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => $"{f.FileName} {f.Outcome} {f.RowsLoaded}"), Is.EqualTo(new[] { "teams.csv rejected 0", "workers.csv unchanged 0", "allocations.csv loaded 1" }));
        Assert.That(await Db.QueryAsync<string>("SELECT team_code FROM teams ORDER BY team_code"), Is.EqualTo(new[] { "T1", "T2" }), "the previous teams");
        Assert.That(await Db.QueryAsync<string>("SELECT child_id FROM allocations"), Is.EqualTo(new[] { "C9" }));
        Assert.That(await LatestRunsFilesAsync(), Is.EqualTo(new[] { "teams.csv|rejected|0", "workers.csv|unchanged|0", "allocations.csv|loaded|1" }));
        Assert.That(await GenerationAsync(), Is.EqualTo(generation + 1), "one swap, one generation");
    }

    [Test]
    public async Task ShouldKeepThePreviousDataOfEveryKind_AndMarkTheStagedFilesFailed_WhenTheSwapFails()
    {
        Db.Write("teams.csv", NewTeams);
        Db.Write("allocations.csv", NewAllocations);
        var generation = await GenerationAsync();
        Db.UseReplacer(new FailingReplacer(Db.Replacer, swapFailure: new InvalidOperationException("connection lost (injected)")));

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => $"{f.FileName} {f.Outcome}"), Is.EqualTo(new[] { "teams.csv failed", "workers.csv unchanged", "allocations.csv failed" }));
        Assert.That(report.ExitCode, Is.EqualTo(1));
        Assert.That(await Db.QueryAsync<string>("SELECT team_code FROM teams ORDER BY team_code"), Is.EqualTo(new[] { "T1", "T2" }));
        Assert.That(await Db.QueryAsync<string>("SELECT child_id FROM allocations ORDER BY child_id"), Is.EqualTo(new[] { "C1", "C2" }));
        Assert.That(await LatestRunsFilesAsync(), Is.EqualTo(new[] { "teams.csv|failed|0", "workers.csv|unchanged|0", "allocations.csv|failed|0" }));
        Assert.That((await Db.QueryAsync<string>("SELECT outcome FROM import_runs ORDER BY run_id DESC"))[0], Is.EqualTo(ImportOutcome.Failed));
        Assert.That(await GenerationAsync(), Is.EqualTo(generation));
    }

    [Test]
    public async Task ShouldLoadTheStagedFilesAgain_WhenTheRunBeforeDiedBeforeItsSwap()
    {
        Db.Write("teams.csv", NewTeams);
        Db.Write("allocations.csv", NewAllocations);
        var real = Db.Replacer;
        // The process ends at the swap (cancelled here, as a shutdown would): nothing after it runs, the run stays open.
        Db.UseReplacer(new FailingReplacer(real, swapFailure: new OperationCanceledException("process ended (injected)")));
        Assert.ThrowsAsync<OperationCanceledException>(() => Db.ImportAsync());
        Assert.That(await LatestRunsFilesAsync(), Is.EqualTo(new[] { "teams.csv|staged|0", "workers.csv|unchanged|0", "allocations.csv|staged|0" }));
        Assert.That(await Db.QueryAsync<string>("SELECT child_id FROM allocations ORDER BY child_id"), Is.EqualTo(new[] { "C1", "C2" }), "staged, never swapped in");
        Db.UseReplacer(real);

        var report = await Db.ImportAsync();

        // Had the staged files counted as loaded, the checksum check would call them unchanged and the new data would never load.
        Assert.That(report.Files.Select(f => $"{f.FileName} {f.Outcome}"), Is.EqualTo(new[] { "teams.csv loaded", "workers.csv unchanged", "allocations.csv loaded" }));
        Assert.That(await Db.QueryAsync<string>("SELECT team_code FROM teams ORDER BY team_code"), Is.EqualTo(new[] { "T1", "T2", "T4" }));
        Assert.That(await Db.QueryAsync<string>("SELECT child_id FROM allocations"), Is.EqualTo(new[] { "C9" }));
        Assert.That(await Db.QueryAsync<string>("SELECT outcome FROM import_files WHERE run_id = (SELECT MAX(run_id) - 1 FROM import_runs) ORDER BY file_id"),
            Is.EqualTo(new[] { "abandoned", "unchanged", "abandoned" }), "the dead run's staged files");
    }

    private async Task<long> GenerationAsync() => (await Db.QueryAsync<long>("SELECT data_generation FROM data_state"))[0];

    private Task<List<string>> LatestRunsFilesAsync() =>
        Db.RowsAsync("SELECT file_name, outcome, rows_loaded FROM import_files WHERE run_id = (SELECT MAX(run_id) FROM import_runs) ORDER BY file_id");

    /// <summary>
    /// Wraps the real staging: throws after a number of a file's rows, as a full disk or lost connection would, or
    /// instead of the swap.
    /// </summary>
    private sealed class FailingReplacer(ITableReplacer inner, int failAfterRows = int.MaxValue, Exception? swapFailure = null) : ITableReplacer
    {
        public async Task<IImportStaging> BeginRunAsync(CancellationToken cancellationToken = default) =>
            new Staging(await inner.BeginRunAsync(cancellationToken), failAfterRows, swapFailure);

        private sealed class Staging(IImportStaging inner, int failAfterRows, Exception? swapFailure) : IImportStaging
        {
            public IReadOnlyList<ExtractTable> Accepted => inner.Accepted;

            public void DeclareHistoryStart(Core.Metrics.History.HistorySource kind, DateOnly? historyStart) => inner.DeclareHistoryStart(kind, historyStart);

            public async Task<ITableReplacement> StageAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default) =>
                new Failing(await inner.StageAsync(table, onDuplicateKey, cancellationToken), failAfterRows);

            public Task SwapAllAsync(long runId, DateOnly extractDate, CancellationToken cancellationToken = default) =>
                swapFailure is null ? inner.SwapAllAsync(runId, extractDate, cancellationToken) : throw swapFailure;

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }

        private sealed class Failing(ITableReplacement inner, int failAfterRows) : ITableReplacement
        {
            private int _rows;

            public void Insert(object?[] values)
            {
                if (++_rows > failAfterRows)
                {
                    throw new IOException("disk full (injected)");
                }

                inner.Insert(values);
            }

            public void Flush() => inner.Flush();

            public Task AcceptAsync(CancellationToken cancellationToken = default) => inner.AcceptAsync(cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
