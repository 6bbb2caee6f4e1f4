using Dapper;
using WorkforceInsights.Core.Benchmarks;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.Benchmarks;

/// <summary>
/// The published benchmark figures and statistical neighbours (sql/queries/benchmarks/*.sql). A file's figures
/// replace those of the measures it carries in one transaction: whole file or nothing.
/// </summary>
public sealed class BenchmarkStore(IDbConnectionFactory connections)
{
    private readonly string _values = SqlQuery.Load("benchmarks/published_values", connections.Provider);
    private readonly string _neighbours = SqlQuery.Load("benchmarks/neighbours", connections.Provider);
    private readonly string _deleteValues = SqlQuery.Load("benchmarks/delete_values", connections.Provider);
    private readonly string _insertValue = SqlQuery.Load("benchmarks/insert_value", connections.Provider);
    private readonly string _deleteNeighbours = SqlQuery.Load("benchmarks/delete_neighbours", connections.Provider);
    private readonly string _insertNeighbour = SqlQuery.Load("benchmarks/insert_neighbour", connections.Provider);
    private readonly string _valueCount = SqlQuery.Load("benchmarks/value_count", connections.Provider);

    public async Task ReplaceValuesAsync(IReadOnlyCollection<string> measures, IReadOnlyList<PublishedValue> values, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(_deleteValues, new { measures }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(_insertValue, values.Select(v => new
        {
            v.Measure, v.Year, v.Level, AreaKey = v.LaCode ?? v.RegionCode ?? "England", v.RegionCode, v.RegionName, v.LaCode, v.LaName, v.Value, v.Code,
        }), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ReplaceNeighboursAsync(IReadOnlyList<StatisticalNeighbours> neighbours, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(_deleteNeighbours, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(_insertNeighbour, neighbours.SelectMany(n => n.Neighbours.Select((code, i) => new
        {
            n.LaCode, n.LaName, Rank = i + 1, NeighbourCode = code,
        })), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PublishedValue>> ValuesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_values, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new PublishedValue(r.Measure, (int)r.Year, r.Level, r.RegionCode, r.RegionName, r.LaCode, r.LaName, r.Value, r.Code))];
    }

    public async Task<IReadOnlyList<StatisticalNeighbours>> NeighboursAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NeighbourRow>(new CommandDefinition(_neighbours, cancellationToken: cancellationToken));
        return [.. rows.GroupBy(r => (r.LaCode, r.LaName)).Select(g => new StatisticalNeighbours(g.Key.LaCode, g.Key.LaName, [.. g.OrderBy(r => r.Rank).Select(r => r.NeighbourCode)]))];
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(_valueCount, cancellationToken: cancellationToken)) == 0;
    }

    // Mapped by property name, not by a constructor: on an empty table SQLite reports the columns' types differently
    // from a filled one, so no constructor Dapper could match would fit both (and a council may never import benchmarks).
    private sealed class Row
    {
        public string Measure { get; set; } = "";
        public long Year { get; set; }
        public string Level { get; set; } = "";
        public string? RegionCode { get; set; }
        public string? RegionName { get; set; }
        public string? LaCode { get; set; }
        public string? LaName { get; set; }
        public double? Value { get; set; }
        public string? Code { get; set; }
    }

    private sealed class NeighbourRow
    {
        public string LaCode { get; set; } = "";
        public string LaName { get; set; } = "";
        public long Rank { get; set; }
        public string NeighbourCode { get; set; } = "";
    }
}
