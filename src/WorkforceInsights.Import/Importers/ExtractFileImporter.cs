using WorkforceInsights.Data.Audit;
using WorkforceInsights.Data.Loading;
using WorkforceInsights.Import.Extracts;
using WorkforceInsights.Import.Reading;

namespace WorkforceInsights.Import.Importers;

/// <summary>
/// Loads one extract file into the run's staging: reads the header, converts and stages every row, and accepts the
/// file only when no row had an error; the run's swap (<see cref="IImportStaging.SwapAllAsync"/>) then replaces the
/// table with the rest of the run's accepted files. A rejected or failed file's staged rows are dropped, so the
/// previous data of its kind stays exactly as it was. Checked rows are staged on a second thread while the next are
/// read (<see cref="RowInserter"/>).
/// </summary>
public sealed class ExtractFileImporter(IImportStaging staging)
{
    /// <summary>How often (in rows) the observer hears of progress.</summary>
    public const int ProgressInterval = 10_000;

    /// <summary>What the audit says of a file staged for its run's swap.</summary>
    public const string StagedMessage = "Accepted: its rows load with the run's other accepted files when the run ends.";

    public async Task<ImportFileResult> LoadAsync(
        ExtractDefinition definition,
        string path,
        FileFingerprint fingerprint,
        ImportReferences references,
        IImportObserver? observer,
        CancellationToken cancellationToken,
        RowCountChecks? rowChecks = null)
    {
        var issues = new IssueLog();
        using var reader = new ExtractCsvReader(path, fingerprint);
        var columnIndex = ExtractHeader.Read(reader, definition, issues, out var headerFieldCount);
        if (columnIndex is null)
        {
            return Result(definition, fingerprint, ImportOutcome.Rejected, 0, 0, 0, issues, "The file was not loaded: its header is not usable.");
        }

        await references.EnsureLoadedAsync();
        var row = new ExtractRow(columnIndex, issues);
        var values = new TableRow(definition.Table);
        long rowsRead = 0, rowsRejected = 0;
        // Duplicate keys are found by the database as rows are inserted, on the inserting thread (or at Flush): they
        // go to a log of their own (one error per rejected row), added after the rows' own errors.
        var duplicates = new IssueLog();
        void OnDuplicateKey(object?[] duplicate)
        {
            var keyColumn = definition.Table.KeyColumns[0];
            duplicates.Add(ImportIssue.RowError((long)duplicate[^1]!, keyColumn, DescribeKey(definition, duplicate),
                $"duplicate key ({definition.KeyDescription}): an earlier row has the same values"));
        }

        await using (var replacement = await staging.StageAsync(definition.Table, OnDuplicateKey, cancellationToken))
        {
            using (var inserter = new RowInserter(replacement, definition.Table.Columns.Count))
            {
                try
                {
                    while (reader.Read())
                    {
                        rowsRead++;
                        row.MoveTo(reader.Fields, reader.StartLine);
                        if (CheckShape(reader, row, headerFieldCount))
                        {
                            values.Clear();
                            definition.Convert(row, references, values);
                            values.EnsureComplete();
                        }

                        if (row.HasErrors)
                        {
                            rowsRejected++;
                        }
                        else
                        {
                            values[ExtractTable.SourceLine] = row.Line;
                            inserter.Add(values.Values);
                        }

                        if (rowsRead % ProgressInterval == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            observer?.RowsRead(definition.Kind, rowsRead);
                        }
                    }
                }
                catch
                {
                    await inserter.AbandonAsync();
                    throw;
                }

                await inserter.CompleteAsync();
            }

            replacement.Flush();
            rowsRejected += duplicates.ErrorCount;
            issues.Append(duplicates);
            definition.Complete(issues);
            if (rowsRead == 0)
            {
                issues.Add(ImportIssue.FileError(
                    $"{definition.FileName} has a header but no data rows. Each file replaces all data of its kind, so an empty file would delete it; the file was not loaded."));
            }

            rowChecks?.Check(definition, rowsRead, issues);
            if (issues.ErrorCount == 0)
            {
                await replacement.AcceptAsync(cancellationToken);
                definition.Publish(references);
                // Staged, not loaded yet: the run's swap loads the rows (and marks the file loaded) with the rest of the run's.
                return Result(definition, fingerprint, ImportOutcome.Staged, rowsRead, 0, 0, issues, StagedMessage);
            }
        }

        return Result(definition, fingerprint, ImportOutcome.Rejected, rowsRead, 0, rowsRejected, issues,
            $"The file was not loaded: {issues.ErrorCount} error(s). The previous {definition.KindName} data is unchanged.");
    }

    /// <returns>Whether the row is converted: not when a value runs on over later rows (one error, naming its column).</returns>
    private static bool CheckShape(ExtractCsvReader reader, ExtractRow row, int headerCount)
    {
        if (reader.RunOnIndex is { } runOn)
        {
            // Its value only up to the first comma or line break: the rest is other values of the row and the rows it swallowed.
            row.Error(reader.ColumnName(runOn), reader.RunOnValue(runOn),
                "a quoted value runs on over the next line(s), which look like rows of this file: is its closing double quote missing? The rows it swallowed were not read");
            return false;
        }

        if (reader.BadField is { } bad)
        {
            row.Error("(row)", bad, "a field has a stray double quote; quote the whole field and double any quote inside it");
        }

        if (reader.Fields.Length > headerCount)
        {
            row.Error("(row)", reader.Fields.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"the row has {reader.Fields.Length} fields but the header has {headerCount}; is a comma in an unquoted value?");
        }

        return true;
    }

    private static string DescribeKey(ExtractDefinition definition, object?[] values)
    {
        return string.Join(", ", definition.Table.KeyColumns.Select(c => Convert.ToString(values[definition.Table.IndexOf(c)], System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static ImportFileResult Result(ExtractDefinition definition, FileFingerprint fingerprint, string outcome, long read, long loaded, long rejected, IssueLog issues, string? message) =>
        new(definition.KindName, definition.FileName, outcome, fingerprint.Sha256, fingerprint.EncodingName, read, loaded, rejected, issues.ErrorCount, issues.Kept, message);
}
