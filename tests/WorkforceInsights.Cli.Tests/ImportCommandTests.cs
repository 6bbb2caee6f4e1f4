using WorkforceInsights.TestSupport;
namespace WorkforceInsights.Cli.Tests;

public class ImportCommandTests : TempFolderTest
{
    [Test]
    public async Task ShouldReportEveryFileUnchanged_WhenTheSampleDataIsImportedTwice()
    {
        var first = await WiRun.RunAsync("import", RepositoryPaths.SampleData, "--db", Db);
        var second = await WiRun.RunAsync("import", RepositoryPaths.SampleData, "--db", Db);

        Assert.That(first.ExitCode, Is.Zero, first.Output + first.Error);
        Assert.That(first.Output, Does.Contain("allocations.csv: LOADED"));
        Assert.That(second.ExitCode, Is.Zero);
        foreach (var file in new[] { "teams.csv", "workers.csv", "establishment.csv", "allocations.csv", "referrals.csv" })
        {
            Assert.That(second.Output, Does.Contain($"{file}: UNCHANGED"));
        }
    }

    [Test]
    public async Task ShouldExitWith2AndPrintTheLocatedError_WhenAFileIsRejected()
    {
        var input = Directory.CreateDirectory(Path.Combine(Folder, "in")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "teams.csv"), "team_code,team_name,service_area\nT1,One,Assessment\n");
        await File.WriteAllTextAsync(Path.Combine(input, "referrals.csv"), "referral_id,child_id,referral_date\nR1,C1,2024-13-01\n");

        var run = await WiRun.RunAsync("import", input, "--db", Db);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Output, Does.Contain("teams.csv: LOADED").And.Contain("referrals.csv: REJECTED"));
        Assert.That(run.Output, Does.Contain("referrals.csv, line 2, column referral_date, value '2024-13-01'"));
    }

    [Test]
    public async Task ShouldExitWith1_WhenTheFolderDoesNotExist()
    {
        var run = await WiRun.RunAsync("import", Path.Combine(Folder, "missing"), "--db", Db);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("does not exist"));
    }

    [Test]
    public async Task ShouldExitWith1_WhenTheFolderHoldsNoExtract()
    {
        var input = Directory.CreateDirectory(Path.Combine(Folder, "empty")).FullName;
        await File.WriteAllTextAsync(Path.Combine(input, "notes.txt"), "hello");

        var run = await WiRun.RunAsync("import", input, "--db", Db);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain("No extract files found").And.Contain("notes.txt: ignored"));
    }
}
