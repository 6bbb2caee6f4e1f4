using WorkforceInsights.Core.Codes;
using WorkforceInsights.Core.Metrics.Facts;
using WorkforceInsights.Core.Metrics.Results;
using WorkforceInsights.Core.Metrics.Series;

namespace WorkforceInsights.Data.Series;

/// <summary>The columns of each stored-results table (schemas 0010, 0012 and 0014), and the rows of a series date for each.</summary>
public static class StoredResultTables
{
    public static StoredResultTable<MetricPoint> MetricSnapshots { get; } = new("metric_snapshots", ["metric_id", "dimension", "group_key", "as_of"],
        ("as_of", p => p.AsOf),
        ("metric_id", p => p.MetricId),
        ("dimension", p => p.Dimension.ToString()),
        ("group_key", p => p.GroupKey),
        ("numerator", p => (double)p.Result.Numerator),
        ("denominator", p => p.Result.Denominator is { } d ? (double)d : null),
        ("value", p => p.Result.Value is { } v ? (double)v : null),
        ("short_history", p => p.Result.ShortHistory));

    public static StoredResultTable<WorkerDayFact> WorkerDayFacts { get; } = new("worker_day_facts", ["as_of", "team_code"],
        ("as_of", w => w.AsOf),
        ("worker_id", w => w.WorkerId),
        ("team_code", w => w.TeamCode),
        ("role", w => Codes.Roles.Word(w.Role)),
        ("employment_type", w => Codes.EmploymentTypes.Word(w.EmploymentType)),
        ("start_date", w => w.StartDate),
        ("fte", w => (double)w.Fte),
        ("band", w => w.Band),
        ("cases", w => w.Cases),
        ("holds_cases", w => w.HoldsCases),
        ("employed_year_ago", w => w.EmployedYearAgo),
        ("line_manager_id", w => w.LineManagerId));

    public static StoredResultTable<StoredLeaversByReason> LeaversByReason { get; } = new("leavers_by_reason", ["as_of", "dimension", "group_key", "reason"],
        ("as_of", l => l.AsOf),
        ("dimension", l => l.Dimension.ToString()),
        ("group_key", l => l.GroupKey),
        ("reason", l => l.Row.Reason),
        ("leavings", l => l.Row.Leavings),
        ("fte", l => (double)l.Row.Fte));

    public static StoredResultTable<StoredFinding> DataQualityFindings { get; } = new("data_quality_findings", ["as_of"],
        ("as_of", f => f.AsOf),
        ("metric_id", f => f.Finding.MetricId),
        ("worker_id", f => f.Finding.WorkerId),
        ("child_id", f => f.Finding.ChildId),
        ("detail", f => f.Finding.Detail));

    public static StoredResultTable<ChangeOfWorker> WorkerChanges { get; } = new("worker_changes", ["change_date"],
        ("child_id", c => c.ChildId),
        ("change_date", c => c.Date),
        ("previous_worker_id", c => c.PreviousWorkerId),
        ("new_worker_id", c => c.NewWorkerId),
        ("previous_team_code", c => c.PreviousTeam?.TeamCode),
        ("new_team_code", c => c.NewTeam?.TeamCode),
        ("case_type", c => c.CaseType.ToString()),
        ("reason", c => c.Reason.ToString()),
        ("recorded", c => c.Recorded));

    public static StoredResultTable<KeyValuePair<string, long>> SeriesBasis { get; } = new("series_basis", ["part"],
        ("part", b => b.Key),
        ("value", b => b.Value));

    /// <summary>Every stored-results table, in the order a refresh swaps them in.</summary>
    public static IReadOnlyList<IStoredResultTable> All { get; } = [MetricSnapshots, WorkerDayFacts, LeaversByReason, DataQualityFindings, WorkerChanges, SeriesBasis];

    /// <summary>The tables of one series date's results, with its rows for each.</summary>
    public static IEnumerable<(IStoredResultTable Table, IEnumerable<object?[]> Rows)> RowsOf(SeriesDateResults day) =>
    [
        (MetricSnapshots, MetricSnapshots.Rows(day.Points)),
        (WorkerDayFacts, WorkerDayFacts.Rows(day.Workers)),
        (LeaversByReason, LeaversByReason.Rows(day.Leavers)),
        (DataQualityFindings, DataQualityFindings.Rows(day.Findings)),
    ];
}
