using Microsoft.Data.Sqlite;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// One imported sample council per test run. The first app that needs it starts on an empty database, as a user's
/// first start does (migrate, import the sample, refresh the stored results, load the benchmarks); every later app
/// starts on a copy of that database, so its start imports and recomputes nothing.
/// </summary>
public static class SampleDatabaseTemplate
{
    private static readonly Lazy<string> s_template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the imported sample council to a new app's database file (made on first use).</summary>
    public static void CopyTo(string databasePath) => File.Copy(s_template.Value, databasePath);

    /// <summary>Removes the template at the end of the run.</summary>
    public static void Delete()
    {
        if (s_template.IsValueCreated)
        {
            File.Delete(s_template.Value);
        }
    }

    private static string Create()
    {
        using var app = new SampleCouncilApp(fromTemplate: false);
        _ = app.Services; // starts the host: its start-up loads the sample council
        var template = Path.Combine(Path.GetTempPath(), "wi-web-tests", $"template-{Guid.NewGuid():N}.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = app.DatabasePath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var copy = connection.CreateCommand();
            copy.CommandText = "VACUUM INTO $path"; // one consistent file, with nothing left in a WAL beside it
            copy.Parameters.AddWithValue("$path", template);
            copy.ExecuteNonQuery();
        }

        return template;
    }
}
