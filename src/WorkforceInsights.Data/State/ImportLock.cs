using Dapper;
using Microsoft.Data.SqlClient;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.State;

/// <summary>
/// One import at a time per database: a second import (the CLI beside the nightly job, say) is refused before it
/// changes anything. SQLite: an exclusive lock on a file beside the database; SQL Server: sp_getapplock held by a
/// session. Both are released by the operating system or the server when the holder ends, even by SIGKILL.
/// </summary>
public sealed class ImportLock(IDbConnectionFactory connections)
{
    /// <summary>The lock, or null when another import holds it.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken = default)
    {
        if (connections is SqliteConnectionFactory sqlite)
        {
            return TryLockFile(sqlite.FilePath + ".import-lock");
        }

        var connection = (SqlConnection)await connections.OpenAsync(cancellationToken);
        var mode = await connection.ExecuteScalarAsync<string>(new CommandDefinition(SqlQuery.Load("state/acquire_import_lock", DatabaseProvider.SqlServer), cancellationToken: cancellationToken));
        if (mode == "Exclusive")
        {
            return new SqlServerLock(connection);
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Releases the lock explicitly: a pooled connection's session (and its session-owned lock) outlives Close.</summary>
    private sealed class SqlServerLock(SqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync(SqlQuery.Load("state/release_import_lock", DatabaseProvider.SqlServer));
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static FileStream? TryLockFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive advisory lock (flock) on Linux and a sharing lock on Windows.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
