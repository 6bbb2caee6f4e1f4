using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Web.Tests;

/// <summary>
/// The web app on the sample council. On SQLite it starts on a copy of the run's imported sample council
/// (<see cref="SampleDatabaseTemplate"/>), as the app is after its first start; with <c>fromTemplate: false</c> it
/// starts on an empty file and loads the sample itself, as a user's first start does.
/// </summary>
public sealed class SampleCouncilApp : WebApplicationFactory<Program>
{
    private readonly SqlServerTestDatabase? _sqlServer;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="sqlServer">A SQL Server database to run on; SQLite in a temp folder when null.</param>
    /// <param name="settings">Further configuration, e.g. Dashboard:ShowWorkerNames.</param>
    /// <param name="fromTemplate">Start on a copy of the run's imported sample council (SQLite only), not an empty database.</param>
    public SampleCouncilApp(SqlServerTestDatabase? sqlServer = null, IReadOnlyDictionary<string, string>? settings = null, bool fromTemplate = true)
    {
        _sqlServer = sqlServer;
        _settings = settings ?? new Dictionary<string, string>();
        Folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-web-tests", Guid.NewGuid().ToString("N"))).FullName;
        if (fromTemplate && sqlServer is null)
        {
            SampleDatabaseTemplate.CopyTo(DatabasePath);
        }
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "wi.db");

    /// <summary>A client signed in through the demo sign-in (one request), keeping its cookie.</summary>
    /// <param name="role">A role, several comma-separated, or "None".</param>
    /// <param name="scope">An operations manager's scope, e.g. "team:FS01".</param>
    public async Task<HttpClient> SignedInClientAsync(string role, string? scope = null, bool followRedirects = true)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });
        using var response = await client.GetAsync($"/signin/demo?role={Uri.EscapeDataString(role)}{(scope is null ? string.Empty : "&scope=" + Uri.EscapeDataString(scope))}&returnUrl=/health");
        Assert.That(response.IsSuccessStatusCode || (int)response.StatusCode == 302, Is.True, $"demo sign-in as {role}: {response.StatusCode}");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Demo sign-in, which only Development allows, named here rather than taken from appsettings.Development.json
        // (settings may switch to OpenID Connect).
        builder.UseEnvironment("Development");
        builder.UseSetting("Authentication:Mode", "Demo");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        if (_sqlServer is not null)
        {
            builder.UseSetting("Database:Provider", "SqlServer");
            builder.UseSetting("Database:ConnectionString", _sqlServer.ConnectionString);
        }

        builder.UseSetting("SampleData:LoadOnFirstStart", "true");
        builder.UseSetting("SampleData:Folder", RepositoryPaths.SampleData);
        builder.UseSetting("Access:KeysFolder", Path.Combine(Folder, "keys"));
        builder.UseSetting("Access:DownloadsPerMinute", "10000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _sqlServer?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
