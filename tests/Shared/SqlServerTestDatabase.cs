using Microsoft.Data.SqlClient;

namespace WorkforceInsights.TestSupport;

/// <summary>
/// A database of its own on the SQL Server named by WORKFORCE_TEST_SQLSERVER, created with
/// read-committed snapshot (as the README asks of councils) and dropped afterwards.
/// </summary>
public sealed class SqlServerTestDatabase : IDisposable
{
    public const string ConnectionVariable = "WORKFORCE_TEST_SQLSERVER";

    private readonly string _server;
    private readonly string _name;

    private SqlServerTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<SqlServerTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Ignore($"SQL Server run skipped: set {ConnectionVariable} to a connection string to run it.");
        }

        var database = new SqlServerTestDatabase(server!, "wi_test_" + Guid.NewGuid().ToString("N")[..12]);
        await database.ExecuteOnServerAsync($"CREATE DATABASE [{database._name}]; ALTER DATABASE [{database._name}] SET READ_COMMITTED_SNAPSHOT ON;");
        return database;
    }

    public void Dispose()
    {
        SqlConnection.ClearAllPools();
        ExecuteOnServerAsync($"ALTER DATABASE [{_name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{_name}];").GetAwaiter().GetResult();
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new SqlConnection(_server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql; // database names are generated here, never input
        await command.ExecuteNonQueryAsync();
    }
}
