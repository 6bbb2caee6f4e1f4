namespace WorkforceInsights.Data.Audit;

/// <summary>What happened to one extract file in one import run.</summary>
public sealed record ImportFileResult(
    string ExtractKind,
    string FileName,
    string Outcome,
    string? Sha256,
    string? Encoding,
    long RowsRead,
    long RowsLoaded,
    long RowsRejected,
    long ErrorCount,
    IReadOnlyList<ImportIssue> Issues,
    string? Message)
{
    /// <summary>Errors kept in the report and audit; the rest are counted (extracts.md: the first 1,000).</summary>
    public const int MaxIssuesKept = 1000;

    public IEnumerable<ImportIssue> Errors => Issues.Where(i => i.Severity == ImportIssue.Error);

    public IEnumerable<ImportIssue> Warnings => Issues.Where(i => i.Severity == ImportIssue.Warning);
}
