using Dapper;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>Teams for the filters (sql/queries/dashboard/teams.sql).</summary>
public sealed class TeamsQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("dashboard/teams", connections.Provider);

    public async Task<IReadOnlyList<Team>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<Team>(new CommandDefinition(_sql, cancellationToken: cancellationToken))];
    }
}
