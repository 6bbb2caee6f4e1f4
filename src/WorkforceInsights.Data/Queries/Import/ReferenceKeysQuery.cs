using Dapper;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Import;

/// <summary>Keys already in the database that extract rows may refer to.</summary>
public sealed class ReferenceKeysQuery(IDbConnectionFactory connections)
{
    private readonly string _teamCodes = SqlQuery.Load("import/team_codes", connections.Provider);
    private readonly string _workerIds = SqlQuery.Load("import/worker_ids", connections.Provider);

    public Task<HashSet<string>> TeamCodesAsync(CancellationToken cancellationToken = default) => ReadAsync(_teamCodes, cancellationToken);

    public Task<HashSet<string>> WorkerIdsAsync(CancellationToken cancellationToken = default) => ReadAsync(_workerIds, cancellationToken);

    private async Task<HashSet<string>> ReadAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>(new CommandDefinition(sql, cancellationToken: cancellationToken))];
    }
}
