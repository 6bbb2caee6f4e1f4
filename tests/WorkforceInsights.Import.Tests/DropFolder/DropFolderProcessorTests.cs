using WorkforceInsights.Data.Connections;
using WorkforceInsights.Import.DropFolder;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Tests.DropFolder;

[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class DropFolderProcessorTests(DatabaseProvider provider) : ImportFixture(provider)
{
    [Test]
    public async Task ShouldArchiveLoadedFiles_AndMoveRejectedOnesWithTheReportBesideThem()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", "worker_id,team_code,role,employment_type,fte,start_date\nW1,T1,case_holder,permanent,2,2020-01-01\n");
        var processor = new DropFolderProcessor(Db.Importer, TimeProvider.System);

        var report = await processor.ProcessAsync(Db.Folder, "schedule");

        Assert.That(report, Is.Not.Null);
        var archived = Directory.GetFiles(Path.Combine(Db.Folder, "archive"), "*", SearchOption.AllDirectories).Select(Path.GetFileName);
        var rejected = Directory.GetFiles(Path.Combine(Db.Folder, "rejected"), "*", SearchOption.AllDirectories);
        Assert.That(archived, Is.EquivalentTo(new[] { "teams.csv", DropFolderProcessor.ReportFileName }));
        Assert.That(rejected.Select(Path.GetFileName), Is.EquivalentTo(new[] { "workers.csv", DropFolderProcessor.ReportFileName }));
        var reportText = await File.ReadAllTextAsync(rejected.Single(r => r.EndsWith(DropFolderProcessor.ReportFileName, StringComparison.Ordinal)));
        Assert.That(reportText, Does.Contain("workers.csv, line 2, column fte, value '2'"));
        Assert.That(Directory.GetFiles(Db.Folder), Is.Empty, "the drop folder is left empty for tomorrow");
    }

    [Test]
    public async Task ShouldDoNothing_WhenTheDropFolderHasNoExtracts()
    {
        var processor = new DropFolderProcessor(Db.Importer, TimeProvider.System);

        Assert.That(await processor.ProcessAsync(Db.Folder, "schedule"), Is.Null);
        Assert.That(await Db.CountAsync("import_runs"), Is.Zero);
    }

    [Test]
    public async Task ShouldLeaveAFolderWithoutItsManifestAlone_UntilTheManifestArrives_WhenOneIsRequired()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        var processor = new DropFolderProcessor(Db.Importer, TimeProvider.System);

        var waiting = await processor.ProcessAsync(Db.Folder, "schedule", requireManifest: true);
        ExtractManifest.Write(Db.Folder, new DateOnly(2024, 9, 30), new Dictionary<string, long> { ["teams.csv"] = 2 });
        var imported = await processor.ProcessAsync(Db.Folder, "schedule", requireManifest: true);

        Assert.That(waiting, Is.Null, "the extract job may still be writing the files");
        Assert.That(imported!.Files.Single().Outcome, Is.EqualTo(Data.Audit.ImportOutcome.Loaded));
        Assert.That(Directory.GetFiles(Path.Combine(Db.Folder, "archive"), "*", SearchOption.AllDirectories).Select(Path.GetFileName), Does.Contain(ExtractManifest.FileName),
            "the manifest is archived with its files, so tomorrow's folder starts without one");
    }
}
