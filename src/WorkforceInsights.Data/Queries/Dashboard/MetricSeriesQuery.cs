using Dapper;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>Stored series of chosen metrics for one group of one breakdown (sql/queries/dashboard/metric_series.sql).</summary>
public sealed class MetricSeriesQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("dashboard/metric_series", connections.Provider);

    public async Task<IReadOnlyList<MetricSeriesPoint>> RunAsync(string dimension, string groupKey, IReadOnlyCollection<string> metricIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_sql, new { dimension, groupKey, metricIds }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new MetricSeriesPoint(r.AsOf, r.MetricId, r.Numerator, r.Denominator, r.Value, r.ShortHistory))];
    }

    private sealed class Row
    {
        public DateOnly AsOf { get; set; }

        public string MetricId { get; set; } = string.Empty;

        public double Numerator { get; set; }

        public double? Denominator { get; set; }

        public double? Value { get; set; }

        public bool ShortHistory { get; set; }
    }
}
