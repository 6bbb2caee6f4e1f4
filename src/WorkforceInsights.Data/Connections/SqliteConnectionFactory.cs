using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace WorkforceInsights.Data.Connections;

/// <summary>Connections to the embedded SQLite file, created (with its folder) on first use.</summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _path;

    public SqliteConnectionFactory(string path)
    {
        DapperConventions.Apply();
        _path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 60,
        }.ToString();
    }

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string FilePath => _path;

    public string Describe() => $"SQLite file {_path}";

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) => OpenAsync(_connectionString, cancellationToken);

    /// <summary>
    /// A connection outside the pool, for the refresh's staging: its TEMP tables live in a temporary file that SQLite
    /// deletes when the connection closes, so a pooled connection never keeps a file the size of the staged results.
    /// </summary>
    public Task<DbConnection> OpenUnpooledAsync(CancellationToken cancellationToken = default) =>
        OpenAsync(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString(), cancellationToken);

    private async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(_path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using var pragma = connection.CreateCommand();
        // WAL lets the dashboard read the previous data while an import transaction runs;
        // busy_timeout makes a second writer wait instead of failing at once.
        pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
