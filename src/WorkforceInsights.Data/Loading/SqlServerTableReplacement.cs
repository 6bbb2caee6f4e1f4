using System.Data;
using System.Globalization;
using Microsoft.Data.SqlClient;

namespace WorkforceInsights.Data.Loading;

/// <summary>One table replacement in progress on SQL Server (see <see cref="SqlServerTableReplacer"/>).</summary>
internal sealed class SqlServerTableReplacement : ITableReplacement
{
    private const int BatchRows = 10_000;
    private readonly SqlConnection _connection;
    private readonly ExtractTable _table;
    private readonly Action<object?[]> _onDuplicateKey;
    private readonly DataTable _buffer = new();
    private bool _checked;

    public SqlServerTableReplacement(SqlConnection connection, ExtractTable table, Action<object?[]> onDuplicateKey)
    {
        _connection = connection;
        _table = table;
        _onDuplicateKey = onDuplicateKey;
        foreach (var column in table.Columns)
        {
            _buffer.Columns.Add(column, column == "source_line" ? typeof(long) : typeof(string));
        }
    }

    public void Insert(object?[] values)
    {
        var row = _buffer.NewRow();
        for (var i = 0; i < values.Length; i++)
        {
            row[i] = values[i] switch
            {
                null => DBNull.Value,
                long line when i == values.Length - 1 => line,
                IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
        }

        _buffer.Rows.Add(row);
        if (_buffer.Rows.Count >= BatchRows)
        {
            WriteBuffer();
        }
    }

    /// <summary>Writes the buffered rows, then reports every row whose key repeats an earlier line's.</summary>
    public void Flush()
    {
        WriteBuffer();
        if (_checked || _table.KeyColumns.Count == 0)
        {
            return;
        }

        _checked = true;
        using var command = _connection.CreateCommand();
        command.CommandText = SqlServerLoadStatements.FindDuplicateKeys(_table);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = new object?[_table.Columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            _onDuplicateKey(values);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        Flush();
        await using var transaction = (SqlTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using var swap = _connection.CreateCommand();
        swap.Transaction = transaction;
        swap.CommandText = SqlServerLoadStatements.Swap(_table) + "\n" + s_raiseGeneration; // the generation rises with the swap, in its transaction
        swap.CommandTimeout = 600;
        await swap.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static readonly string s_raiseGeneration = Queries.SqlQuery.Load("state/raise_generation", Connections.DatabaseProvider.SqlServer);

    // Closing the connection drops the session's temp table; the target table was never touched unless committed.
    public ValueTask DisposeAsync()
    {
        _buffer.Dispose();
        return _connection.DisposeAsync();
    }

    private void WriteBuffer()
    {
        if (_buffer.Rows.Count == 0)
        {
            return;
        }

        using var bulk = new SqlBulkCopy(_connection) { DestinationTableName = SqlServerLoadStatements.StagingName(_table), BulkCopyTimeout = 600 };
        foreach (DataColumn column in _buffer.Columns)
        {
            bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }

        bulk.WriteToServer(_buffer);
        _buffer.Clear();
    }
}
