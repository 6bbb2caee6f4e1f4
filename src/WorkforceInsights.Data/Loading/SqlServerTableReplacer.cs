using Microsoft.Data.SqlClient;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Loading;

/// <summary>
/// SQL Server: each file's rows are bulk-copied (SqlBulkCopy) into a #table of the run's session, and duplicate keys
/// are found there; the run's swap replaces every accepted table in one transaction (DELETE, then INSERT … SELECT).
/// With READ_COMMITTED_SNAPSHOT on, the dashboard keeps reading the previous rows until that transaction commits.
/// </summary>
public sealed class SqlServerTableReplacer(IDbConnectionFactory connections) : ITableReplacer
{
    public async Task<IImportStaging> BeginRunAsync(CancellationToken cancellationToken = default) =>
        new SqlServerImportStaging((SqlConnection)await connections.OpenAsync(cancellationToken));
}
