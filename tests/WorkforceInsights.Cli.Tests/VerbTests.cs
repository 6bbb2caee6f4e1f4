namespace WorkforceInsights.Cli.Tests;

public class VerbTests
{
    [Test]
    public async Task ShouldMigrateANewDatabase_ThenReportItUpToDate()
    {
        var db = Path.Combine(Path.GetTempPath(), "wi-cli-tests", Guid.NewGuid().ToString("N"), "wi.db");

        var first = await WiRun.RunAsync("migrate", "--db", db);
        var second = await WiRun.RunAsync("migrate", "--db", db);

        Assert.That((first.ExitCode, second.ExitCode), Is.EqualTo((0, 0)));
        Assert.That(first.Output, Does.Contain("applied 0001_"));
        Assert.That(second.Output, Does.Contain("schema is up to date"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(db)!, recursive: true);
    }

    [Test]
    public async Task ShouldWriteEveryExtractFile_ForTheSampleVerb()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wi-cli-tests", Guid.NewGuid().ToString("N"));

        var run = await WiRun.RunAsync("sample", "--out", folder, "--seed", "3", "--scale", "0.1", "--db", Path.Combine(folder, "unused.db")); // cli.md: every verb accepts --db

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "teams.csv", "workers.csv", "establishment.csv", "allocations.csv", "referrals.csv", "manifest.json" }));
        Directory.Delete(folder, recursive: true);
    }

    [TestCase("frobnicate", TestName = "ShouldExitWith1_ForAnUnknownVerb")]
    [TestCase("import", TestName = "ShouldExitWith1_WhenImportHasNoFolder")]
    [TestCase("sample", "--scale", "lots", TestName = "ShouldExitWith1_ForANonNumericScale")]
    [TestCase("migrate", "--dbb", "x.db", TestName = "ShouldExitWith1_ForAMistypedOption")]
    public async Task ShouldRejectABadCommandLine_WithUsage(params string[] args)
    {
        var run = await WiRun.RunAsync(args);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("wi import <folder>"));
    }
}
