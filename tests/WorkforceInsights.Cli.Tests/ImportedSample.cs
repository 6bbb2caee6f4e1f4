using Microsoft.Data.Sqlite;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// The sample council and the DfE's benchmarks imported by `wi import` and `wi benchmarks import` once per test run:
/// a test of another verb starts on a copy, so it reads the same database a user's would without importing it again.
/// The tests of `wi import` itself import for themselves.
/// </summary>
public static class ImportedSample
{
    private static readonly Lazy<Task<string>> s_template = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the imported sample to <paramref name="databasePath"/> (importing it on first use).</summary>
    public static async Task CopyToAsync(string databasePath) => File.Copy(await s_template.Value, databasePath);

    /// <summary>Removes the template at the end of the run.</summary>
    public static async Task DeleteAsync()
    {
        if (s_template.IsValueCreated)
        {
            var template = await s_template.Value;
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(template)!, recursive: true);
        }
    }

    private static async Task<string> CreateAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-cli-tests", "sample-" + Guid.NewGuid().ToString("N"))).FullName;
        var db = Path.Combine(folder, "imported.db");
        var import = await WiRun.RunAsync("import", RepositoryPaths.SampleData, "--db", db);
        Assert.That(import.ExitCode, Is.Zero, import.Output + import.Error);
        var benchmarks = await WiRun.RunAsync("benchmarks", "import", Path.Combine(RepositoryPaths.Root, "reference-data", "dfe"), "--db", db);
        Assert.That(benchmarks.ExitCode, Is.Zero, benchmarks.Output + benchmarks.Error);

        // One consistent file, with nothing left in a WAL beside it, for each test to copy.
        var template = Path.Combine(folder, "template.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString()))
        {
            connection.Open();
            using var copy = connection.CreateCommand();
            copy.CommandText = "VACUUM INTO $path";
            copy.Parameters.AddWithValue("$path", template);
            copy.ExecuteNonQuery();
        }

        return template;
    }
}

/// <summary>Clears what the whole run shares once, at its end.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task ClearSharedFixturesAsync() => ImportedSample.DeleteAsync();
}
