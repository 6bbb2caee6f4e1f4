namespace WorkforceInsights.Cli.Tests;

/// <summary>A fresh temp folder and SQLite database path per test, removed afterwards.</summary>
public abstract class TempFolderTest
{
    protected string Folder { get; private set; } = null!;

    protected string Db { get; private set; } = null!;

    [SetUp]
    public void CreateFolder()
    {
        Folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-cli-tests", Guid.NewGuid().ToString("N"))).FullName;
        Db = Path.Combine(Folder, "wi.db");
    }

    [TearDown]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
