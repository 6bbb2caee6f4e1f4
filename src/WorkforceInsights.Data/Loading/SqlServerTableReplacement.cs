using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.SqlClient;

namespace WorkforceInsights.Data.Loading;

/// <summary>One table's rows staged on SQL Server (see <see cref="SqlServerImportStaging"/>).</summary>
internal sealed class SqlServerTableReplacement : ITableReplacement
{
    private const int BatchRows = 10_000;
    private readonly SqlServerImportStaging _staging;
    private readonly SqlConnection _connection;
    private readonly ExtractTable _table;
    private readonly Action<object?[]> _onDuplicateKey;
    private readonly DataTable _buffer = new();
    private bool _checked;
    private bool _accepted;

    public SqlServerTableReplacement(SqlServerImportStaging staging, SqlConnection connection, ExtractTable table, Action<object?[]> onDuplicateKey)
    {
        _staging = staging;
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

    /// <summary>Keeps the #table for the run's swap.</summary>
    public Task AcceptAsync(CancellationToken cancellationToken = default)
    {
        Flush();
        _accepted = true;
        _staging.Accept(_table);
        return Task.CompletedTask;
    }

    /// <summary>A file not accepted has its #table dropped; the target table was never touched.</summary>
    public async ValueTask DisposeAsync()
    {
        _buffer.Dispose();
        if (_accepted)
        {
            return;
        }

        try
        {
            await using var drop = _connection.CreateCommand();
            drop.CommandText = SqlServerLoadStatements.DropStaging(_table);
            await drop.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // A connection left unusable (by the error that ended the load) has lost its session and its #tables;
            // that error, not this one, is the one to report.
        }
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
