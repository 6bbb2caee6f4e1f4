using Dapper;
using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics;
using WorkforceInsights.Core.Metrics.DataQuality;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Queries.Results;

/// <summary>
/// Reads the refresh's stored results (sql/queries/results/*.sql) back into the Core records they were written from,
/// so pages and the CLI apply the metric definitions to exactly what the series measured.
/// </summary>
public sealed class StoredResultsQuery(IDbConnectionFactory connections)
{
    private readonly string _workers = SqlQuery.Load("results/worker_day_facts", connections.Provider);
    private readonly string _leavers = SqlQuery.Load("results/leavers_by_reason", connections.Provider);
    private readonly string _findings = SqlQuery.Load("results/data_quality_findings", connections.Provider);
    private readonly string _councilPoints = SqlQuery.Load("results/council_points_on", connections.Provider);

    /// <summary>Every spell in post on a stored date with its cases (empty when the date is not stored).</summary>
    /// <param name="teamCodes">Only the spells in these teams; null: every team.</param>
    public async Task<IReadOnlyList<WorkerDayFact>> WorkersOnAsync(DateOnly asOf, IReadOnlyCollection<string>? teamCodes = null, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync<WorkerRow>(_workers, new { asOf, anyTeam = teamCodes is null, teamCodes = teamCodes ?? [] }, cancellationToken);
        return [.. rows.Select(r => new WorkerDayFact(asOf, r.WorkerId, r.TeamCode, Codes.Roles.Parse(r.Role), Codes.EmploymentTypes.Parse(r.EmploymentType),
            r.StartDate, (decimal)r.Fte, r.Band, r.Cases, r.HoldsCases, r.EmployedYearAgo, r.LineManagerId))];
    }

    /// <summary>Leavers by reason of one group on a stored date, largest FTE first.</summary>
    public async Task<IReadOnlyList<LeaversByReason>> LeaversByReasonAsync(DateOnly asOf, Dimension dimension, string groupKey, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync<LeaverRow>(_leavers, new { asOf, dimension = dimension.ToString(), groupKey }, cancellationToken);
        return [.. rows.Select(r => new LeaversByReason(r.Reason, r.Leavings, (decimal)r.Fte))];
    }

    /// <summary>The data-quality findings stored for a date.</summary>
    public async Task<IReadOnlyList<DataQualityFinding>> FindingsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync<FindingRow>(_findings, new { asOf }, cancellationToken);
        return [.. rows.Select(r => new DataQualityFinding(r.MetricId, r.WorkerId, r.ChildId, r.Detail))];
    }

    /// <summary>
    /// The council's figures on a stored date, as <see cref="CouncilMetrics"/> (with the differential caseload from the
    /// stored CASE-AVG by band); null when the series has no point on that date.
    /// </summary>
    public async Task<CouncilMetrics?> CouncilMetricsOnAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync<PointRow>(_councilPoints, new { asOf }, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var results = rows.Where(r => r.Dimension == nameof(Dimension.Council)).ToDictionary(r => r.MetricId, r => r.Result, StringComparer.Ordinal);
        var bands = rows.Where(r => r.Dimension == nameof(Dimension.ExperienceBand)).ToDictionary(r => r.GroupKey, r => r.Result, StringComparer.Ordinal);
        // A band with no case holders has no stored point: no data, or fewer than 12 months when the council's figure is.
        var missingBand = results.GetValueOrDefault(MetricIds.AverageCaseload) is { ShortHistory: true } ? MetricResult.FewerThanAYear : MetricResult.Ratio(0, 0);
        return new CouncilMetrics(asOf, results, Core.Staff.ExperienceBand.All.ToDictionary(b => b, b => bands.GetValueOrDefault(b) ?? missingBand, StringComparer.Ordinal));
    }

    private async Task<List<T>> QueryAsync<T>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))];
    }

    // Mutable rows: Dapper maps snake_case columns to these properties, SQLite's 0/1 to bool and either engine's date to DateOnly.
    private sealed class WorkerRow
    {
        public string WorkerId { get; set; } = string.Empty;

        public string TeamCode { get; set; } = string.Empty;

        public string Role { get; set; } = string.Empty;

        public string EmploymentType { get; set; } = string.Empty;

        public DateOnly StartDate { get; set; }

        public double Fte { get; set; }

        public string Band { get; set; } = string.Empty;

        public int Cases { get; set; }

        public bool HoldsCases { get; set; }

        public bool EmployedYearAgo { get; set; }

        public string? LineManagerId { get; set; }
    }

    private sealed class LeaverRow
    {
        public string Reason { get; set; } = string.Empty;

        public int Leavings { get; set; }

        public double Fte { get; set; }
    }

    private sealed class FindingRow
    {
        public string MetricId { get; set; } = string.Empty;

        public string? WorkerId { get; set; }

        public string? ChildId { get; set; }

        public string Detail { get; set; } = string.Empty;
    }

    private sealed class PointRow
    {
        public string MetricId { get; set; } = string.Empty;

        public string Dimension { get; set; } = string.Empty;

        public string GroupKey { get; set; } = string.Empty;

        public double Numerator { get; set; }

        public double? Denominator { get; set; }

        public double? Value { get; set; }

        public bool ShortHistory { get; set; }

        public MetricResult Result => new((decimal)Numerator, (decimal?)Denominator, (decimal?)Value, ShortHistory);
    }
}
