using Dapper;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Periods;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Results;

/// <summary>
/// The stored changes of social worker in the year to a date, as the Changes page needs them: counted in the
/// database (a few hundred rows however large the council), and the list behind the figures a page at a time, so a
/// request never holds the year's changes (45,000 at scale 10) in the web process.
/// </summary>
public sealed class StoredChangesQuery(IDbConnectionFactory connections)
{
    private readonly string _counts = SqlQuery.Load("results/worker_change_counts", connections.Provider);
    private readonly string _page = SqlQuery.Load("results/worker_changes_page", connections.Provider);

    /// <summary>The year's changes counted by previous team, case type, reason and recorded.</summary>
    /// <param name="asOf">The reporting date D: changes dated after D − 12 months and on or before D.</param>
    /// <param name="teams">The teams, by code; a code missing from them is an unknown team, as in the series.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<ChangeCount>> CountsInYearToAsync(DateOnly asOf, IReadOnlyDictionary<string, Team> teams, CancellationToken cancellationToken = default)
    {
        var (from, to) = Year(asOf);
        var rows = await QueryAsync<CountRow>(_counts, new { from, to }, cancellationToken);
        return [.. rows.Select(r => new ChangeCount(r.PreviousTeamCode, TeamOf(r.PreviousTeamCode, teams), Enum.Parse<CaseType>(r.CaseType), Enum.Parse<ChangeReason>(r.Reason), r.Recorded, (int)r.Changes))];
    }

    /// <summary>One page of the year's changes within a scope, in the order asked for.</summary>
    public async Task<IReadOnlyList<ChangeOfWorker>> PageInYearToAsync(DateOnly asOf, IReadOnlyDictionary<string, Team> teams, ChangeListRequest request, CancellationToken cancellationToken = default)
    {
        var (from, to) = Year(asOf);
        var scope = request.Scope;
        var rows = await QueryAsync<ChangeRow>(_page, new
        {
            from,
            to,
            anyTeam = scope.TeamCodes is null,
            teamCodes = scope.TeamCodes ?? [],
            unknownTeam = scope.UnknownTeam,
            anyCaseType = scope.CaseTypes is null,
            caseTypes = scope.CaseTypes ?? [],
            sort = request.Sort switch { ChangeListSort.Child => "child", ChangeListSort.Reason => "reason", _ => "date" },
            descending = request.Descending,
            skip = request.Skip,
            take = request.Take,
        }, cancellationToken);
        return [.. rows.Select(r => new ChangeOfWorker(r.ChildId, r.ChangeDate, r.PreviousWorkerId, r.NewWorkerId, TeamOf(r.PreviousTeamCode, teams), TeamOf(r.NewTeamCode, teams),
            Enum.Parse<CaseType>(r.CaseType), Enum.Parse<ChangeReason>(r.Reason), r.Recorded))];
    }

    private static (DateOnly from, DateOnly to) Year(DateOnly asOf) => (new ReportingPeriod(asOf).YearAgo.AddDays(1), asOf);

    /// <summary>A code missing from the teams is an unknown team, as the refresh counted it.</summary>
    private static Team? TeamOf(string? code, IReadOnlyDictionary<string, Team> teams) =>
        code is null ? null : teams.GetValueOrDefault(code) ?? new Team(code, code, MetricDaySplitter.UnknownTeam, null);

    private async Task<List<T>> QueryAsync<T>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))];
    }

    // Mutable rows: Dapper maps snake_case columns to these properties, SQLite's 0/1 to bool and either engine's date to DateOnly.
    private sealed class CountRow
    {
        public string? PreviousTeamCode { get; set; }

        public string CaseType { get; set; } = string.Empty;

        public string Reason { get; set; } = string.Empty;

        public bool Recorded { get; set; }

        public long Changes { get; set; }
    }

    private sealed class ChangeRow
    {
        public string ChildId { get; set; } = string.Empty;

        public DateOnly ChangeDate { get; set; }

        public string PreviousWorkerId { get; set; } = string.Empty;

        public string NewWorkerId { get; set; } = string.Empty;

        public string? PreviousTeamCode { get; set; }

        public string? NewTeamCode { get; set; }

        public string CaseType { get; set; } = string.Empty;

        public string Reason { get; set; } = string.Empty;

        public bool Recorded { get; set; }
    }
}

/// <summary>How many of the year's changes share a previous team, case type, reason and recorded-or-inferred.</summary>
/// <param name="PreviousTeamCode">The previous worker's team code as stored (null: unknown).</param>
/// <param name="PreviousTeam">That team (an unknown code is a team of the "(unknown team)" area, as the series counted it).</param>
public sealed record ChangeCount(string? PreviousTeamCode, Team? PreviousTeam, CaseType CaseType, ChangeReason Reason, bool Recorded, int Changes)
{
    /// <summary>The group of a breakdown these changes count in, by the series' own rule.</summary>
    public string? KeyIn(Dimension dimension) => dimension == Dimension.Council ? MetricDaySplitter.CouncilKey : MetricDaySplitter.ChangeKey(dimension, PreviousTeam, CaseType);
}

/// <summary>
/// The changes a list shows, as the counts in scope describe them: their previous team codes (and whether changes
/// of an unknown previous team are in), or their case types; null means any.
/// </summary>
public sealed record ChangeListScope(IReadOnlyList<string>? TeamCodes, bool UnknownTeam, IReadOnlyList<string>? CaseTypes)
{
    public static ChangeListScope Of(Dimension dimension, IEnumerable<ChangeCount> inScope) => dimension switch
    {
        Dimension.Council => new(null, true, null),
        Dimension.CaseType => new(null, true, [.. inScope.Select(c => c.CaseType.ToString()).Distinct()]),
        _ => new([.. inScope.Where(c => c.PreviousTeamCode is not null).Select(c => c.PreviousTeamCode!).Distinct()], inScope.Any(c => c.PreviousTeamCode is null), null),
    };
}

public enum ChangeListSort
{
    Date,
    Child,
    Reason,
}

/// <summary>A page of the list: its scope, order, and the rows to skip and take.</summary>
public sealed record ChangeListRequest(ChangeListScope Scope, ChangeListSort Sort, bool Descending, int Skip, int Take);
