using WorkforceInsights.Data.Connections;
using System.Text;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Loading;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>A file replaces its kind whole or not at all; identical files change nothing.</summary>
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

    /// <summary>Wraps the real staging and throws after a number of a file's rows, as a full disk or lost connection would.</summary>
    private sealed class FailingReplacer(ITableReplacer inner, int failAfterRows) : ITableReplacer
    {
        public async Task<IImportStaging> BeginRunAsync(CancellationToken cancellationToken = default) =>
            new Staging(await inner.BeginRunAsync(cancellationToken), failAfterRows);

        private sealed class Staging(IImportStaging inner, int failAfterRows) : IImportStaging
        {
            public IReadOnlyList<ExtractTable> Accepted => inner.Accepted;

            public async Task<ITableReplacement> StageAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default) =>
                new Failing(await inner.StageAsync(table, onDuplicateKey, cancellationToken), failAfterRows);

            public Task SwapAllAsync(long runId, DateOnly extractDate, CancellationToken cancellationToken = default) => inner.SwapAllAsync(runId, extractDate, cancellationToken);

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
