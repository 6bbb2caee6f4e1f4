using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// One table replacement in progress on SQLite (see <see cref="SqliteTableReplacer"/>). Rows go
/// through one prepared statement driven with SQLite's own bind/step/reset calls on the
/// connection's handle: the per-row parameter handling of ADO.NET cost about half the import time
/// (measured with the bench project). Values are always bound, never built into SQL text.
/// </summary>
internal sealed class SqliteTableReplacement : ITableReplacement
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Action<object?[]> _onDuplicateKey;
    private readonly sqlite3_stmt _insert;
    private readonly IReadOnlyList<string> _columns;

    public SqliteTableReplacement(SqliteConnection connection, SqliteTransaction transaction, ExtractTable table, Action<object?[]> onDuplicateKey)
    {
        _connection = connection;
        _transaction = transaction;
        _onDuplicateKey = onDuplicateKey;
        var placeholders = string.Join(", ", table.Columns.Select((_, i) => "?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sql = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({placeholders})";
        _columns = table.Columns;
        SqliteBinding.Check(connection.Handle!, raw.sqlite3_prepare_v2(connection.Handle, sql, out _insert));
    }

    public void Insert(object?[] values)
    {
        var result = SqliteBinding.BindAndStep(_connection.Handle!, _insert, values, _columns);
        if (result == raw.SQLITE_CONSTRAINT)
        {
            _onDuplicateKey(values);
        }
        else if (result != raw.SQLITE_DONE)
        {
            SqliteBinding.Check(_connection.Handle!, result);
        }
    }

    // Each row is written as it arrives; nothing is buffered.
    public void Flush()
    {
    }

    /// <summary>Raises the data generation in the same transaction, so a refresh knows the data changed even if a crash follows the commit.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        using (var raise = _connection.CreateCommand())
        {
            raise.Transaction = _transaction;
            raise.CommandText = s_raiseGeneration;
            await raise.ExecuteNonQueryAsync(cancellationToken);
        }

        await _transaction.CommitAsync(cancellationToken);
    }

    private static readonly string s_raiseGeneration = Queries.SqlQuery.Load("state/raise_generation", Connections.DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync()
    {
        _insert.Dispose();
        await _transaction.DisposeAsync(); // rolls back unless committed
        await _connection.DisposeAsync();
    }
}
