using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// SQLite: each table's checked INSERT (sql/queries/results/insert_&lt;table&gt;.sql) prepared once and driven with
/// SQLite's own bind/step/reset calls, as the extract loader does: ADO.NET's per-row parameter handling would
/// double the write. Parameters are bound by name; a column without its parameter is an error, not a gap. SQLite's default
/// page cache: a 64 MB one wrote the scale-10 series no faster (measured with the bench, #12).
/// </summary>
public sealed class SqliteStoredResultsWriter(IDbConnectionFactory connections) : StoredResultsWriter(connections)
{
    protected override Task InsertAsync(DbConnection connection, DbTransaction transaction, IStoredResultTable table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var handle = ((SqliteConnection)connection).Handle!;
        SqliteBinding.Check(handle, raw.sqlite3_prepare_v2(handle, SqlQuery.Load($"results/insert_{table.Name}", DatabaseProvider.Sqlite), out var insert));
        using (insert)
        {
            var indexes = table.Columns.Select(column => raw.sqlite3_bind_parameter_index(insert, "@" + column) is var index and > 0
                ? index
                : throw new InvalidOperationException($"results/insert_{table.Name}.sql has no parameter @{column}.")).ToArray();
            foreach (var values in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < values.Length; i++)
                {
                    SqliteBinding.Bind(handle, insert, indexes[i], values[i], table.Columns[i]);
                }

                var result = raw.sqlite3_step(insert);
                raw.sqlite3_reset(insert);
                if (result != raw.SQLITE_DONE)
                {
                    SqliteBinding.Check(handle, result);
                }
            }
        }

        return Task.CompletedTask;
    }
}
