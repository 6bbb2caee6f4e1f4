using WorkforceInsights.Data.Connections;
using WorkforceInsights.Import.DropFolder;

namespace WorkforceInsights.Import.Tests.DropFolder;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class DropFolderProcessorTests(DatabaseProvider provider)
{
    private ImportHarness _db = null!;

    [SetUp]
    public async Task SetUp() => _db = await ImportHarness.CreateAsync(provider);

    [TearDown]
    public void TearDown() => _db?.Dispose(); // null when SetUp ignored the SQL Server run

    [Test]
    public async Task ShouldArchiveLoadedFiles_AndMoveRejectedOnesWithTheReportBesideThem()
    {
        _db.Write("teams.csv", ImportHarness.Teams);
        _db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date\nW1,T1,case_holder,permanent,2,2020-01-01\n");
        var processor = new DropFolderProcessor(_db.Importer, TimeProvider.System);

        var report = await processor.ProcessAsync(_db.Folder, "schedule");

        Assert.That(report, Is.Not.Null);
        var archived = Directory.GetFiles(Path.Combine(_db.Folder, "archive"), "*", SearchOption.AllDirectories).Select(Path.GetFileName);
        var rejected = Directory.GetFiles(Path.Combine(_db.Folder, "rejected"), "*", SearchOption.AllDirectories);
        Assert.That(archived, Is.EquivalentTo(new[] { "teams.csv", DropFolderProcessor.ReportFileName }));
        Assert.That(rejected.Select(Path.GetFileName), Is.EquivalentTo(new[] { "workers.csv", DropFolderProcessor.ReportFileName }));
        var reportText = await File.ReadAllTextAsync(rejected.Single(r => r.EndsWith(DropFolderProcessor.ReportFileName, StringComparison.Ordinal)));
        Assert.That(reportText, Does.Contain("workers.csv, line 2, column fte, value '2'"));
        Assert.That(Directory.GetFiles(_db.Folder), Is.Empty, "the drop folder is left empty for tomorrow");
    }

    [Test]
    public async Task ShouldDoNothing_WhenTheDropFolderHasNoExtracts()
    {
        var processor = new DropFolderProcessor(_db.Importer, TimeProvider.System);

        Assert.That(await processor.ProcessAsync(_db.Folder, "schedule"), Is.Null);
        Assert.That(await _db.CountAsync("import_runs"), Is.Zero);
    }
}
