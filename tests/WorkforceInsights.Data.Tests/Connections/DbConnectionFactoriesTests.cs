using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Tests.Connections;

public class DbConnectionFactoriesTests
{
    [Test]
    public void ShouldChooseSqlite_ByDefault()
    {
        var factory = DbConnectionFactories.Create(new DatabaseOptions { SqlitePath = "x.db" });

        Assert.That(factory, Is.InstanceOf<SqliteConnectionFactory>());
        Assert.That(factory.Describe(), Does.EndWith("x.db"));
    }

    [Test]
    public void ShouldChooseSqlServer_WhenConfigured_WithoutShowingThePassword()
    {
        var factory = DbConnectionFactories.Create(new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=db.council.local;Database=Workforce;User Id=wi_app;Password=Secret123!",
        });

        Assert.That(factory.Provider, Is.EqualTo(DatabaseProvider.SqlServer));
        Assert.That(factory.Describe(), Does.Contain("db.council.local").And.Not.Contain("Secret123!"));
    }

    [Test]
    public void ShouldRefuseSqlServer_WithoutAConnectionString_NamingTheSetting()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DbConnectionFactories.Create(new DatabaseOptions { Provider = DatabaseProvider.SqlServer }));

        Assert.That(ex!.Message, Does.Contain("Database:ConnectionString"));
    }

    [TestCase(DatabaseProvider.Sqlite, typeof(WorkforceInsights.Data.Loading.SqliteTableReplacer))]
    [TestCase(DatabaseProvider.SqlServer, typeof(WorkforceInsights.Data.Loading.SqlServerTableReplacer))]
    public void ShouldLoadExtractsWithTheConfiguredEnginesLoader(DatabaseProvider provider, Type loader)
    {
        var factory = DbConnectionFactories.Create(new DatabaseOptions { Provider = provider, SqlitePath = "x.db", ConnectionString = "Server=db;Database=wi" });

        Assert.That(WorkforceInsights.Data.Loading.TableReplacers.Create(factory), Is.TypeOf(loader));
    }

    [TestCase(DatabaseProvider.Sqlite, "sql/schema/sqlite/")]
    [TestCase(DatabaseProvider.SqlServer, "sql/schema/sqlserver/")]
    public void ShouldMigrateWithTheConfiguredEnginesScripts(DatabaseProvider provider, string folder) =>
        Assert.That(WorkforceInsights.Data.Migrations.SchemaMigrator.SchemaFolder(provider), Is.EqualTo(folder));
}
