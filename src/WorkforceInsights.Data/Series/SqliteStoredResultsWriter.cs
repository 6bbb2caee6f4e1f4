using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// SQLite: the staging tables are TEMP tables, private to the connection; writing them takes no lock on the database,
/// so the web app's own writes (the access log) never wait for a refresh's computing. Rows are staged with a prepared
/// INSERT driven by SQLite's own bind/step/reset calls, as the extract loader does: ADO.NET's per-row parameter
/// handling would double the write. The swap copies each table in its index order, so SQLite appends to the index.
/// Statements are built from <see cref="StoredResultTables"/>' code constants, never from input.
/// </summary>
public sealed class SqliteStoredResultsWriter(IDbConnectionFactory connections) : StoredResultsWriter(connections)
{
    private static string Staging(IStoredResultTable table) => $"temp.staged_{table.Name}";

    /// <summary>
    /// TEMP tables in a file, as SQLite ships (a build may keep them in memory): a large council's staged results would
    /// otherwise be held in the refresh's memory.
    /// </summary>
    public override string CreateStaging() =>
        "PRAGMA temp_store = FILE;\n" + string.Concat(StoredResultTables.All.Select(table =>
            $"DROP TABLE IF EXISTS {Staging(table)};\nCREATE TEMP TABLE staged_{table.Name} AS SELECT {string.Join(", ", table.Columns)} FROM main.{table.Name} WHERE 0;\n"));

    /// <summary>Outside the pool: the staging tables' temporary file goes when the connection closes.</summary>
    protected override Task<DbConnection> OpenStagingConnectionAsync(IDbConnectionFactory factory, CancellationToken cancellationToken) =>
        factory is SqliteConnectionFactory sqlite ? sqlite.OpenUnpooledAsync(cancellationToken) : factory.OpenAsync(cancellationToken);

    /// <summary>
    /// Each staging table indexed in its copy order (which takes no lock on the database), so the swap's ordered copy
    /// reads the index instead of sorting the rows while it holds the write lock.
    /// </summary>
    public override string PrepareSwap() => string.Concat(StoredResultTables.All.Select(table =>
        $"CREATE INDEX IF NOT EXISTS temp.ix_staged_{table.Name} ON staged_{table.Name} ({string.Join(", ", table.CopyOrder)});\n"));

    /// <summary>In the table's index order, then the order the rows were staged in (rowid), as a single write would have put them.</summary>
    public override string CopyStaged(IStoredResultTable table)
    {
        var columns = string.Join(", ", table.Columns);
        return $"INSERT INTO main.{table.Name} ({columns}) SELECT {columns} FROM {Staging(table)} ORDER BY {string.Join(", ", table.CopyOrder)}, rowid;";
    }

    public override string DropStaging() => string.Concat(StoredResultTables.All.Select(table => $"DROP TABLE IF EXISTS {Staging(table)};\n"));

    /// <summary>One deferred transaction, which writes only the TEMP database and so locks nothing shared.</summary>
    protected internal override Task StageAsync(DbConnection connection, IEnumerable<(IStoredResultTable Table, IEnumerable<object?[]> Rows)> tables, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        using var transaction = sqlite.BeginTransaction(deferred: true);
        foreach (var (table, rows) in tables)
        {
            Insert(sqlite.Handle!, table, rows, cancellationToken);
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    private static void Insert(sqlite3 handle, IStoredResultTable table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO {Staging(table)} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", table.Columns.Select(c => "@" + c))});";
        SqliteBinding.Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var insert));
        using (insert)
        {
            foreach (var values in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = SqliteBinding.BindAndStep(handle, insert, values, table.Columns);
                if (result != raw.SQLITE_DONE)
                {
                    SqliteBinding.Check(handle, result);
                }
            }
        }
    }
}
