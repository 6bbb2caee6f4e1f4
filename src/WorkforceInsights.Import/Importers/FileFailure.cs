using CsvHelper;
using Microsoft.Extensions.Logging;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Importers;

/// <summary>
/// A file whose import threw: what is logged, and the reason stored in the audit (and shown by `wi import` and the Data
/// page). Neither carries a value of the file. A CSV the parser gave up on is logged by file, line, column and exception
/// type only, never with the exception (CsvHelper's holds the raw record); the reason is a fixed sentence per exception
/// type. Only the product's own messages (<see cref="InvalidDataException"/>, e.g. a link refused) and the system's file
/// errors (which name paths, not rows) are stored as they are.
/// </summary>
internal static class FileFailure
{
    public static string LogAndDescribe(ILogger logger, string fileName, Exception ex)
    {
        switch (ex)
        {
            case ExtractCsvException csv:
                ImportLog.FileUnreadable(logger, fileName, csv.Line, csv.Column ?? "unknown", csv.CsvError);
                return csv.Message;
            case CsvHelperException csv:
                // Not expected (ExtractCsvReader translates the parser's exceptions), but never logged with its data either.
                ImportLog.FileUnreadable(logger, fileName, csv.Context?.Parser?.RawRow ?? 0, "unknown", csv.GetType().Name);
                return $"{fileName} could not be read as CSV ({csv.GetType().Name}).";
            case InvalidDataException or IOException or UnauthorizedAccessException:
                ImportLog.FileFailed(logger, fileName, ex.GetType().Name, ex);
                return ex.Message;
            default:
                // A database or unexpected error: its details (and stack) go to the application log only.
                ImportLog.FileFailed(logger, fileName, ex.GetType().Name, ex);
                return $"{ex.GetType().Name}, details in the application log";
        }
    }
}
