using Dapper;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Migrations;

namespace WorkforceInsights.Data.Tests.Migrations;

public class SchemaMigratorTests
{
    [Test]
    public async Task ShouldCreateTheDatabaseFileAndEveryTable_OnFirstUse()
    {
        using var db = new TempDatabase();

        var applied = await new SchemaMigrator(db.Connections, TimeProvider.System).MigrateAsync();

        Assert.That(File.Exists(db.Path), Is.True);
        Assert.That(applied, Is.EqualTo(SqlResources.List(SchemaMigrator.SchemaFolder(DatabaseProvider.Sqlite))
            .Select(Path.GetFileName).Where(n => !n!.StartsWith("0000", StringComparison.Ordinal))));
        await using var connection = await db.Connections.OpenAsync();
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.That(tables, Is.SupersetOf(new[] { "allocations", "establishment", "import_files", "import_issues", "import_runs", "referrals", "schema_journal", "teams", "worker_spells" }));
    }

    [Test]
    public async Task ShouldApplyNothing_WhenRunAgain_AndJournalEachScriptOnce()
    {
        using var db = new TempDatabase();
        var migrator = new SchemaMigrator(db.Connections, TimeProvider.System);
        var first = await migrator.MigrateAsync();

        var second = await migrator.MigrateAsync();

        Assert.That(second, Is.Empty);
        await using var connection = await db.Connections.OpenAsync();
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_journal"), Is.EqualTo(first.Count));
    }

    [Test]
    public void ShouldNumberEverySchemaScript_SoTheyRunInOrder()
    {
        var names = SqlResources.List("sql/schema/").Select(Path.GetFileName);

        Assert.That(names, Is.All.Match(@"^\d{4}_[a-z0-9_]+\.sql$"));
    }
}
