using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>manifest.json, the shrink guard and the hardened reader: a half-written or partial file changes nothing.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class ReadyMarkerTests(DatabaseProvider provider) : ImportFixture(provider)
{
    private static readonly ImportOptions s_options = new(new DateOnly(2024, 9, 30));

    [SetUp]
    public async Task LoadPreviousAllocations()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", ImportHarness.Workers);
        Db.Write("allocations.csv", Allocations(10));
        await Db.ImportAndRefreshAsync(s_options);
    }

    [Test]
    public async Task ShouldRejectAFileCutShortAtALineBreak_WhenTheManifestListsItsRowsAndHash()
    {
        Db.Write("allocations.csv", Allocations(12));
        ExtractManifest.Write(Db.Folder, new DateOnly(2024, 9, 30), new Dictionary<string, long> { ["allocations.csv"] = 12 });
        Db.Write("allocations.csv", Allocations(7)); // the transfer stopped after line 8: still a valid CSV file

        var report = await Db.ImportAndRefreshAsync(s_options);

        var file = report.Files.Single(f => f.FileName == "allocations.csv");
        Assert.That(file.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(file.Errors.Single().Message, Does.Contain("manifest.json").And.Contain("incomplete"));
        Assert.That(await Db.CountAsync("allocations"), Is.EqualTo(10), "the previous allocations are kept");
    }

    [Test]
    public async Task ShouldRejectAFileWhoseRowCountDiffersFromTheManifest_EvenWithTheRightHash()
    {
        Db.Write("allocations.csv", Allocations(12));
        ExtractManifest.Write(Db.Folder, new DateOnly(2024, 9, 30), new Dictionary<string, long> { ["allocations.csv"] = 13 });

        var report = await Db.ImportAndRefreshAsync(s_options);

        Assert.That(report.Files.Single(f => f.FileName == "allocations.csv").Errors.Single().Message, Does.Contain("has 12 data rows but manifest.json says 13"));
        Assert.That(await Db.CountAsync("allocations"), Is.EqualTo(10));
    }

    [Test]
    public async Task ShouldReportAFileTheManifestListsButTheFolderLacks()
    {
        ExtractManifest.Write(Db.Folder, new DateOnly(2024, 9, 30), new Dictionary<string, long> { ["allocations.csv"] = 10 });
        File.Move(Path.Combine(Db.Folder, "manifest.json"), Path.Combine(Db.Folder, "keep.json"));
        File.WriteAllText(Path.Combine(Db.Folder, "manifest.json"), File.ReadAllText(Path.Combine(Db.Folder, "keep.json")).Replace("allocations.csv", "referrals.csv", StringComparison.Ordinal));

        var report = await Db.ImportAndRefreshAsync(s_options);

        var missing = report.Files.Single(f => f.FileName == "referrals.csv");
        Assert.That((missing.Outcome, missing.Errors.Single().Message), Is.EqualTo((ImportOutcome.Rejected, "manifest.json lists referrals.csv, but the folder has no such file: the transfer looks incomplete.")));
    }

    [Test]
    public async Task ShouldRecordARejectedRunAndLoadNothing_WhenTheManifestCannotBeRead()
    {
        Db.Write("allocations.csv", Allocations(12));
        Db.Write("manifest.json", "{ \"extractDate\": \"2024-09-30\", \"files\": { \"allocations.csv\": { \"rows\": 12");

        var report = await Db.ImportAndRefreshAsync(s_options);

        Assert.That(report.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(report.Files.Single().Errors.Single().Message, Does.StartWith("manifest.json is not valid JSON"));
        Assert.That(report.ExitCode, Is.EqualTo(2));
        Assert.That(await Db.CountAsync("allocations"), Is.EqualTo(10), "nothing was loaded: the set may be incomplete");
        Assert.That(await Db.QueryAsync<string>("SELECT outcome FROM import_runs ORDER BY run_id DESC"), Has.Exactly(1).EqualTo(ImportOutcome.Rejected), "the run is in the audit for the Data page");
    }

    [Test]
    public async Task ShouldRefuseAFileUnderHalfThePreviousRows_UnlessShrinkingIsAllowed()
    {
        Db.Write("allocations.csv", Allocations(4));

        var refused = await Db.ImportAndRefreshAsync(s_options);
        var allowed = await Db.ImportAndRefreshAsync(s_options with { AllowShrink = true });

        Assert.That(refused.Files.Single(f => f.FileName == "allocations.csv").Errors.Single().Message, Does.Contain("--allow-shrink"));
        Assert.That(allowed.Files.Single(f => f.FileName == "allocations.csv").Outcome, Is.EqualTo(ImportOutcome.Loaded));
        Assert.That(await Db.CountAsync("allocations"), Is.EqualTo(4));
    }

    [Test]
    public async Task ShouldReportAnUnclosedQuoteOnItsOwnLine_NotSwallowTheRowsAfterIt()
    {
        Db.Write("allocations.csv", "child_id,worker_id,start_date,end_date,case_type\nC1,W1,2024-01-01,,CIN\nC2,W1,\"2024-01-02,,CIN\nC3,W1,2024-01-03,,CIN\nC4,W1,2024-01-04,,CIN\nC5,W1,2024-01-05,,CIN\nC6,W1,2024-01-06,,CIN\n");

        var report = await Db.ImportAndRefreshAsync(s_options with { AllowShrink = true });

        var file = report.Files.Single(f => f.FileName == "allocations.csv");
        Assert.That(file.Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(file.Errors.Select(e => e.LineNumber), Has.All.EqualTo(3), "every error names line 3, where the quote opens");
        Assert.That(file.Errors.Select(e => e.Message), Has.Some.Contains("closing double quote missing"));
        Assert.That(await Db.CountAsync("allocations"), Is.EqualTo(10));
    }

    [Test]
    public async Task ShouldRefuseALinkInsteadOfFollowingIt()
    {
        var elsewhere = Path.Combine(Db.Root, "elsewhere.csv");
        File.WriteAllText(elsewhere, Allocations(10));
        File.Delete(Path.Combine(Db.Folder, "allocations.csv"));
        File.CreateSymbolicLink(Path.Combine(Db.Folder, "allocations.csv"), elsewhere);

        var report = await Db.ImportAndRefreshAsync(s_options);

        Assert.That(report.Files.Single(f => f.FileName == "allocations.csv").Errors.Single().Message, Does.Contain("is a link, not a file"));
    }

    private static string Allocations(int rows) =>
        "child_id,worker_id,start_date,end_date,case_type\n" + string.Concat(Enumerable.Range(1, rows).Select(i => $"C{i},W1,2024-01-{i:00},,CIN\n"));
}
