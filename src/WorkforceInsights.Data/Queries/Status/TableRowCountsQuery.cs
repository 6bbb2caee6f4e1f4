using Dapper;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Status;

/// <summary>Rows held per extract kind (sql/queries/status/table_row_counts.sql).</summary>
public sealed class TableRowCountsQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("status/table_row_counts", connections.Provider);

    public async Task<IReadOnlyList<TableRowCount>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<TableRowCount>(new CommandDefinition(_sql, cancellationToken: cancellationToken))];
    }
}
