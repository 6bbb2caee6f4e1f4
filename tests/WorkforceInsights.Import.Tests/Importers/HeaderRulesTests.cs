using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Audit;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>extracts.md: header matching, unknown and missing columns, empty files.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class HeaderRulesTests(DatabaseProvider provider)
{
    private ImportHarness _db = null!;

    [SetUp]
    public async Task SetUp() => _db = await ImportHarness.CreateAsync(provider);

    [TearDown]
    public void TearDown() => _db?.Dispose(); // null when SetUp ignored the SQL Server run

    [Test]
    public async Task ShouldMatchHeaderVariants_InAnyOrder()
    {
        _db.Write("teams.csv", ImportHarness.Teams);
        _db.Write("workers.csv", "Employment Type, FTE ,Start-Date,Worker ID,TEAM_CODE,Role\npermanent,1,2020-01-01,W1,T1,case_holder\n");

        var report = await _db.ImportAsync();

        Assert.That(report.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Loaded));
        Assert.That(await _db.RowsAsync("SELECT worker_id, employment_type, start_date FROM worker_spells"),
            Is.EqualTo(new[] { "W1|permanent|2020-01-01" }));
    }

    [Test]
    public async Task ShouldIgnoreUnknownColumns_WithOneWarning()
    {
        _db.Write("teams.csv", "team_code,team_name,service_area,cost_centre,notes\nT1,One,Assessment,CC1,x\nT2,Two,Assessment,CC2,y\n");

        var report = await _db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Loaded));
        var warning = report.Files[0].Warnings.Single();
        Assert.That(warning.Message, Does.Contain("cost_centre").And.Contain("notes"));
    }

    [Test]
    public async Task ShouldRejectTheWholeFile_WhenARequiredColumnIsMissing_NamingFileAndColumn()
    {
        _db.Write("teams.csv", ImportHarness.Teams);
        await _db.ImportAsync();
        _db.Write("teams.csv", "team_code,team_name\nT9,Nine\n");

        var report = await _db.ImportAsync();

        var error = report.Files[0].Errors.Single();
        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(error.ColumnName, Is.EqualTo("service_area"));
        Assert.That(error.Message, Does.Contain("teams.csv").And.Contain("service_area"));
        Assert.That(await _db.QueryAsync<string>("SELECT team_code FROM teams ORDER BY team_code"), Is.EqualTo(new[] { "T1", "T2" }), "previous teams kept");
    }

    [Test]
    public async Task ShouldRejectAnEmptyFile()
    {
        _db.Write("teams.csv", string.Empty);

        var report = await _db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(report.Files[0].Errors.Single().Message, Does.Contain("teams.csv is empty"));
    }

    [Test]
    public async Task ShouldRejectAHeaderOnlyFile_RatherThanDeleteEveryRow()
    {
        _db.Write("teams.csv", ImportHarness.Teams);
        await _db.ImportAsync();
        _db.Write("teams.csv", "team_code,team_name,service_area\n");

        var report = await _db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(report.Files[0].Errors.Single().Message, Does.Contain("no data rows"));
        Assert.That(await _db.CountAsync("teams"), Is.EqualTo(2));
    }
}
