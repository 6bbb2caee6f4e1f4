using Microsoft.Data.Sqlite;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// SQLite: each file's rows go into a TEMP table private to the run's connection, whose unique index reports
/// duplicate keys row by row; the run's swap copies every accepted table into the database in one transaction.
/// </summary>
public sealed class SqliteTableReplacer(IDbConnectionFactory connections) : ITableReplacer
{
    public async Task<IImportStaging> BeginRunAsync(CancellationToken cancellationToken = default)
    {
        // Outside the pool: the TEMP tables' file goes when the connection closes, with the run.
        var connection = (SqliteConnection)(connections is SqliteConnectionFactory sqlite
            ? await sqlite.OpenUnpooledAsync(cancellationToken)
            : await connections.OpenAsync(cancellationToken));
        try
        {
            // TEMP tables in a file, as SQLite ships (a build may keep them in memory): a large council's staged files
            // would otherwise be held in memory until the swap.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA temp_store = FILE;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return new SqliteImportStaging(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
