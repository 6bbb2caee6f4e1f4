using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace WorkforceInsights.Data.Connections;

/// <summary>Connections to the council's SQL Server database.</summary>
public sealed class SqlServerConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;

    public SqlServerConnectionFactory(string connectionString)
    {
        DapperConventions.Apply();
        _connectionString = connectionString;
    }

    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string Describe()
    {
        var builder = new SqlConnectionStringBuilder(_connectionString);
        return $"SQL Server {builder.DataSource}, database {builder.InitialCatalog}";
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
