using CsvHelper;
using Microsoft.Extensions.Logging;
using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Benchmarks;
using WorkforceInsights.Import.Importers;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Benchmarks;

/// <summary>
/// `wi benchmarks import &lt;folder&gt;` and the web app's first start: loads every published benchmark file found in
/// the folder the same way as the extracts (recognised by header, whole file or nothing, recorded in the import
/// audit, an identical file reported unchanged).
/// </summary>
public sealed partial class BenchmarkImporter(BenchmarkStore store, ImportAuditStore audit, ILogger<BenchmarkImporter> logger)
{
    public async Task<ImportRunReport> ImportAsync(string folder, string triggeredBy, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The benchmarks folder '{folder}' does not exist.");
        }

        var runId = await audit.StartRunAsync(Path.GetFullPath(folder), triggeredBy, cancellationToken);
        var results = new List<ImportFileResult>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            results.Add(await ImportFileAsync(runId, path, cancellationToken));
        }

        var outcome = ImportRunReport.OverallOutcome(results);
        await audit.FinishRunAsync(runId, outcome, CancellationToken.None);
        LogRun(logger, runId, results.Count, outcome);
        return new ImportRunReport(runId, folder, outcome, results, []);
    }

    private async Task<ImportFileResult> ImportFileAsync(long runId, string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var fingerprint = FileFingerprint.Of(path);
        BenchmarkFile file;
        try
        {
            file = BenchmarkFileReader.Read(path);
        }
        catch (CsvHelperException ex)
        {
            // A file the parser gave up on fails alone, logged by line and exception type only (never the exception, whose
            // properties hold the raw record), with a fixed reason.
            LogUnreadable(logger, fileName, ex.Context?.Parser?.RawRow ?? 0, ex.GetType().Name);
            var reason = $"{fileName} could not be read as CSV ({ex.GetType().Name}).";
            var failed = new ImportFileResult(UnknownKind, fileName, ImportOutcome.Failed, fingerprint.Sha256, fingerprint.EncodingName, 0, 0, 0, 1,
                [ImportIssue.FileError(reason)], "The import failed; the benchmarks it would replace are unchanged.");
            await audit.FinishFileAsync(await audit.StartFileAsync(runId, UnknownKind, fileName, cancellationToken), failed, CancellationToken.None);
            return failed;
        }

        var kind = file.Layout?.Kind ?? UnknownKind;
        var fileId = await audit.StartFileAsync(runId, kind, fileName, cancellationToken);
        ImportFileResult result;
        if (file.IsRejected)
        {
            var errors = file.Issues.Count;
            result = new ImportFileResult(kind, fileName, ImportOutcome.Rejected, fingerprint.Sha256, fingerprint.EncodingName, file.Rows, 0, file.Rows, errors,
                [.. file.Issues.Take(ImportFileResult.MaxIssuesKept)], $"Rejected whole: {errors:N0} error(s); the benchmarks it would replace are unchanged.");
        }
        else if (fingerprint.Sha256 == await audit.LastLoadedSha256Async(kind, cancellationToken))
        {
            result = new ImportFileResult(kind, fileName, ImportOutcome.Unchanged, fingerprint.Sha256, fingerprint.EncodingName, 0, 0, 0, 0, [], "Identical to the file last loaded: nothing to change.");
        }
        else
        {
            if (file.Layout == BenchmarkLayout.Neighbours)
            {
                await store.ReplaceNeighboursAsync(file.Neighbours, cancellationToken);
            }
            else
            {
                await store.ReplaceValuesAsync([.. file.Layout!.Measures.Select(m => m.Measure.Key)], file.Values, cancellationToken);
            }

            result = new ImportFileResult(kind, fileName, ImportOutcome.Loaded, fingerprint.Sha256, fingerprint.EncodingName, file.Rows,
                file.Rows, 0, 0, [], $"{file.Values.Count + file.Neighbours.Count:N0} published figure(s) or neighbour lists loaded.");
        }

        await audit.FinishFileAsync(fileId, result, CancellationToken.None);
        return result;
    }

    private const string UnknownKind = "benchmarks:unknown";

    [LoggerMessage(Level = LogLevel.Error, Message = "Benchmark file {FileName} could not be read as CSV at line {Line} ({ExceptionType}); the benchmarks it would replace are unchanged.")]
    private static partial void LogUnreadable(ILogger logger, string fileName, long line, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Benchmark import run {RunId}: {Files} file(s), {Outcome}.")]
    private static partial void LogRun(ILogger logger, long runId, int files, string outcome);
}
