using System.Globalization;
using Dapper;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Staff;
using WorkforceInsights.Core.Teams;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Metrics;

/// <summary>Reads everything the metrics are computed from (sql/queries/metrics/*.sql) into Core records.</summary>
public sealed class MetricInputsQuery(IDbConnectionFactory connections)
{
    private readonly string _teams = SqlQuery.Load("metrics/teams", connections.Provider);
    private readonly string _spells = SqlQuery.Load("metrics/worker_spells", connections.Provider);
    private readonly string _allocations = SqlQuery.Load("metrics/allocations", connections.Provider);
    private readonly string _referrals = SqlQuery.Load("metrics/referrals", connections.Provider);
    private readonly string _establishment = SqlQuery.Load("metrics/establishment", connections.Provider);

    /// <summary>Reads the five sources at once, each on its own connection (a refresh starts with this read).</summary>
    public async Task<MetricInputs> RunAsync(CancellationToken cancellationToken = default)
    {
        var teams = QueryAsync<Team, Team>(_teams, t => t, cancellationToken);
        var spells = QueryAsync<SpellRow, WorkerSpell>(_spells, r => r.ToSpell(), cancellationToken);
        var allocations = QueryAsync<AllocationRow, Allocation>(_allocations, r => r.ToAllocation(), cancellationToken);
        var referrals = QueryAsync<ReferralRow, Referral>(_referrals, r => new Referral(r.ReferralId, r.ChildId, Date(r.ReferralDate), r.Source), cancellationToken);
        var establishment = QueryAsync<EstablishmentRow, EstablishmentPost>(_establishment, r => new EstablishmentPost(r.TeamCode, Codes.Roles.Parse(r.Role), (decimal)r.EstablishmentFte), cancellationToken);
        await Task.WhenAll(teams, spells, allocations, referrals, establishment);
        return new MetricInputs(await teams, await spells, await allocations, await referrals, await establishment);
    }

    private async Task<List<TResult>> QueryAsync<TRow, TResult>(string sql, Func<TRow, TResult> map, CancellationToken cancellationToken)
    {
        await Task.Yield(); // the mapping of one source runs beside the reading of the others
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<TRow>(new CommandDefinition(sql, cancellationToken: cancellationToken))).Select(map)];
    }

    // Dates are stored as ISO text in SQLite and as date in SQL Server; both arrive here as text or DateTime.
    private static DateOnly Date(object value) => value switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unexpected date value of type {value.GetType().Name}."),
    };

    private static DateOnly? OptionalDate(object? value) => value is null or DBNull ? null : Date(value);

    // Mutable row classes: Dapper converts column types into properties (SQLite REAL into double,
    // ISO text or SQL Server date into object), which positional records do not allow.
    private sealed class SpellRow
    {
        public string WorkerId { get; set; } = string.Empty;

        public string? DisplayName { get; set; }

        public string TeamCode { get; set; } = string.Empty;

        public string Role { get; set; } = string.Empty;

        public string EmploymentType { get; set; } = string.Empty;

        public double Fte { get; set; }

        public object StartDate { get; set; } = string.Empty;

        public object? EndDate { get; set; }

        public string? LeavingReason { get; set; }

        public object? QualifiedDate { get; set; }

        public string? LineManagerId { get; set; }

        public WorkerSpell ToSpell() => new(WorkerId, DisplayName, TeamCode, Codes.Roles.Parse(Role), Codes.EmploymentTypes.Parse(EmploymentType),
            (decimal)Fte, Date(StartDate), OptionalDate(EndDate), LeavingReason is null ? null : Codes.LeavingReasons.Parse(LeavingReason),
            OptionalDate(QualifiedDate), LineManagerId);
    }

    private sealed class AllocationRow
    {
        public string ChildId { get; set; } = string.Empty;

        public string WorkerId { get; set; } = string.Empty;

        public object StartDate { get; set; } = string.Empty;

        public object? EndDate { get; set; }

        public string CaseType { get; set; } = string.Empty;

        public string? ChangeReason { get; set; }

        public Allocation ToAllocation() => new(ChildId, WorkerId, Date(StartDate), OptionalDate(EndDate), Codes.CaseTypes.Parse(CaseType),
            ChangeReason is null ? null : Codes.ChangeReasons.Parse(ChangeReason));
    }

    private sealed class ReferralRow
    {
        public string ReferralId { get; set; } = string.Empty;

        public string ChildId { get; set; } = string.Empty;

        public object ReferralDate { get; set; } = string.Empty;

        public string? Source { get; set; }
    }

    private sealed class EstablishmentRow
    {
        public string TeamCode { get; set; } = string.Empty;

        public string Role { get; set; } = string.Empty;

        public double EstablishmentFte { get; set; }
    }
}
