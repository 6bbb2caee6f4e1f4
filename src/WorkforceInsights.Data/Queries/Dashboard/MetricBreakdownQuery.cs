using System.Globalization;
using Dapper;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Dashboard;

/// <summary>Chosen metrics for every group of one breakdown on one date (sql/queries/dashboard/metric_breakdown.sql).</summary>
public sealed class MetricBreakdownQuery(IDbConnectionFactory connections)
{
    private readonly string _sql = SqlQuery.Load("dashboard/metric_breakdown", connections.Provider);

    public async Task<IReadOnlyList<MetricBreakdownPoint>> RunAsync(string dimension, DateOnly asOf, IReadOnlyCollection<string> metricIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var parameters = new { dimension, asOf, metricIds };
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_sql, parameters, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new MetricBreakdownPoint(r.GroupKey, r.MetricId, r.Numerator, r.Denominator, r.Value, r.ShortHistory))];
    }

    private sealed class Row
    {
        public string GroupKey { get; set; } = string.Empty;

        public string MetricId { get; set; } = string.Empty;

        public double Numerator { get; set; }

        public double? Denominator { get; set; }

        public double? Value { get; set; }

        public bool ShortHistory { get; set; }
    }
}

/// <summary>One stored figure of one group of a breakdown on a date (<paramref name="ShortHistory"/>: no value, as the history is shorter than the figure needs).</summary>
public sealed record MetricBreakdownPoint(string GroupKey, string MetricId, double Numerator, double? Denominator, double? Value, bool ShortHistory = false);
