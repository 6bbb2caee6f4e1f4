using Microsoft.Extensions.Logging;

namespace WorkforceInsights.Import.Importers;

/// <summary>Import log events. Counts and file names only: never a staff or child row's values.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(1, LogLevel.Information, "Import run {RunId} started from {Folder}: {FileCount} extract file(s) found")]
    public static partial void RunStarted(ILogger logger, long runId, string folder, int fileCount);

    [LoggerMessage(2, LogLevel.Information, "{FileName}: {Outcome}; {RowsRead} rows read, {RowsLoaded} loaded, {ErrorCount} error(s)")]
    public static partial void FileFinished(ILogger logger, string fileName, string outcome, long rowsRead, long rowsLoaded, long errorCount);

    [LoggerMessage(3, LogLevel.Error, "{FileName}: import failed ({ExceptionType}); the previous data is unchanged")]
    public static partial void FileFailed(ILogger logger, string fileName, string exceptionType, Exception exception);

    [LoggerMessage(8, LogLevel.Error, "{FileName}: import failed, the file could not be read as CSV at line {Line}, column {Column} ({ExceptionType}); the previous data is unchanged")]
    public static partial void FileUnreadable(ILogger logger, string fileName, long line, string column, string exceptionType);

    [LoggerMessage(5, LogLevel.Information, "Metric series recomputed: {Points} points, {Dates} of {SeriesDates} dates, in {Seconds:F1} s")]
    public static partial void SeriesRefreshed(ILogger logger, long points, int dates, int seriesDates, double seconds);

    [LoggerMessage(6, LogLevel.Error, "Recomputing the metric series failed; the imported data is kept")]
    public static partial void SeriesFailed(ILogger logger, Exception exception);

    [LoggerMessage(4, LogLevel.Information, "Import run {RunId} finished: {Outcome}")]
    public static partial void RunFinished(ILogger logger, long runId, string outcome);

    [LoggerMessage(9, LogLevel.Information, "Import run {RunId}: {Tables} accepted file(s) swapped in, in one transaction")]
    public static partial void Swapped(ILogger logger, long runId, int tables);

    [LoggerMessage(10, LogLevel.Error, "Import run {RunId}: swapping in its accepted files failed ({ExceptionType}); the previous data of every kind is unchanged")]
    public static partial void SwapFailed(ILogger logger, long runId, string exceptionType);

    [LoggerMessage(7, LogLevel.Warning, "Import of {Folder} refused: another import holds the database (nothing was changed)")]
    public static partial void Busy(ILogger logger, string folder);
}
