using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// SQL Server: each table's rows are bulk-copied (SqlBulkCopy) inside the swap's transaction; with
/// READ_COMMITTED_SNAPSHOT on, the dashboard reads the previous results until it commits.
/// </summary>
public sealed class SqlServerStoredResultsWriter(IDbConnectionFactory connections) : StoredResultsWriter(connections)
{
    protected override async Task InsertAsync(DbConnection connection, DbTransaction transaction, IStoredResultTable table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        using var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column, typeof(object));
        }

        foreach (var values in rows)
        {
            data.Rows.Add([.. values.Select(v => v switch
            {
                null => DBNull.Value,
                DateOnly date => date.ToDateTime(TimeOnly.MinValue),
                var other => other,
            })]);
        }

        using var copy = new SqlBulkCopy((SqlConnection)connection, SqlBulkCopyOptions.Default, (SqlTransaction)transaction)
        {
            DestinationTableName = "dbo." + table.Name, // a code constant of StoredResultTables, never input
            BatchSize = 10_000,
            BulkCopyTimeout = 0,
        };
        foreach (var column in table.Columns)
        {
            copy.ColumnMappings.Add(column, column);
        }

        await copy.WriteToServerAsync(data, cancellationToken);
    }
}
