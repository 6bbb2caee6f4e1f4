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
}
