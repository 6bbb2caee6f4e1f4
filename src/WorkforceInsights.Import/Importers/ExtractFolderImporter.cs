using Microsoft.Extensions.Logging;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Data.Queries.Import;
using WorkforceInsights.Data.Series;
using WorkforceInsights.Import.Extracts;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Importers;

/// <summary>
/// Imports every known extract file in a folder, in dependency order, recording the run in the
/// import audit. The same code serves `wi import`, the web app's nightly schedule and first start.
/// </summary>
public sealed class ExtractFolderImporter(
    ITableReplacer replacer,
    ImportAuditStore audit,
    ReferenceKeysQuery referenceKeys,
    ILogger<ExtractFolderImporter> logger,
    MetricSeriesRefresher? series = null)
{
    public async Task<ImportRunReport> ImportAsync(string folder, string triggeredBy, IImportObserver? observer = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The import folder '{folder}' does not exist.");
        }

        var present = ExtractFiles.Find(folder);
        var runId = await audit.StartRunAsync(Path.GetFullPath(folder), triggeredBy, cancellationToken);
        ImportLog.RunStarted(logger, runId, folder, present.Found.Count);
        var references = new ImportReferences(() => referenceKeys.TeamCodesAsync(cancellationToken), () => referenceKeys.WorkerIdsAsync(cancellationToken));
        var fileImporter = new ExtractFileImporter(replacer);
        var results = new List<ImportFileResult>();
        foreach (var definition in ExtractCatalog.CreateInLoadOrder())
        {
            if (present.Found.TryGetValue(definition.Kind, out var path))
            {
                results.Add(await ImportFileAsync(runId, definition, path, references, fileImporter, observer, cancellationToken));
            }
        }

        var outcome = ImportRunReport.OverallOutcome(results);
        var (refresh, refreshError) = await RefreshSeriesAsync(results, cancellationToken);
        outcome = refreshError is null ? outcome : ImportOutcome.Failed;
        await audit.FinishRunAsync(runId, outcome, CancellationToken.None);
        ImportLog.RunFinished(logger, runId, outcome);
        return new ImportRunReport(runId, folder, outcome, results, present.Ignored) { SeriesRefresh = refresh, SeriesRefreshError = refreshError };
    }

    /// <summary>
    /// Recomputes the stored metric series when this run changed data (or none was ever stored),
    /// so the dashboard shows the new figures as soon as the import finishes.
    /// </summary>
    private async Task<(MetricRefreshResult? Result, string? Error)> RefreshSeriesAsync(List<ImportFileResult> results, CancellationToken cancellationToken)
    {
        if (series is null || (!results.Any(r => r.Outcome == ImportOutcome.Loaded) && await series.HasRefreshedAsync(cancellationToken)))
        {
            return (null, null);
        }

        try
        {
            var refresh = await series.RefreshAsync(cancellationToken);
            ImportLog.SeriesRefreshed(logger, refresh.Points, refresh.Seconds);
            return (refresh, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or FormatException)
        {
            ImportLog.SeriesFailed(logger, ex);
            return (null, $"The data loaded, but recomputing the metric series failed: {ex.Message}");
        }
    }

    private async Task<ImportFileResult> ImportFileAsync(
        long runId, ExtractDefinition definition, string path, ImportReferences references,
        ExtractFileImporter fileImporter, IImportObserver? observer, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var fileId = await audit.StartFileAsync(runId, definition.KindName, fileName, cancellationToken);
        ImportFileResult result;
        try
        {
            var fingerprint = FileFingerprint.Of(path);
            result = fingerprint.Sha256 == await audit.LastLoadedSha256Async(definition.KindName, cancellationToken)
                ? new ImportFileResult(definition.KindName, fileName, ImportOutcome.Unchanged, fingerprint.Sha256, fingerprint.EncodingName, 0, 0, 0, 0, [],
                    "Identical to the file last loaded: nothing to change.")
                : await fileImporter.LoadAsync(definition, path, fingerprint, references, observer, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ImportLog.FileFailed(logger, fileName, ex.GetType().Name, ex);
            result = new ImportFileResult(definition.KindName, fileName, ImportOutcome.Failed, null, null, 0, 0, 0, 1,
                [ImportIssue.FileError(ex.Message)], $"The import failed ({ex.Message}); the previous {definition.KindName} data is unchanged.");
        }

        await audit.FinishFileAsync(fileId, result with { FileName = fileName }, CancellationToken.None);
        ImportLog.FileFinished(logger, fileName, result.Outcome, result.RowsRead, result.RowsLoaded, result.ErrorCount);
        return result with { FileName = fileName };
    }
}
