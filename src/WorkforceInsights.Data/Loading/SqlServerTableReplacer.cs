using Microsoft.Data.SqlClient;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// SQL Server: rows are bulk-copied (SqlBulkCopy) into a session temp table, duplicate keys are
/// found there, and the commit swaps the table's rows in one short transaction (DELETE, then
/// INSERT … SELECT). With READ_COMMITTED_SNAPSHOT on, the dashboard keeps reading the previous
/// rows until that transaction commits.
/// </summary>
public sealed class SqlServerTableReplacer(IDbConnectionFactory connections) : ITableReplacer
{
    public async Task<ITableReplacement> BeginAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default)
    {
        var connection = (SqlConnection)await connections.OpenAsync(cancellationToken);
        try
        {
            // Staging holds text; the INSERT … SELECT converts it to the table's types (ISO dates, '.' decimals).
            var columns = table.Columns.Select(c => c == "source_line" ? "source_line bigint NOT NULL" : $"{c} nvarchar(4000) COLLATE Latin1_General_100_BIN2 NULL");
            await using var create = connection.CreateCommand();
            create.CommandText = $"CREATE TABLE {SqlServerTableReplacement.StagingName(table)} ({string.Join(", ", columns)})"; // names are code constants
            await create.ExecuteNonQueryAsync(cancellationToken);
            return new SqlServerTableReplacement(connection, table, onDuplicateKey);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
