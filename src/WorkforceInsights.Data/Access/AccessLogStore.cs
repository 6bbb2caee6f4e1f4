using System.Globalization;
using Dapper;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Data.Access;

/// <summary>Writes, reads and purges the access log (sql/queries/access/*.sql); each call on its own connection.</summary>
public sealed class AccessLogStore(IDbConnectionFactory connections, TimeProvider clock)
{
    private readonly string _insert = SqlQuery.Load("access/insert_entry", connections.Provider);
    private readonly string _recent = SqlQuery.Load("access/recent_entries", connections.Provider);
    private readonly string _purge = SqlQuery.Load("access/purge_entries", connections.Provider);

    public async Task RecordAsync(string userId, string userName, string roles, string resource, string filters, long rowsReturned, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(_insert, new
        {
            LoggedAt = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            UserId = userId,
            UserName = userName,
            Roles = roles,
            Resource = resource,
            Filters = filters,
            RowsReturned = rowsReturned,
        }, cancellationToken: cancellationToken));
    }

    /// <param name="user">A user id or display name (exact), or null for everyone.</param>
    /// <param name="from">The first day to list, or null for all.</param>
    /// <param name="count">How many of the newest rows to return.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<AccessLogEntry>> RecentAsync(string? user, DateOnly? from, int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AccessLogEntry>(new CommandDefinition(_recent, new
        {
            user = string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
            from = IsoDate.Of(from),
        }, cancellationToken: cancellationToken));
        return [.. rows.Take(count)];
    }

    /// <summary>Deletes the rows older than the retention period; returns how many went.</summary>
    public async Task<int> PurgeAsync(int retentionDays, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var before = clock.GetUtcNow().AddDays(-retentionDays).ToString("O", CultureInfo.InvariantCulture);
        return await connection.ExecuteAsync(new CommandDefinition(_purge, new { before }, cancellationToken: cancellationToken));
    }
}
