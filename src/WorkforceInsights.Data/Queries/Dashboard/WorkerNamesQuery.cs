using Dapper;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>Names of the spells in post on a date, by worker and team (sql/queries/dashboard/worker_names.sql). Read only for users allowed names.</summary>
public sealed class WorkerNamesQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("dashboard/worker_names", connections.Provider);

    /// <param name="teamCodes">Only the spells in these teams; null: every team.</param>
    public async Task<IReadOnlyDictionary<(string WorkerId, string TeamCode), string>> RunAsync(DateOnly asOf, IReadOnlyCollection<string>? teamCodes = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_sql, new { asOf, anyTeam = teamCodes is null, teamCodes = teamCodes ?? [] }, cancellationToken: cancellationToken));
        var names = new Dictionary<(string, string), string>();
        foreach (var row in rows)
        {
            names.TryAdd((row.WorkerId, row.TeamCode), row.DisplayName);
        }

        return names;
    }

    private sealed class Row
    {
        public string WorkerId { get; set; } = string.Empty;

        public string TeamCode { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;
    }
}
