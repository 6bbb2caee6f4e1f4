namespace WorkforceInsights.Data.Audit;

/// <summary>One row of import_files, for the import history.</summary>
public sealed record ImportFileSummary(
    long FileId,
    long RunId,
    string ExtractKind,
    string FileName,
    string Outcome,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long ErrorCount,
    long WarningCount,
    string? Message,
    string StartedAt,
    string? FinishedAt);
