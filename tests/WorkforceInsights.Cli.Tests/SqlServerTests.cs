using System.Text.Json;
using Microsoft.Data.SqlClient;
using WorkforceInsights.Core.Tests.Fixtures;
using WorkforceInsights.TestSupport;

namespace WorkforceInsights.Cli.Tests;

/// <summary>
/// The same end-to-end checks on SQL Server: migrate, import (bulk copy and swap), re-import
/// unchanged, and the hand-worked figures through `wi metrics`. They run when the environment
/// variable WORKFORCE_TEST_SQLSERVER holds a connection string to a server where the login may
/// create databases; each run creates and drops its own database.
/// </summary>
[NonParallelizable]
public class SqlServerTests
{
    private SqlServerTestDatabase? _database;
    private string _folder = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = await SqlServerTestDatabase.CreateAsync(); // ignores the test without WORKFORCE_TEST_SQLSERVER
        Environment.SetEnvironmentVariable("Database__Provider", "SqlServer");
        Environment.SetEnvironmentVariable("Database__ConnectionString", _database.ConnectionString);
        _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "wi-sqlserver-tests", Guid.NewGuid().ToString("N"))).FullName;
    }

    [TearDown]
    public void DropDatabase()
    {
        Environment.SetEnvironmentVariable("Database__Provider", null);
        Environment.SetEnvironmentVariable("Database__ConnectionString", null);
        _database?.Dispose();
        if (_database is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Test]
    public async Task ShouldImportTheSampleCouncilOnSqlServer_ThenReportItUnchanged()
    {
        var first = await WiRun.RunAsync("import", RepositoryPaths.SampleData);
        var second = await WiRun.RunAsync("import", RepositoryPaths.SampleData);

        Assert.That(first.ExitCode, Is.Zero, first.Output + first.Error);
        Assert.That(second.Output, Does.Contain("allocations.csv: UNCHANGED"));
    }

    [Test]
    public async Task ShouldRejectADuplicateKeyOnSqlServer_AndKeepThePreviousRows()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "teams.csv"), "team_code,team_name,service_area\nT1,One,Assessment\n");
        await WiRun.RunAsync("import", _folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "teams.csv"), "team_code,team_name,service_area\nT2,Two,Assessment\nT2,Again,Assessment\n");

        var run = await WiRun.RunAsync("import", _folder);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Does.Contain("teams.csv, line 3, column team_code, value 'T2'"));
        await using var connection = new SqlConnection(_database!.ConnectionString);
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT team_code FROM dbo.teams";
        Assert.That(await count.ExecuteScalarAsync(), Is.EqualTo("T1"));
    }

    [Test]
    public async Task ShouldGiveTheHandWorkedFiguresOnSqlServer()
    {
        await ScenarioFiles.WriteToAsync(_folder);

        await WiRun.RunAsync("import", _folder);
        var metrics = await WiRun.RunAsync("metrics", "--as-of", ScenarioCouncil.AsOf, "--format", "json");

        using var json = JsonDocument.Parse(metrics.Output);
        foreach (var (path, expected) in ScenarioCouncil.Expected.Where(e => e.Value is not null))
        {
            var element = path.Split('.').Aggregate(json.RootElement, (e, name) => e.GetProperty(name));
            Assert.That(element.GetDecimal(), Is.EqualTo(expected!.Value).Within(0.0000001m), path);
        }
    }
}
