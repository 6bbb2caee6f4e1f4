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

    /// <summary>
    /// A council upgrading keeps its stored series (0013 rebuilds metric_snapshots as a WITHOUT ROWID table): a
    /// database made by the scripts before it, with points stored, has the same points after the upgrade, still
    /// one per key.
    /// </summary>
    [Test]
    public async Task ShouldKeepEveryStoredPoint_WhenAnUpgradeRebuildsTheSeriesTable()
    {
        using var db = new TempDatabase();
        var folder = SchemaMigrator.SchemaFolder(DatabaseProvider.Sqlite);
        var before = SqlResources.List(folder).Where(r => string.CompareOrdinal(Path.GetFileName(r), "0013") < 0).ToList();
        Assert.That(before.Select(Path.GetFileName), Does.Contain("0012_create_series_basis.sql"));
        await using (var old = await db.Connections.OpenAsync())
        {
            foreach (var script in before)
            {
                await old.ExecuteAsync(SqlResources.Read(script));
                await old.ExecuteAsync(SqlResources.Read("sql/queries/migrations/record_script.sql"),
                    new { name = Path.GetFileName(script), appliedAt = "2026-11-01T00:00:00Z" });
            }

            await old.ExecuteAsync(
                "INSERT INTO metric_snapshots (as_of, metric_id, dimension, group_key, numerator, denominator, value) VALUES (@asOf, @metric, @dimension, @group, @numerator, @denominator, @value)",
                new[]
                {
                    new { asOf = "2026-10-31", metric = "WF-TURN", dimension = "Council", group = "Council", numerator = 12.5, denominator = (double?)100.0, value = (double?)0.125 },
                    new { asOf = "2026-09-30", metric = "WF-TURN", dimension = "Team", group = "T01", numerator = 0.0, denominator = (double?)0.0, value = (double?)null },
                    new { asOf = "2026-10-31", metric = "CASE-HELD", dimension = "Council", group = "Council", numerator = 3865.0, denominator = (double?)null, value = (double?)3865.0 },
                });
        }

        var applied = await new SchemaMigrator(db.Connections, TimeProvider.System).MigrateAsync();

        Assert.That(applied, Does.Contain("0013_metric_snapshots_without_rowid.sql"));
        await using var upgraded = await db.Connections.OpenAsync();
        var points = await upgraded.QueryAsync<(string, string, string, string, double, double?, double?)>(
            "SELECT as_of, metric_id, dimension, group_key, numerator, denominator, value FROM metric_snapshots ORDER BY metric_id, as_of");
        Assert.That(points, Is.EqualTo(new[]
        {
            ("2026-10-31", "CASE-HELD", "Council", "Council", 3865.0, (double?)null, (double?)3865.0),
            ("2026-09-30", "WF-TURN", "Team", "T01", 0.0, (double?)0.0, (double?)null),
            ("2026-10-31", "WF-TURN", "Council", "Council", 12.5, (double?)100.0, (double?)0.125),
        }));
        Assert.That(await upgraded.ExecuteScalarAsync<string>("SELECT sql FROM sqlite_master WHERE name = 'metric_snapshots'"), Does.EndWith("WITHOUT ROWID"));
        Assert.That(await upgraded.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'metric_snapshots_%'"), Is.Zero, "the old table is gone");
        var duplicate = () => upgraded.ExecuteAsync(
            "INSERT INTO metric_snapshots (as_of, metric_id, dimension, group_key, numerator) VALUES ('2026-10-31', 'WF-TURN', 'Council', 'Council', 1)");
        Assert.That(duplicate, Throws.InstanceOf<Microsoft.Data.Sqlite.SqliteException>(), "one point per metric, breakdown, group and date");
    }

    [Test]
    public void ShouldNumberEverySchemaScript_SoTheyRunInOrder()
    {
        var names = SqlResources.List("sql/schema/").Select(Path.GetFileName);

        Assert.That(names, Is.All.Match(@"^\d{4}_[a-z0-9_]+\.sql$"));
    }
}
