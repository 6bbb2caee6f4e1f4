using System.Globalization;
using Dapper;
using WorkforceInsights.Data.Connections;
using WorkforceInsights.Data.Queries;

namespace WorkforceInsights.Data.Audit;

/// <summary>
/// Writes and reads the import audit. Each call uses its own connection and commits at once, so
/// the audit survives a data load that is rolled back. The one exception is marking a run's staged
/// files loaded, which the run's swap does in its own transaction (<see cref="Loading.IImportStaging.SwapAllAsync"/>). The statements are sql/queries/audit/*.sql;
/// new ids come back from the INSERT itself (RETURNING, OUTPUT INSERTED), never from a MAX(...) that
/// another run could have moved.
/// </summary>
public sealed class ImportAuditStore(IDbConnectionFactory connections, TimeProvider clock)
{
    private readonly string _startRun = SqlQuery.Load("audit/start_run", connections.Provider);
    private readonly string _finishRun = SqlQuery.Load("audit/finish_run", connections.Provider);
    private readonly string _startFile = SqlQuery.Load("audit/start_file", connections.Provider);
    private readonly string _finishFile = SqlQuery.Load("audit/finish_file", connections.Provider);
    private readonly string _insertIssue = SqlQuery.Load("audit/insert_issue", connections.Provider);
    private readonly string _lastLoadedSha256 = SqlQuery.Load("audit/last_loaded_sha256", connections.Provider);
    private readonly string _lastLoadedRows = SqlQuery.Load("audit/last_loaded_rows", connections.Provider);
    private readonly string _failStagedFiles = SqlQuery.Load("audit/fail_staged_files", connections.Provider);
    private readonly string _abandonRunning = SqlQuery.Load("audit/abandon_running", connections.Provider);
    private readonly string _recentRuns = SqlQuery.Load("audit/recent_runs", connections.Provider);
    private readonly string _filesOfRun = SqlQuery.Load("audit/files_of_run", connections.Provider);
    private readonly string _issuesOfFile = SqlQuery.Load("audit/issues_of_file", connections.Provider);

    private string Now => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    public async Task<long> StartRunAsync(string sourceFolder, string triggeredBy, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(_startRun, new { sourceFolder, triggeredBy, startedAt = Now, outcome = ImportOutcome.Running });
    }

    public async Task FinishRunAsync(long runId, string outcome, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(_finishRun, new { runId, outcome, finishedAt = Now });
    }

    public async Task<long> StartFileAsync(long runId, string extractKind, string fileName, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(_startFile, new { runId, extractKind, fileName, outcome = ImportOutcome.Running, startedAt = Now });
    }

    public async Task FinishFileAsync(long fileId, ImportFileResult result, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(_finishFile, new
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
            _insertIssue,
            result.Issues.Select(i => new { FileId = fileId, i.Severity, i.LineNumber, i.ColumnName, i.Value, i.Message }),
            transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Marks the run's staged files failed, with the reason, when its swap failed: none of their rows was loaded.</summary>
    public async Task FailStagedFilesAsync(long runId, string message, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(_failStagedFiles, new { runId, message, failed = ImportOutcome.Failed, staged = ImportOutcome.Staged }, cancellationToken: cancellationToken));
    }

    /// <summary>The hash of the file most recently loaded for this kind, to report identical files as unchanged.</summary>
    public async Task<string?> LastLoadedSha256Async(string extractKind, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string?>(_lastLoadedSha256, new { extractKind, loaded = ImportOutcome.Loaded })).FirstOrDefault();
    }

    /// <summary>The rows loaded from the file most recently loaded for this kind (the shrink guard's yardstick), or null.</summary>
    public async Task<long?> LastLoadedRowsAsync(string extractKind, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<long?>(_lastLoadedRows, new { extractKind, loaded = ImportOutcome.Loaded })).FirstOrDefault();
    }

    /// <summary>Marks runs left 'running' by a process that died, and their running or staged files, as abandoned. Call only while holding the import lock.</summary>
    public async Task<int> AbandonRunningAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(_abandonRunning, new { finishedAt = Now });
    }

    /// <summary>When the latest import run finished (ISO 8601 UTC), or null when none has run: the "last import" every page shows.</summary>
    public async Task<string?> LastRunFinishedAtAsync(CancellationToken cancellationToken = default) =>
        (await RecentRunsAsync(1, cancellationToken)) is [var latest, ..] ? latest.FinishedAt : null;

    public async Task<IReadOnlyList<ImportRunSummary>> RecentRunsAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. (await connection.QueryAsync<ImportRunSummary>(_recentRuns)).Take(count)];
    }

    public async Task<IReadOnlyList<ImportFileSummary>> FilesOfRunAsync(long runId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ImportFileSummary>(_filesOfRun, new { runId })];
    }

    public async Task<IReadOnlyList<ImportIssue>> IssuesOfFileAsync(long fileId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<ImportIssue>(_issuesOfFile, new { fileId })];
    }
}
