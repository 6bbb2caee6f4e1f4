using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Audit;

namespace WorkforceInsights.Import.Tests.Importers;

/// <summary>extracts.md: header matching, unknown and missing columns, empty files.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.SqlServer)]
public class HeaderRulesTests(DatabaseProvider provider) : ImportFixture(provider)
{
    [Test]
    public async Task ShouldMatchHeaderVariants_InAnyOrder()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        Db.Write("workers.csv", "Employment Type, FTE ,Start-Date,Worker ID,TEAM_CODE,Role\npermanent,1,2020-01-01,W1,T1,case_holder\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files.Select(f => f.Outcome), Is.All.EqualTo(ImportOutcome.Loaded));
        Assert.That(await Db.RowsAsync("SELECT worker_id, employment_type, start_date FROM worker_spells"),
            Is.EqualTo(new[] { "W1|permanent|2020-01-01" }));
    }

    [Test]
    public async Task ShouldIgnoreUnknownColumns_WithOneWarning()
    {
        Db.Write("teams.csv", "team_code,team_name,service_area,cost_centre,notes\nT1,One,Assessment,CC1,x\nT2,Two,Assessment,CC2,y\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Loaded));
        var warning = report.Files[0].Warnings.Single();
        Assert.That(warning.Message, Does.Contain("cost_centre").And.Contain("notes"));
    }

    [Test]
    public async Task ShouldRejectTheWholeFile_WhenARequiredColumnIsMissing_NamingFileAndColumn()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        await Db.ImportAsync();
        Db.Write("teams.csv", "team_code,team_name\nT9,Nine\n");

        var report = await Db.ImportAsync();

        var error = report.Files[0].Errors.Single();
        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(error.ColumnName, Is.EqualTo("service_area"));
        Assert.That(error.Message, Does.Contain("teams.csv").And.Contain("service_area"));
        Assert.That(await Db.QueryAsync<string>("SELECT team_code FROM teams ORDER BY team_code"), Is.EqualTo(new[] { "T1", "T2" }), "previous teams kept");
    }

    [Test]
    public async Task ShouldRejectAnEmptyFile()
    {
        Db.Write("teams.csv", string.Empty);

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(report.Files[0].Errors.Single().Message, Does.Contain("teams.csv is empty"));
    }

    [Test]
    public async Task ShouldRejectAHeaderOnlyFile_RatherThanDeleteEveryRow()
    {
        Db.Write("teams.csv", ImportHarness.Teams);
        await Db.ImportAsync();
        Db.Write("teams.csv", "team_code,team_name,service_area\n");

        var report = await Db.ImportAsync();

        Assert.That(report.Files[0].Outcome, Is.EqualTo(ImportOutcome.Rejected));
        Assert.That(report.Files[0].Errors.Single().Message, Does.Contain("no data rows"));
        Assert.That(await Db.CountAsync("teams"), Is.EqualTo(2));
    }
}
