using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WorkforceInsights.Web.Tests;

/// <summary>The web app as a user first starts it: an empty SQLite file, sample council loaded on start.</summary>
public sealed class SampleCouncilApp : WebApplicationFactory<Program>
{
    public SampleCouncilApp()
    {
        Folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-web-tests", Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "wi.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:SqlitePath", DatabasePath);
        builder.UseSetting("SampleData:LoadOnFirstStart", "true");
        builder.UseSetting("SampleData:Folder", Path.Combine(RepositoryRoot(), "sample-data"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WorkforceInsights.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("WorkforceInsights.sln not found");
    }
}
