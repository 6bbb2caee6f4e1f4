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
            await using var create = connection.CreateCommand();
            create.CommandText = SqlServerLoadStatements.CreateStaging(table);
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
