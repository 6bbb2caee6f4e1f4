using Dapper;
using WorkforceInsights.Core.Balancing;
using WorkforceInsights.Core.Children;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Balancing;

/// <summary>
/// What caseload balancing reads for a date and scope: every spell (the file the metrics read: planned spells after the
/// extract date carry a leaver on) and the scope's children's allocations (sql/queries/balancing/allocations.sql).
/// </summary>
public sealed class BalancingInputsQuery(IDbConnectionFactory connections)
{
    private readonly string _spells = SqlQuery.Load("metrics/worker_spells", connections.Provider);
    private readonly string _allocations = SqlQuery.Load("balancing/allocations", connections.Provider);

    /// <param name="asOf">The date D.</param>
    /// <param name="scopeTeams">The scope's team codes; null: every team.</param>
    /// <param name="areaScope">The scope is a service area or the council, not one team.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<BalancingInputs> RunAsync(DateOnly asOf, IReadOnlyCollection<string>? scopeTeams, bool areaScope, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var spells = await connection.QueryAsync<SpellRow>(new CommandDefinition(_spells, cancellationToken: cancellationToken));
        var allocations = await connection.QueryAsync<AllocationRow>(new CommandDefinition(
            _allocations, new { asOf, anyTeam = scopeTeams is null, teamCodes = scopeTeams ?? [] }, cancellationToken: cancellationToken));
        return new BalancingInputs(asOf, scopeTeams, areaScope, [.. spells.Select(s => s.ToSpell())], [.. allocations.Select(a => a.ToAllocation())]);
    }

    private sealed class AllocationRow
    {
        public string ChildId { get; set; } = string.Empty;
        public string WorkerId { get; set; } = string.Empty;
        public DateOnly StartDate { get; set; }
        public DateOnly? EndDate { get; set; }
        public string CaseType { get; set; } = string.Empty;
        public string? FamilyId { get; set; }

        public Allocation ToAllocation() => new(ChildId, WorkerId, StartDate, EndDate, Codes.CaseTypes.Parse(CaseType), FamilyId: FamilyId);
    }
}
