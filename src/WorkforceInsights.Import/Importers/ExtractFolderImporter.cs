using Microsoft.Extensions.Logging;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Queries.Import;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Data.State;
using WorkforceInsights.Import.Extracts;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Importers;

/// <summary>
/// Imports every known extract file in a folder, in dependency order, recording the run in the
/// import audit. The same code serves `wi import`, the web app's nightly schedule and first start.
/// Each accepted file is staged; at the end of the run one transaction swaps them all in, so a run
/// killed at any point before it leaves the previous data of every kind.
/// </summary>
public sealed class ExtractFolderImporter(
    ITableReplacer replacer,
    ImportAuditStore audit,
    ReferenceKeysQuery referenceKeys,
    ILogger<ExtractFolderImporter> logger,
    MetricSeriesRefresher? series = null,
    ImportLock? importLock = null,
    DataStateStore? dataState = null,
    TimeProvider? clock = null)
{
    /// <summary>A file under this share of the rows loaded last time is refused unless shrinking is allowed.</summary>
    public const double MinimumShareOfPreviousRows = 0.5;

    public async Task<ImportRunReport> ImportAsync(string folder, string triggeredBy, IImportObserver? observer = null, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ImportOptions.Default;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The import folder '{folder}' does not exist.");
        }

        // One import at a time: a second one is refused before it writes anything, even to the audit.
        await using var held = importLock is null ? null : await importLock.TryAcquireAsync(cancellationToken);
        if (importLock is not null && held is null)
        {
            ImportLog.Busy(logger, folder);
            return ImportRunReport.Busy(folder);
        }

        // Holding the lock, no other import runs: a run still marked running was left by a process that died.
        await audit.AbandonRunningAsync(cancellationToken);
        var present = ExtractFiles.Find(folder);
        var runId = await audit.StartRunAsync(Path.GetFullPath(folder), triggeredBy, cancellationToken);
        ImportLog.RunStarted(logger, runId, folder, present.Found.Count);
        ExtractManifest? manifest;
        try
        {
            manifest = ExtractManifest.ReadFrom(folder);
        }
        catch (InvalidDataException ex)
        {
            return await ManifestUnreadableAsync(runId, folder, present, ex.Message, cancellationToken);
        }

        var extractDate = options.ExtractDate ?? manifest?.ExtractDate ?? DateOnly.FromDateTime((clock ?? TimeProvider.System).GetLocalNow().DateTime);
        var references = new ImportReferences(() => referenceKeys.TeamCodesAsync(cancellationToken), () => referenceKeys.WorkerIdsAsync(cancellationToken)) { ExtractDate = extractDate };
        var results = new List<ImportFileResult>();
        var declaredStarts = new List<(ExtractKind Kind, ExtractManifest.Entry? Entry, int Result)>();
        await using (var staging = await replacer.BeginRunAsync(cancellationToken))
        {
            var fileImporter = new ExtractFileImporter(staging);
            foreach (var definition in ExtractCatalog.CreateInLoadOrder())
            {
                if (present.Found.TryGetValue(definition.Kind, out var path))
                {
                    var entry = manifest?.Files.GetValueOrDefault(definition.FileName);
                    results.Add(await ImportFileAsync(runId, definition, path, references, fileImporter, observer, entry, options, cancellationToken));
                    declaredStarts.Add((definition.Kind, entry, results.Count - 1));
                    HistoryStartRecorder.DeclareForSwap(staging, definition.Kind, entry, results[^1].Outcome);
                }
                else if (manifest?.Files.ContainsKey(definition.FileName) == true)
                {
                    results.Add(await MissingFileAsync(runId, definition, cancellationToken));
                }
            }

            if (staging.Accepted.Count > 0)
            {
                results = await SwapAsync(runId, staging, extractDate, results, cancellationToken);
            }
        }

        // An unchanged file's start is recorded here (a staged one's was recorded by the swap, so this finds it in place).
        foreach (var (kind, entry, result) in declaredStarts)
        {
            await HistoryStartRecorder.RecordAsync(dataState, kind, entry, results[result].Outcome, cancellationToken);
        }

        var outcome = ImportRunReport.OverallOutcome(results);
        var (refresh, refreshError) = await RefreshSeriesAsync(results, cancellationToken);
        outcome = refreshError is null ? outcome : ImportOutcome.Failed;
        await audit.FinishRunAsync(runId, outcome, CancellationToken.None);
        ImportLog.RunFinished(logger, runId, outcome);
        return new ImportRunReport(runId, folder, outcome, results, present.Ignored) { SeriesRefresh = refresh, SeriesRefreshError = refreshError };
    }

    /// <summary>
    /// Swaps every staged file in, in one transaction that also raises the data generation, makes the run's extract
    /// date the data's and marks the files loaded. If the swap fails, no table changed: the staged files are marked
    /// failed, and so, through them, is the run.
    /// </summary>
    private async Task<List<ImportFileResult>> SwapAsync(long runId, IImportStaging staging, DateOnly extractDate, List<ImportFileResult> results, CancellationToken cancellationToken)
    {
        try
        {
            await staging.SwapAllAsync(runId, extractDate, cancellationToken);
            ImportLog.Swapped(logger, runId, staging.Accepted.Count);
            return [.. results.Select(r => r.Outcome == ImportOutcome.Staged ? r with { Outcome = ImportOutcome.Loaded, RowsLoaded = r.RowsRead, Message = null } : r)];
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            // The exception's type only: an engine's message about a row's conversion may quote the row's value.
            ImportLog.SwapFailed(logger, runId, ex.GetType().Name);
            var message = $"The run's accepted files could not be swapped in ({ex.GetType().Name}; the application log has the details); the previous data of every kind is unchanged.";
            await audit.FailStagedFilesAsync(runId, message, CancellationToken.None);
            return [.. results.Select(r => r.Outcome == ImportOutcome.Staged ? r with { Outcome = ImportOutcome.Failed, Message = message } : r)];
        }
    }

    /// <summary>
    /// Recomputes the stored results when the data changed since they were computed: by this run, or by an
    /// earlier one whose refresh a crash skipped. The dashboard shows the new figures as soon as the import finishes.
    /// </summary>
    private async Task<(MetricRefreshResult? Result, string? Error)> RefreshSeriesAsync(List<ImportFileResult> results, CancellationToken cancellationToken)
    {
        if (series is null || !await series.IsPendingAsync(cancellationToken))
        {
            return (null, null);
        }

        try
        {
            var refresh = await series.RefreshAsync(cancellationToken);
            ImportLog.SeriesRefreshed(logger, refresh.Points, refresh.DatesRecomputed, refresh.DatesInSeries, refresh.Seconds);
            return (refresh, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or FormatException)
        {
            ImportLog.SeriesFailed(logger, ex);
            return (null, $"The data loaded, but recomputing the metric series failed: {ex.Message}");
        }
    }

    /// <summary>A manifest.json that cannot be read: the run is recorded as rejected with the reason, and no file is loaded (the set may be incomplete).</summary>
    private async Task<ImportRunReport> ManifestUnreadableAsync(long runId, string folder, ExtractFiles present, string reason, CancellationToken cancellationToken)
    {
        var fileId = await audit.StartFileAsync(runId, "manifest", ExtractManifest.FileName, cancellationToken);
        var result = new ImportFileResult("manifest", ExtractManifest.FileName, ImportOutcome.Rejected, null, null, 0, 0, 0, 1,
            [ImportIssue.FileError(reason)], "No file was loaded: the ready marker cannot be read, so the set may be incomplete.");
        await audit.FinishFileAsync(fileId, result, CancellationToken.None);
        await audit.FinishRunAsync(runId, ImportOutcome.Rejected, CancellationToken.None);
        ImportLog.RunFinished(logger, runId, ImportOutcome.Rejected);
        return new ImportRunReport(runId, folder, ImportOutcome.Rejected, [result], present.Ignored);
    }

    /// <summary>A file manifest.json lists but the folder lacks: reported, and the previous data of its kind kept.</summary>
    private async Task<ImportFileResult> MissingFileAsync(long runId, ExtractDefinition definition, CancellationToken cancellationToken)
    {
        var fileId = await audit.StartFileAsync(runId, definition.KindName, definition.FileName, cancellationToken);
        var result = new ImportFileResult(definition.KindName, definition.FileName, ImportOutcome.Rejected, null, null, 0, 0, 0, 1,
            [ImportIssue.FileError($"{ExtractManifest.FileName} lists {definition.FileName}, but the folder has no such file: the transfer looks incomplete.")],
            $"Missing: the previous {definition.KindName} data is unchanged.");
        await audit.FinishFileAsync(fileId, result, CancellationToken.None);
        return result;
    }

    private async Task<ImportFileResult> ImportFileAsync(
        long runId, ExtractDefinition definition, string path, ImportReferences references,
        ExtractFileImporter fileImporter, IImportObserver? observer, ExtractManifest.Entry? manifestEntry, ImportOptions options, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var fileId = await audit.StartFileAsync(runId, definition.KindName, fileName, cancellationToken);
        ImportFileResult result;
        try
        {
            ExtractFileGuards.Check(path);
            var fingerprint = FileFingerprint.Of(path);
            if (manifestEntry is not null && manifestEntry.Sha256 != fingerprint.Sha256)
            {
                result = new ImportFileResult(definition.KindName, fileName, ImportOutcome.Rejected, fingerprint.Sha256, fingerprint.EncodingName, 0, 0, 0, 1,
                    [ImportIssue.FileError($"{fileName}'s SHA-256 is {fingerprint.Sha256}, but {ExtractManifest.FileName} says {manifestEntry.Sha256}: the transfer looks incomplete, so the file was not loaded.")],
                    $"The file was not loaded; the previous {definition.KindName} data is unchanged.");
            }
            else if (fingerprint.Sha256 == await audit.LastLoadedSha256Async(definition.KindName, cancellationToken))
            {
                result = new ImportFileResult(definition.KindName, fileName, ImportOutcome.Unchanged, fingerprint.Sha256, fingerprint.EncodingName, 0, 0, 0, 0, [],
                    "Identical to the file last loaded: nothing to change.");
            }
            else
            {
                var checks = new RowCountChecks(manifestEntry?.Rows, await audit.LastLoadedRowsAsync(definition.KindName, cancellationToken),
                    options.AllowShrink ? null : MinimumShareOfPreviousRows);
                result = await fileImporter.LoadAsync(definition, path, fingerprint, references, observer, cancellationToken, checks);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Logged and stored without any value of the file (FileFailure).
            var reason = FileFailure.LogAndDescribe(logger, fileName, ex);
            result = new ImportFileResult(definition.KindName, fileName, ImportOutcome.Failed, null, null, 0, 0, 0, 1,
                [ImportIssue.FileError(reason)], $"The import failed ({reason}); the previous {definition.KindName} data is unchanged.");
        }

        await audit.FinishFileAsync(fileId, result with { FileName = fileName }, CancellationToken.None);
        ImportLog.FileFinished(logger, fileName, result.Outcome, result.RowsRead, result.RowsLoaded, result.ErrorCount);
        return result with { FileName = fileName };
    }
}
