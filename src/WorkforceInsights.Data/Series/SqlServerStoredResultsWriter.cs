using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Series;

/// <summary>
/// SQL Server: the staging tables are session #tables in tempdb, filled by bulk copy (SqlBulkCopy) outside any
/// transaction; the swap copies them in one transaction, and with READ_COMMITTED_SNAPSHOT on, the dashboard reads the
/// previous results until it commits. Statements are built from <see cref="StoredResultTables"/>' code constants,
/// never from input, and the T-SQL check (tests: SqlServerStatementsTests) validates them against the schema.
/// </summary>
public sealed class SqlServerStoredResultsWriter(IDbConnectionFactory connections) : StoredResultsWriter(connections)
{
    private static string Staging(IStoredResultTable table) => $"#staged_{table.Name}";

    /// <summary>Each staging table has its table's columns and types (SELECT … INTO from the empty result of the table).</summary>
    public override string CreateStaging() => string.Concat(StoredResultTables.All.Select(table =>
        $"DROP TABLE IF EXISTS {Staging(table)};\nSELECT {string.Join(", ", table.Columns)} INTO {Staging(table)} FROM dbo.{table.Name} WHERE 1 = 0;\n"));

    /// <summary>Nothing: the copy needs no order (each table's clustered key orders it).</summary>
    public override string PrepareSwap() => string.Empty;

    public override string CopyStaged(IStoredResultTable table)
    {
        var columns = string.Join(", ", table.Columns);
        return $"INSERT INTO dbo.{table.Name} ({columns}) SELECT {columns} FROM {Staging(table)};";
    }

    public override string DropStaging() => string.Concat(StoredResultTables.All.Select(table => $"DROP TABLE IF EXISTS {Staging(table)};\n"));

    protected internal override async Task StageAsync(DbConnection connection, IEnumerable<(IStoredResultTable Table, IEnumerable<object?[]> Rows)> tables, CancellationToken cancellationToken)
    {
        foreach (var (table, rows) in tables)
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

            using var copy = new SqlBulkCopy((SqlConnection)connection)
            {
                DestinationTableName = Staging(table),
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
}
