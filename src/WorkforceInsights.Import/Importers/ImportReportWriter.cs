using System.Globalization;

namespace WorkforceInsights.Import.Importers;

/// <summary>The human-readable import report: one block per file, every kept error with its location.</summary>
public static class ImportReportWriter
{
    public static void Write(ImportRunReport report, TextWriter output)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        output.WriteLine($"Import run {report.RunId} from {report.Folder}: {report.Outcome}");
        if (report.Files.Count == 0)
        {
            output.WriteLine($"  No extract files found. Expected any of: {string.Join(", ", WorkforceInsights.Import.Extracts.ExtractCatalog.FileNames)}.");
        }

        foreach (var file in report.Files)
        {
            output.WriteLine(string.Format(culture, "  {0}: {1} - {2:N0} rows read, {3:N0} loaded, {4:N0} rejected{5}",
                file.FileName, file.Outcome.ToUpperInvariant(), file.RowsRead, file.RowsLoaded, file.RowsRejected,
                file.Encoding is null ? string.Empty : $" [{file.Encoding}]"));
            if (file.Message is not null)
            {
                output.WriteLine($"    {file.Message}");
            }

            foreach (var issue in file.Issues)
            {
                var where = issue.LineNumber is { } line ? $"line {line.ToString(culture)}, column {issue.ColumnName}, value '{issue.Value}'" : issue.ColumnName is null ? "file" : $"column {issue.ColumnName}";
                output.WriteLine($"    {issue.Severity}: {file.FileName}, {where}: {issue.Message}");
            }

            if (file.ErrorCount > file.Errors.Count())
            {
                output.WriteLine(string.Format(culture, "    ... and {0:N0} more error(s) not listed.", file.ErrorCount - file.Errors.Count()));
            }
        }

        if (report.SeriesRefresh is { } refresh)
        {
            var which = refresh.IsFull ? string.Format(culture, "all {0:N0} dates", refresh.DatesInSeries)
                : string.Format(culture, "{0:N0} of {1:N0} dates, from {2}; the earlier dates' results are unchanged", refresh.DatesRecomputed, refresh.DatesInSeries, refresh.RecomputedFrom);
            output.WriteLine(refresh.RecomputedFrom is null
                ? string.Format(culture, "  Metric series unchanged: no input changed ({0} to {1})", refresh.FirstAsOf, refresh.LatestAsOf)
                : string.Format(culture, "  Metric series recomputed: {0:N0} points ({1}), series {2} to {3}, in {4:F1} s", refresh.Points, which, refresh.FirstAsOf, refresh.LatestAsOf, refresh.Seconds));
        }

        if (report.SeriesRefreshError is { } error)
        {
            output.WriteLine($"  error: {error}");
        }

        foreach (var ignored in report.IgnoredFiles)
        {
            output.WriteLine($"  {ignored}: ignored (not a known extract file)");
        }
    }
}
