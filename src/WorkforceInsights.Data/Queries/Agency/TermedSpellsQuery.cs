using Dapper;
using WorkforceInsights.Core.Agency;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Agency;

/// <summary>Every social-worker spell with its agency columns (sql/queries/agency/termed_spells.sql): the input of the agency register and return.</summary>
public sealed class TermedSpellsQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("agency/termed_spells", connections.Provider);

    public async Task<IReadOnlyList<TermedSpell>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_sql, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToTermedSpell()).ToList();
    }

    private sealed class Row : SpellRow
    {
        public string? SweNumber { get; set; }

        public string? AgencyName { get; set; }

        public string? AgencyJobType { get; set; }

        public decimal? HourlyRate { get; set; }

        public string? ProjectTeam { get; set; }

        public long? NoticeWeeks { get; set; }

        public long? AgencyReferences { get; set; }

        public DateOnly? CapBreachSignedOff { get; set; }

        public TermedSpell ToTermedSpell() => new(
            ToSpell(),
            new AgencyTerms(
                SweNumber, AgencyName, AgencyJobType is { } jobType ? AgencyJobTypes.Codes.Parse(jobType) : null,
                HourlyRate is { } rate ? Math.Round(rate, 2) : null, ProjectTeam == "yes",
                NoticeWeeks is { } notice ? (int)notice : null, AgencyReferences is { } references ? (int)references : null, CapBreachSignedOff));
    }
}
