using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Import.Tests;

/// <summary>
/// A fresh migrated database per test on the fixture's engine: SQLite always, SQL Server when
/// WORKFORCE_TEST_SQLSERVER is set (ignored, with that reason, otherwise).
/// </summary>
public abstract class ImportFixture(DatabaseProvider provider)
{
    private ImportHarness? _db;

    protected DatabaseProvider Provider => provider;

    protected ImportHarness Db => _db ?? throw new InvalidOperationException("SetUp has not run.");

    [SetUp]
    public async Task CreateDatabase() => _db = await ImportHarness.CreateAsync(provider);

    [TearDown]
    public void DropDatabase() => _db?.Dispose(); // null when SetUp ignored the SQL Server run
}
