using System.Globalization;
using Dapper;
using WorkforceInsights.Data.Connections;

namespace WorkforceInsights.Data.Audit;

/// <summary>
/// Writes and reads the import audit. Each call uses its own connection and commits at once, so
/// the audit survives a data load that is rolled back. The statements are short and sit beside
/// their call (portable SQL: the same text runs on SQLite and SQL Server).
/// </summary>
public sealed class ImportAuditStore(IDbConnectionFactory connections, TimeProvider clock)
{
    private string Now => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    public async Task<long> StartRunAsync(string sourceFolder, string triggeredBy, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO import_runs (source_folder, triggered_by, started_at, outcome)
            VALUES (@sourceFolder, @triggeredBy, @startedAt, @outcome);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, new { sourceFolder, triggeredBy, startedAt = Now, outcome = ImportOutcome.Running });
        return await connection.ExecuteScalarAsync<long>("SELECT MAX(run_id) FROM import_runs");
    }

    public async Task FinishRunAsync(long runId, string outcome, CancellationToken cancellationToken = default)
    {
        const string sql = "UPDATE import_runs SET finished_at = @finishedAt, outcome = @outcome WHERE run_id = @runId";
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, new { runId, outcome, finishedAt = Now });
    }

    public async Task<long> StartFileAsync(long runId, string extractKind, string fileName, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO import_files (run_id, extract_kind, file_name, outcome, started_at)
            VALUES (@runId, @extractKind, @fileName, @outcome, @startedAt);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, new { runId, extractKind, fileName, outcome = ImportOutcome.Running, startedAt = Now });
        return await connection.ExecuteScalarAsync<long>("SELECT MAX(file_id) FROM import_files");
    }

    public async Task FinishFileAsync(long fileId, ImportFileResult result, CancellationToken cancellationToken = default)
    {
        const string update = """
            UPDATE import_files
            SET    sha256 = @Sha256, encoding = @Encoding, rows_read = @RowsRead, rows_loaded = @RowsLoaded,
                   rows_rejected = @RowsRejected, error_count = @ErrorCount, warning_count = @WarningCount,
                   outcome = @Outcome, message = @Message, finished_at = @FinishedAt
            WHERE  file_id = @FileId;
            """;
        const string insertIssue = """
            INSERT INTO import_issues (file_id, severity, line_number, column_name, value, message)
            VALUES (@FileId, @Severity, @LineNumber, @ColumnName, @Value, @Message);
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(update, new
        {
            FileId = fileId,
            result.Sha256,
            result.Encoding,
            result.RowsRead,
            result.RowsLoaded,
            result.RowsRejected,
            result.ErrorCount,
            WarningCount = result.Warnings.LongCount(),
            result.Outcome,
            result.Message,
            FinishedAt = Now,
        }, transaction);
        await connection.ExecuteAsync(
            insertIssue,
            result.Issues.Select(i => new { FileId = fileId, i.Severity, i.LineNumber, i.ColumnName, i.Value, i.Message }),
            transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The hash of the file most recently loaded for this kind, to report identical files as unchanged.</summary>
    public async Task<string?> LastLoadedSha256Async(string extractKind, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT sha256
            FROM   import_files
            WHERE  extract_kind = @extractKind
              AND  outcome = @loaded
            ORDER BY file_id DESC
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string?>(sql, new { extractKind, loaded = ImportOutcome.Loaded })).FirstOrDefault();
    }

    /// <summary>When the latest import run finished (ISO 8601 UTC), or null when none has run: the "last import" every page shows.</summary>
    public async Task<string?> LastRunFinishedAtAsync(CancellationToken cancellationToken = default) =>
        (await RecentRunsAsync(1, cancellationToken)) is [var latest, ..] ? latest.FinishedAt : null;

    public async Task<IReadOnlyList<ImportRunSummary>> RecentRunsAsync(int count, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT run_id, source_folder, triggered_by, started_at, finished_at, outcome
            FROM   import_runs
            ORDER BY run_id DESC
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<ImportRunSummary>(sql)).Take(count)];
    }

    public async Task<IReadOnlyList<ImportFileSummary>> FilesOfRunAsync(long runId, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT file_id, run_id, extract_kind, file_name, outcome, rows_read, rows_loaded, rows_rejected,
                   error_count, warning_count, message, started_at, finished_at
            FROM   import_files
            WHERE  run_id = @runId
            ORDER BY file_id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ImportFileSummary>(sql, new { runId })];
    }

    public async Task<IReadOnlyList<ImportIssue>> IssuesOfFileAsync(long fileId, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT severity, line_number, column_name, value, message
            FROM   import_issues
            WHERE  file_id = @fileId
            ORDER BY issue_id
            """;
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ImportIssue>(sql, new { fileId })];
    }
}
