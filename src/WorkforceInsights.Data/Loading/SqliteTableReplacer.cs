using Microsoft.Data.Sqlite;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// SQLite: DELETE, then one prepared INSERT per row, all in one transaction. Unique indexes
/// report duplicate keys row by row.
/// </summary>
public sealed class SqliteTableReplacer(IDbConnectionFactory connections) : ITableReplacer
{
    public async Task<ITableReplacement> BeginAsync(ExtractTable table, Action<object?[]> onDuplicateKey, CancellationToken cancellationToken = default)
    {
        var connection = (SqliteConnection)await connections.OpenAsync(cancellationToken);
        try
        {
            // SQLite's default page cache (2 MB): a 16 or 64 MB one loaded the scale-10 sample no faster and left the
            // process that much larger for the refresh that follows (measured with the bench, #12).
            var transaction = connection.BeginTransaction(deferred: false);
            using (var delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = $"DELETE FROM {table.Name}"; // table names are code constants, never input
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }

            return new SqliteTableReplacement(connection, transaction, table, onDuplicateKey);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
