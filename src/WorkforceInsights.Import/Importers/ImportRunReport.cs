using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Series;

namespace WorkforceInsights.Import.Importers;

/// <summary>The outcome of importing one folder: a result per extract file found.</summary>
public sealed record ImportRunReport(long RunId, string Folder, string Outcome, IReadOnlyList<ImportFileResult> Files, IReadOnlyList<string> IgnoredFiles)
{
    /// <summary>The metric series recomputed after this run, when it changed data.</summary>
    public MetricRefreshResult? SeriesRefresh { get; init; }

    /// <summary>Why recomputing the series failed (the imported data is kept).</summary>
    public string? SeriesRefreshError { get; init; }

    /// <summary>The report of an import refused because another held the database: nothing was read or changed.</summary>
    public static ImportRunReport Busy(string folder) => new(0, folder, ImportOutcome.Busy, [], []);

    public bool AnyRejected => Files.Any(f => f.Outcome == ImportOutcome.Rejected);

    public bool AnyFailed => Files.Any(f => f.Outcome == ImportOutcome.Failed);

    /// <summary>cli.md: 0 when every file present loaded (or was unchanged), 2 when any was rejected, 1 on other failures, 3 when another import held the database.</summary>
    public int ExitCode => Outcome == ImportOutcome.Busy ? 3 : AnyFailed || Files.Count == 0 || SeriesRefreshError is not null ? 1 : AnyRejected ? 2 : 0;

    public static string OverallOutcome(IReadOnlyList<ImportFileResult> files) =>
        files.Count == 0 ? ImportOutcome.Failed
        : files.Any(f => f.Outcome == ImportOutcome.Failed) ? ImportOutcome.Failed
        : files.Any(f => f.Outcome == ImportOutcome.Rejected) ? ImportOutcome.Rejected
        : files.All(f => f.Outcome == ImportOutcome.Unchanged) ? ImportOutcome.Unchanged
        : ImportOutcome.Loaded;
}
