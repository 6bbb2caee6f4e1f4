using Dapper;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>Teams for the filters, by service area then name (the same file the metrics read: sql/queries/metrics/teams.sql).</summary>
public sealed class TeamsQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("metrics/teams", connections.Provider);

    public async Task<IReadOnlyList<Team>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var teams = await connection.QueryAsync<Team>(new CommandDefinition(_sql, cancellationToken: cancellationToken));
        return [.. teams.OrderBy(t => t.ServiceArea, StringComparer.Ordinal).ThenBy(t => t.TeamName, StringComparer.Ordinal)];
    }
}
