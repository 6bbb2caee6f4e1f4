using Dapper;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>The latest metric refresh, or null before the first (sql/queries/dashboard/latest_refresh.sql).</summary>
public sealed class LatestRefreshQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("dashboard/latest_refresh", connections.Provider);

    public async Task<LatestRefresh?> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<LatestRefresh>(new CommandDefinition(_sql, cancellationToken: cancellationToken))).FirstOrDefault();
    }
}
