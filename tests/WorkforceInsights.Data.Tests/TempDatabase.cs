using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Tests;

/// <summary>A SQLite file in a fresh temp folder, removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wi-data-tests", Guid.NewGuid().ToString("N"))).FullName;
        Path = System.IO.Path.Combine(Folder, "nested", "workforce.db");
        Connections = new SqliteConnectionFactory(Path);
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteConnectionFactory Connections { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
