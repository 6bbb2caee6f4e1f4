using Microsoft.Data.Sqlite;
using SQLitePCL;
using WorkforceInsights.Core.Metrics.Series;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries.Metrics;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>
/// The refresh stages each date's results as it computes them, then swaps them in with one transaction. A refresh
/// that fails before its swap leaves the stored results a reader had, and staging locks nothing the web app writes.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class RefreshStagingTests(DatabaseProvider provider) : RefreshedSampleFixture(provider)
{
    private static readonly string[] s_storedTables = ["metric_snapshots", "worker_day_facts", "leavers_by_reason", "data_quality_findings", "worker_changes", "series_basis"];

    [Test]
    public async Task ShouldKeepTheStoredResults_WhenARefreshFailsAfterStagingEveryDate()
    {
        var before = await StoredRowsAsync();
        await ImportWithoutEveryOtherReferralAsync();

        var failed = Refresher(new FailingClock());
        Assert.ThrowsAsync<InvalidOperationException>(() => failed.RecomputeAllAsync(), "the clock fails after the dates are staged, before the swap");

        Assert.That(await StoredRowsAsync(), Is.EqualTo(before), "a reader still sees the previous refresh's results, whole");
        Assert.That(await failed.IsPendingAsync(), Is.True, "the refresh is still owed");
        await Refresher(TimeProvider.System).RefreshAsync();
        Assert.That(await StoredRowsAsync(), Is.Not.EqualTo(before), "the next refresh swaps in the new data's results");
        Assert.That(await failed.IsPendingAsync(), Is.False);
    }

    [Test]
    public async Task ShouldLeaveTheDatabaseWritable_WhileARefreshIsStagingRows()
    {
        if (Db.Connections.Provider != DatabaseProvider.Sqlite)
        {
            Assert.Ignore("SQLite's database-wide write lock; SQL Server locks rows, and stages in tempdb.");
        }

        await using var staging = await StoredResultsWriter.For(Db.Connections).BeginAsync();
        await staging.AddAsync(MetricSeriesCalculator.ResultsOf(Inputs, AsOf));
        await using var other = (SqliteConnection)await Db.Connections.OpenAsync();
        var tookTheLock = new List<bool>();

        // Part-way through staging rows (inside the staging's own transaction), what the access log needs: another
        // connection takes the write lock at once, with no busy wait allowed.
        await staging.AddAsync(ChangesThatTryTheWriteLock(other, tookTheLock));

        Assert.That(tookTheLock, Is.EqualTo(new[] { true }));
    }

    private IEnumerable<Core.Metrics.Facts.ChangeOfWorker> ChangesThatTryTheWriteLock(SqliteConnection other, List<bool> tookTheLock)
    {
        yield return Inputs.Changes[0];
        // SQLite's own calls: Microsoft.Data.Sqlite's commands retry a busy database until they time out.
        var handle = other.Handle!;
        raw.sqlite3_busy_timeout(handle, 0);
        var begin = raw.sqlite3_exec(handle, "BEGIN IMMEDIATE");
        tookTheLock.Add(begin == raw.SQLITE_OK);
        if (begin == raw.SQLITE_OK)
        {
            raw.sqlite3_exec(handle, "ROLLBACK");
        }

        yield return Inputs.Changes[1];
    }

    private MetricSeriesRefresher Refresher(TimeProvider clock) => new(Db.Connections, new MetricInputsQuery(Db.Connections), clock);

    private async Task ImportWithoutEveryOtherReferralAsync()
    {
        var path = Path.Combine(Db.Folder, "referrals.csv");
        var lines = await File.ReadAllLinesAsync(path);
        await File.WriteAllLinesAsync(path, lines.Where((_, i) => i == 0 || i % 2 == 1));
        Db.Delete("manifest.json"); // its row counts and checksums describe the generated files
        var report = await Db.ImportAsync();
        Assert.That(report.AnyRejected, Is.False, string.Join("; ", report.Files.Select(f => $"{f.FileName}: {f.Outcome} {f.Message}")));
    }

    private Task<Dictionary<string, List<string>>> StoredRowsAsync() => Db.SortedRowsAsync(s_storedTables);

    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("The clock failed.");
    }
}
